package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A run fixture: what activities that cannot run here (Databricks, HDInsight, Azure Function, Data Flow …)
 * return instead. A JSON object by activity name; each entry is an outcome {@code {"output": {...}}},
 * {@code {"status": "Failed", "error": {"errorCode", "message"}}}, optionally with {@code "durationInMs"} (the
 * duration ADF would take, for the cost estimate); an object without those keys is the output itself; an array
 * of outcomes is used one per call (one per loop iteration or retry), the last one repeating.
 */
public final class Fixture {
    /** One outcome. */
    public record Outcome(RunStatus status, JsonNode output, RunError error, Long durationInMs) {
    }

    private static final Set<String> KEYS = Set.of("output", "status", "error", "durationInMs");
    public static final Fixture NONE = new Fixture(Map.of());

    private final Map<String, List<Outcome>> outcomes;
    private final Map<String, AtomicInteger> calls = new HashMap<>();

    private Fixture(Map<String, List<Outcome>> outcomes) {
        this.outcomes = outcomes;
    }

    /** @throws IllegalArgumentException naming the file and the entry that is wrong */
    public static Fixture read(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("--fixture: no such file " + file);
        try {
            return of(new ObjectMapper().readTree(file.toFile()), file.toString());
        } catch (IOException e) {
            throw new IllegalArgumentException("the fixture " + file + " is not JSON: " + e.getMessage());
        }
    }

    public static Fixture of(JsonNode json, String source) {
        if (!json.isObject()) throw new IllegalArgumentException("the fixture " + source + " must be an object of outcomes by activity name");
        Map<String, List<Outcome>> map = new HashMap<>();
        json.fields().forEachRemaining(f -> {
            List<Outcome> list = new java.util.ArrayList<>();
            if (f.getValue().isArray()) {
                f.getValue().forEach(e -> list.add(outcome(e, source, f.getKey())));
            } else {
                list.add(outcome(f.getValue(), source, f.getKey()));
            }
            if (list.isEmpty()) throw new IllegalArgumentException("the fixture " + source + " has an empty list for " + f.getKey());
            map.put(f.getKey().toLowerCase(Locale.ROOT), List.copyOf(list));
        });
        return new Fixture(map);
    }

    private static Outcome outcome(JsonNode e, String source, String activity) {
        String where = "the fixture " + source + ", activity " + activity;
        if (!e.isObject()) throw new IllegalArgumentException(where + ": an outcome must be an object such as {\"output\": {...}}");
        boolean shaped = false;
        for (var it = e.fieldNames(); it.hasNext(); ) shaped |= KEYS.contains(it.next());
        if (!shaped) return new Outcome(RunStatus.SUCCEEDED, e, null, null);
        RunStatus status;
        try {
            status = RunStatus.of(e.path("status").asText(e.has("error") ? "Failed" : "Succeeded"));
        } catch (IllegalArgumentException bad) {
            throw new IllegalArgumentException(where + ": " + bad.getMessage());
        }
        if (status != RunStatus.SUCCEEDED && status != RunStatus.FAILED) {
            throw new IllegalArgumentException(where + ": status must be Succeeded or Failed");
        }
        RunError error = null;
        if (status == RunStatus.FAILED) {
            JsonNode err = e.path("error");
            error = new RunError(err.path("errorCode").asText("FixtureFailure"), err.path("message").asText("Failed (from the run fixture)"),
                    err.path("failureType").asText("UserError"), activity);
        }
        JsonNode output = e.has("output") ? e.get("output") : NullNode.getInstance();
        Long duration = e.has("durationInMs") ? e.get("durationInMs").asLong() : null;
        return new Outcome(status, output, error, duration);
    }

    public boolean has(String activity) {
        return outcomes.containsKey(activity.toLowerCase(Locale.ROOT));
    }

    /** The next outcome for the activity, if the fixture has it. */
    public synchronized Optional<Outcome> next(String activity) {
        List<Outcome> list = outcomes.get(activity.toLowerCase(Locale.ROOT));
        if (list == null) return Optional.empty();
        int i = calls.computeIfAbsent(activity.toLowerCase(Locale.ROOT), k -> new AtomicInteger()).getAndIncrement();
        return Optional.of(list.get(Math.min(i, list.size() - 1)));
    }
}
