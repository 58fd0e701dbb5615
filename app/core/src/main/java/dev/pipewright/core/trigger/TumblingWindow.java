package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A tumbling-window trigger's {@code typeProperties}: fixed-size, back-to-back windows of {@code interval}
 * {@code frequency} (Minute, Hour or Month) from {@code startTime} (UTC), the last one ending by {@code endTime}. A
 * window runs once it has ended and {@code delay} has passed; windows already past when the trigger starts run too
 * (backfill), at most {@code maxConcurrency} at a time, each retried {@code retryPolicy.count} times.
 */
public record TumblingWindow(Frequency frequency, int interval, ZonedDateTime start, Optional<ZonedDateTime> end, Duration delay,
                             int maxConcurrency, int retryCount, int retryIntervalSeconds) {
    /** One window and when it runs. */
    public record Window(ZonedDateTime start, ZonedDateTime end, ZonedDateTime runs) {
    }

    public static TumblingWindow read(JsonNode tp) {
        Frequency frequency = Frequency.of(tp.path("frequency").asText(""));
        if (frequency == Frequency.DAY || frequency == Frequency.WEEK) {
            throw new InvalidTriggerException("Frequency: a tumbling window is Minute, Hour or Month (24 hours for a day), not " + frequency.json());
        }
        int interval = Recurrence.interval(tp.path("interval"));
        ZonedDateTime start = TriggerTimes.time("Start", tp.path("startTime").asText(""), ZoneOffset.UTC);
        Optional<ZonedDateTime> end = TriggerTimes.optionalTime("End", tp.path("endTime").asText(""), ZoneOffset.UTC);
        if (end.isPresent() && !end.get().isAfter(start)) throw new InvalidTriggerException("End: the end time is after the start time");
        Duration delay = tp.hasNonNull("delay") ? TriggerTimes.span("Delay", tp.path("delay").asText()) : Duration.ZERO;
        if (delay.isNegative()) throw new InvalidTriggerException("Delay: not negative");
        int concurrency = whole("Max concurrency", tp.path("maxConcurrency"), 1, 50, 50);
        JsonNode retry = tp.path("retryPolicy");
        int count = whole("Retry", retry.path("count"), 0, Integer.MAX_VALUE, 0);
        int seconds = whole("Retry interval", retry.path("intervalInSeconds"), 30, Integer.MAX_VALUE, 30);
        return new TumblingWindow(frequency, interval, start, end, delay, concurrency, count, seconds);
    }

    /** A whole number in a range; {@code absent} when the member is not there. */
    static int whole(String label, JsonNode node, int min, int max, int absent) {
        if (node.isMissingNode() || node.isNull()) return absent;
        if (!node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            throw new InvalidTriggerException(label + ": a whole number " + (max == Integer.MAX_VALUE ? "from " + min : "from " + min + " to " + max)
                    + ", not " + node);
        }
        return node.asInt();
    }

    private ZonedDateTime boundary(long k) {
        return start.plus(k * interval, frequency.unit());
    }

    /** The next {@code count} windows that run after {@code after}. */
    public List<Window> next(Instant after, int count) {
        List<Window> out = new ArrayList<>();
        for (long k = firstIndexRunningAfter(after); out.size() < count; k++) {
            Window w = window(k);
            if (end.isPresent() && w.end().isAfter(end.get())) break;
            if (w.runs().toInstant().isAfter(after)) out.add(w);
        }
        return out;
    }

    /** How many windows have already run by {@code after} (run at once, as a backfill, when the trigger starts then). */
    public long pastWindows(Instant after) {
        long k = firstIndexRunningAfter(after);
        if (end.isEmpty()) return k;
        long n = Math.max(0, frequency.unit().between(start, end.get()) / interval - 2);
        while (!boundary(n + 1).isAfter(end.get())) n++;
        return Math.min(k, n);
    }

    private Window window(long k) {
        ZonedDateTime s = boundary(k);
        ZonedDateTime e = boundary(k + 1);
        return new Window(s, e, e.plus(delay));
    }

    /** The index of the first window that runs after {@code after}. */
    private long firstIndexRunningAfter(Instant after) {
        Instant firstRun = window(0).runs().toInstant();
        if (!after.isAfter(firstRun)) return 0;
        long units = frequency.unit().between(start, after.minus(delay).atZone(ZoneOffset.UTC));
        long k = Math.max(0, units / interval - 2);
        while (!window(k).runs().toInstant().isAfter(after)) k++;
        return k;
    }

    /** The window size as text: "1 hour", "15 minutes". */
    public String size() {
        return interval + " " + frequency.word() + (interval == 1 ? "" : "s");
    }
}
