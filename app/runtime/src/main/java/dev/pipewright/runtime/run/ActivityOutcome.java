package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How an activity ended, as later activities read it through {@code activity('X')}: output, Status and error. */
record ActivityOutcome(RunStatus status, JsonNode output, RunError error) {
    static ActivityOutcome skipped() {
        return new ActivityOutcome(RunStatus.SKIPPED, JsonNodeFactory.instance.objectNode(), null);
    }

    /** {@code activity('X')}: {@code {"output", "Status", "error"}}. */
    ObjectNode asExpressionValue() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.set("output", output == null ? JsonNodeFactory.instance.objectNode() : output);
        o.put("Status", status.label());
        if (error != null) o.set("error", RunJson.error(error));
        return o;
    }
}
