package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.form.Change;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Another type for a trigger not published yet, as ADF Studio's trigger pane offers it: the type's settings as ADF
 * Studio starts them (a daily schedule in UTC; hourly windows with no delay, 50 at a time, retried after 30 seconds;
 * blobs created, empty ones ignored), from the trigger's start time. A tumbling window starts one pipeline
 * ({@code properties.pipeline}), the others a list ({@code properties.pipelines}): the pipelines move along.
 */
final class TriggerTypes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TriggerTypes() {
    }

    static List<Change> change(JsonNode root, String type) {
        List<Change> changes = new ArrayList<>();
        JsonNode p = root.path("properties");
        String start = start(p);
        ObjectNode tp = NODES.objectNode();
        switch (type) {
            case "ScheduleTrigger" -> tp.putObject("recurrence").put("frequency", "Day").put("interval", 1).put("startTime", start).put("timeZone", "UTC");
            case "TumblingWindowTrigger" -> {
                tp.put("frequency", "Hour").put("interval", 1).put("startTime", start).put("delay", "00:00:00").put("maxConcurrency", 50);
                tp.putObject("retryPolicy").put("intervalInSeconds", 30);
                tp.putArray("dependsOn");
            }
            default -> {
                tp.put("ignoreEmptyBlobs", true);
                tp.putArray("events").add("Microsoft.Storage.BlobCreated");
            }
        }
        changes.add(new Change("properties/type", NODES.textNode(type)));
        changes.add(new Change("properties/typeProperties", tp));
        boolean single = "TumblingWindowTrigger".equals(type);
        if (single && !p.has("pipeline")) {
            changes.add(new Change("properties/pipelines", null));
            if (p.path("pipelines").size() > 0) changes.add(new Change("properties/pipeline", p.path("pipelines").get(0)));
        } else if (!single && !p.has("pipelines")) {
            ArrayNode list = NODES.arrayNode();
            if (p.path("pipeline").isObject()) list.add(p.get("pipeline"));
            changes.add(new Change("properties/pipeline", null));
            changes.add(new Change("properties/pipelines", list));
        }
        return changes;
    }

    /** The trigger's start as a UTC time ({@code …Z}), or the start of 2026 when it has none that reads. */
    private static String start(JsonNode p) {
        JsonNode tp = p.path("typeProperties");
        String text = tp.path("recurrence").path("startTime").asText(tp.path("startTime").asText(""));
        try {
            String zone = tp.path("recurrence").path("timeZone").asText("");
            ZonedDateTime t = TriggerTimes.time("Start", text, TriggerTimes.zone(zone)).withZoneSameInstant(ZoneOffset.UTC);
            return TriggerTimes.format(t.toLocalDateTime(), true);
        } catch (InvalidTriggerException none) {
            return "2026-01-01T00:00:00Z";
        }
    }
}
