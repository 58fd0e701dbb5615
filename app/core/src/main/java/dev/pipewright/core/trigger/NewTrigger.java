package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A new trigger as ADF Studio's "New trigger" writes it: a stopped schedule trigger, every day from now (UTC), starting no pipeline yet. */
public final class NewTrigger {
    private NewTrigger() {
    }

    public static ObjectNode schedule(String name, Instant now) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode json = nodes.objectNode();
        json.put("name", name);
        ObjectNode p = json.putObject("properties");
        p.putArray("annotations");
        p.put("runtimeState", "Stopped");
        p.putArray("pipelines");
        p.put("type", "ScheduleTrigger");
        LocalDateTime start = LocalDateTime.ofInstant(now, ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);
        p.putObject("typeProperties").putObject("recurrence").put("frequency", "Day").put("interval", 1)
                .put("startTime", TriggerTimes.format(start, true)).put("timeZone", "UTC");
        return json;
    }
}
