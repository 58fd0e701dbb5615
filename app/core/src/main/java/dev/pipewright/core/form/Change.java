package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;

/** Set the member at {@code path} (below the edited object) to {@code value}, or remove it when the value is null. */
public record Change(String path, JsonNode value) {
}
