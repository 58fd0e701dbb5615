package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;

import java.util.List;

/**
 * A resource's text as it sits in a template's {@code resources} array (two levels deep), serialized once: the
 * single template and a linked template differ only in {@code dependsOn}, which publish writes last, so both
 * share the body and append their own list.
 */
final class ResourceText {
    private final String body;
    private final String whole;
    private final long bytes;

    /** {@code json} with {@code dependsOn} as its last key gets a shared body; any other shape is written whole. */
    ResourceText(ObjectNode json) {
        List<String> keys = new java.util.ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        if (!keys.isEmpty() && keys.get(keys.size() - 1).equals("dependsOn") && keys.size() > 1) {
            com.fasterxml.jackson.databind.JsonNode dependsOn = json.remove("dependsOn"); // last: putting it back keeps the order
            StringBuilder sb = new StringBuilder(4096);
            try {
                AdfJsonWriter.pretty(json, 2, sb);
            } finally {
                json.set("dependsOn", dependsOn);
            }
            sb.setLength(sb.length() - "\n\t\t}".length());
            body = sb.toString();
            whole = null;
            bytes = utf8Length(body);
        } else {
            StringBuilder sb = new StringBuilder(256);
            AdfJsonWriter.pretty(json, 2, sb);
            body = null;
            whole = sb.toString();
            bytes = utf8Length(whole);
        }
    }

    /** Appends the resource with {@code dependsOn} (expressions, in order) to {@code sb}, as a template writes it. */
    void append(List<String> dependsOn, StringBuilder sb) {
        sb.append("\t\t");
        if (body == null) {
            sb.append(whole);
            return;
        }
        sb.append(body).append(",\n\t\t\t\"dependsOn\": ");
        var deps = JsonNodeFactory.instance.arrayNode();
        dependsOn.forEach(deps::add);
        AdfJsonWriter.pretty(deps, 3, sb);
        sb.append("\n\t\t}");
    }

    /** UTF-8 bytes the resource takes in a template with {@code dependsOn} (an upper bound for the list's part). */
    long bytes(List<String> dependsOn) {
        long n = bytes + 40;
        for (String d : dependsOn) n += d.length() * 3L + 8;
        return n;
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }
}
