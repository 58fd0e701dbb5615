package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A template parameter: its ARM type ({@code string}, {@code secureString}, {@code int}, {@code bool},
 * {@code object}, {@code secureObject}, {@code array}), its default (null for none, as for every secret) and
 * its metadata text (null for none).
 */
public record ArmParameter(String name, String type, JsonNode defaultValue, String metadata) {
    public boolean secure() {
        return type.startsWith("secure");
    }

    /** {@code [parameters('<name>')]}. */
    String reference() {
        return "[parameters('" + name.replace("'", "''") + "')]";
    }

    static String referenceTo(String name) {
        return "[parameters('" + name.replace("'", "''") + "')]";
    }
}
