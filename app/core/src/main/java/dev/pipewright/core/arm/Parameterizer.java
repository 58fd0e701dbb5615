package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies a resource's parameter rules to its exported JSON in place: each matched value becomes
 * {@code [parameters('<name>')]} and a parameter is recorded, in the order the values appear in the resource.
 */
final class Parameterizer {
    static final String KEY_VAULT_SECRET = "AzureKeyVaultSecret";

    private final String prefix;
    private final String resource;
    private final ParameterSet all;
    private final List<ArmParameter> found = new ArrayList<>();

    Parameterizer(String prefix, String resource, ParameterSet all) {
        this.prefix = prefix;
        this.resource = resource;
        this.all = all;
    }

    /** Applies {@code rules} (an object rule keyed like the resource: {@code properties}, {@code location} ...) to {@code resource}. */
    List<ArmParameter> apply(JsonNode rules, ObjectNode resourceJson) {
        if (rules != null && rules.isObject()) applyObject(rules, resourceJson, List.of());
        return found;
    }

    private void applyObject(JsonNode rules, ObjectNode value, List<String> path) {
        for (String key : fieldNames(value)) {
            JsonNode rule = rules.has(key) ? rules.get(key) : rules.get("*");
            if (rule != null) apply(rule, value.get(key), append(path, key), v -> value.set(key, v));
        }
    }

    private void apply(JsonNode rule, JsonNode value, List<String> path, java.util.function.Consumer<JsonNode> replace) {
        if (value == null || value.isNull() || value.isMissingNode()) return;
        if (rule.isTextual()) {
            leaf(rule.textValue(), value, path).ifPresent(p -> replace.accept(TextNode.valueOf(p.reference())));
        } else if (rule.isObject() && value instanceof ObjectNode o) {
            applyObject(rule, o, path);
        } else if (rule.isArray() && value instanceof ArrayNode a && !rule.isEmpty()) {
            JsonNode element = rule.get(0);
            String naming = rule.size() > 1 && rule.get(1).isTextual() ? rule.get(1).textValue() : null;
            List<String> base = path.subList(0, Math.max(0, path.size() - 1));
            for (int i = 0; i < a.size(); i++) {
                int at = i;
                String name = naming == null ? null : textAt(a.get(i), naming);
                apply(element, a.get(i), append(base, name == null ? String.valueOf(i) : name), v -> a.set(at, v));
            }
        }
    }

    private Optional<ArmParameter> leaf(String text, JsonNode value, List<String> path) {
        Optional<ParameterRule> parsed = ParameterRule.parse(text, new String[1]);
        if (parsed.isEmpty()) return Optional.empty(); // reported when the definition was read
        ParameterRule rule = parsed.get();
        if (value.isTextual() && value.textValue().startsWith("[parameters(")) return Optional.empty();
        String property = path.get(path.size() - 1);
        String name = name(rule, path);
        ArmParameter parameter;
        if (rule.action() == '|') {
            if (isKeyVaultSecret(value)) return Optional.empty(); // the secret stays in the vault
            parameter = new ArmParameter(name, rule.armType().isEmpty() ? "secureString" : rule.armType(), null,
                    secureMetadata(property, prefix));
        } else {
            String type = rule.armType().isEmpty() ? inferType(value) : rule.armType();
            JsonNode defaultValue = rule.action() == '=' && !type.startsWith("secure") ? value.deepCopy() : null;
            parameter = new ArmParameter(name, type, defaultValue, null);
        }
        ArmParameter registered = all.add(parameter, resource);
        found.add(registered);
        return Optional.of(registered);
    }

    private String name(ParameterRule rule, List<String> path) {
        if (rule.name().isEmpty()) return prefix + "_" + String.join("_", path);
        if (rule.name().startsWith("-")) return prefix + "_" + rule.name().substring(1);
        List<String> renamed = new ArrayList<>(path.subList(0, path.size() - 1));
        renamed.add(rule.name());
        return prefix + "_" + String.join("_", renamed);
    }

    static String secureMetadata(String property, String owner) {
        return "Secure string for '" + property + "' of '" + owner + "'";
    }

    static boolean isKeyVaultSecret(JsonNode value) {
        return value.isObject() && value.path("type").asText("").equals(KEY_VAULT_SECRET);
    }

    static String inferType(JsonNode value) {
        return switch (value.getNodeType()) {
            case BOOLEAN -> "bool";
            case NUMBER -> "int";
            case OBJECT -> "object";
            case ARRAY -> "array";
            default -> "string";
        };
    }

    private static String textAt(JsonNode node, String dottedPath) {
        JsonNode at = node;
        for (String part : dottedPath.split("\\.")) at = at == null ? null : at.get(part);
        return at != null && at.isTextual() ? at.textValue() : null;
    }

    private static List<String> fieldNames(ObjectNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }
}
