package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.expression.Evaluator;
import dev.pipewright.core.expression.Scope;
import dev.pipewright.core.model.Activity;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An activity's {@code policy}: timeout (ADF's default 12 hours), retry (0), retryIntervalInSeconds (30),
 * secureInput and secureOutput. Values may be expressions.
 */
record Policy(Duration timeout, int retry, Duration retryInterval, boolean secureInput, boolean secureOutput) {
    static final Duration DEFAULT_TIMEOUT = Duration.ofHours(12);
    private static final Pattern TIMESPAN = Pattern.compile("(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d+))?");

    static Policy of(Activity activity, Scope scope) {
        JsonNode p = activity.policy().map(o -> Evaluator.resolve(o, scope)).orElse(JsonNodeFactory.instance.objectNode());
        Duration timeout = p.hasNonNull("timeout") ? timespan(p.get("timeout").asText(), "policy.timeout") : DEFAULT_TIMEOUT;
        int retry = p.path("retry").asInt(0);
        Duration interval = Duration.ofSeconds(p.path("retryIntervalInSeconds").asInt(30));
        return new Policy(timeout, Math.max(0, retry), interval, p.path("secureInput").asBoolean(false), p.path("secureOutput").asBoolean(false));
    }

    /** ADF's {@code d.hh:mm:ss} (the day part optional). @throws IllegalArgumentException when it is not one */
    static Duration timespan(String text, String what) {
        Matcher m = TIMESPAN.matcher(text.strip());
        if (!m.matches()) throw new IllegalArgumentException(what + " '" + text + "' is not a time span such as 0.12:00:00 (d.hh:mm:ss)");
        long days = m.group(1) == null ? 0 : Long.parseLong(m.group(1));
        Duration d = Duration.ofDays(days).plusHours(Long.parseLong(m.group(2))).plusMinutes(Long.parseLong(m.group(3)))
                .plusSeconds(Long.parseLong(m.group(4)));
        if (m.group(5) != null) d = d.plusNanos((long) (Double.parseDouble("0." + m.group(5)) * 1e9));
        return d;
    }

    static String format(Duration d) {
        long s = d.getSeconds();
        return String.format(Locale.ROOT, "%d.%02d:%02d:%02d", s / 86400, s / 3600 % 24, s / 60 % 60, s % 60);
    }
}
