package dev.pipewright.core.arm;

import java.util.Locale;
import java.util.Optional;

/**
 * One leaf of a parameter definition, {@code "<action>:<name>:<stype>"}: {@code =} keeps the current value as the
 * parameter's default, {@code -} gives no default, {@code |} is a secret (a Key Vault reference stays as it is,
 * any other value becomes a secure parameter without default). An empty name takes the property's path; a name
 * starting with {@code -} is short ({@code <resource>_<name>}); another name replaces the property's own.
 */
record ParameterRule(char action, String name, String type) {
    static final String ACTIONS = "=-|";
    static final java.util.List<String> TYPES = java.util.List.of("string", "securestring", "int", "bool", "object", "secureobject", "array");

    /** Parses a rule; empty with the reason in {@code error[0]} when the text is not one. */
    static Optional<ParameterRule> parse(String text, String[] error) {
        String[] parts = text.split(":", -1);
        if (text.isEmpty() || ACTIONS.indexOf(parts[0].isEmpty() ? '?' : parts[0].charAt(0)) < 0 || parts[0].length() != 1) {
            error[0] = "'" + text + "' does not start with an action: the form is \"<action>:<name>:<type>\" with the action =, - or |";
            return Optional.empty();
        }
        if (parts.length > 3) {
            error[0] = "'" + text + "' has more than three parts: the form is \"<action>:<name>:<type>\"";
            return Optional.empty();
        }
        String name = parts.length > 1 ? parts[1] : "";
        String type = parts.length > 2 ? parts[2].toLowerCase(Locale.ROOT) : "";
        if (!type.isEmpty() && !TYPES.contains(type)) {
            error[0] = "'" + parts[2] + "' is not a parameter type: use one of string, securestring, int, bool, object, secureobject, array";
            return Optional.empty();
        }
        return Optional.of(new ParameterRule(parts[0].charAt(0), name, type));
    }

    /** The type as ARM templates spell it ({@code secureString}, {@code secureObject}, ...); empty when not given. */
    String armType() {
        return switch (type) {
            case "securestring" -> "secureString";
            case "secureobject" -> "secureObject";
            default -> type;
        };
    }
}
