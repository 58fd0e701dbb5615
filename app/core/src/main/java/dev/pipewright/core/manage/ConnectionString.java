package dev.pipewright.core.manage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code key=value;key=value} connection strings as linked services hold them: a part is read ignoring the key's
 * case, and set in place (the other parts, their order and spelling, and a final {@code ;} are kept).
 */
final class ConnectionString {
    private ConnectionString() {
    }

    static String get(String cs, String key) {
        for (String part : cs.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT))) {
                return part.substring(eq + 1).trim();
            }
        }
        return "";
    }

    /** {@code cs} with part {@code key} set to {@code value} (removed when empty; appended when new). */
    static String set(String cs, String key, String value) {
        boolean trailing = cs.endsWith(";");
        List<String> parts = new ArrayList<>();
        boolean found = false;
        for (String part : cs.split(";")) {
            if (part.isEmpty()) continue;
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).trim().equalsIgnoreCase(key)) {
                found = true;
                if (!value.isEmpty()) parts.add(part.substring(0, eq) + "=" + value);
            } else {
                parts.add(part);
            }
        }
        if (!found && !value.isEmpty()) parts.add(key + "=" + value);
        return String.join(";", parts) + (trailing && !parts.isEmpty() ? ";" : "");
    }

    /** A connection string started from a template, without the parts left empty. */
    static String withoutEmptyParts(String cs) {
        boolean trailing = cs.endsWith(";");
        List<String> parts = new ArrayList<>();
        for (String part : cs.split(";")) {
            int eq = part.indexOf('=');
            if (!part.isEmpty() && (eq < 0 || !part.substring(eq + 1).isBlank())) parts.add(part);
        }
        return String.join(";", parts) + (trailing && !parts.isEmpty() ? ";" : "");
    }
}
