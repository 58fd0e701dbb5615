package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares a generated template with ADF's publish output: the same parameters with types and defaults, the same
 * resources (by type and name) with equal properties and dependsOn as sets. Known differences are excluded one by
 * one, by resource and JSON pointer, each with its reason.
 */
final class TemplateComparison {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A difference not derivable from the pair: the resource key, the pointer under it, and why. */
    record Exclusion(String resource, String pointer, String reason) {
    }

    private final List<Exclusion> exclusions;
    private final Set<Exclusion> used = new HashSet<>();
    private final List<String> differences = new ArrayList<>();

    TemplateComparison(List<Exclusion> exclusions) {
        this.exclusions = exclusions;
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    TemplateComparison templates(String label, JsonNode expected, JsonNode actual) {
        for (String key : List.of("$schema", "contentVersion", "variables")) same(label + " " + key, expected.get(key), actual.get(key));
        parameters(label, expected.get("parameters"), actual.get("parameters"), "defaultValue");
        Map<String, JsonNode> want = byKey(expected.get("resources"));
        Map<String, JsonNode> got = byKey(actual.get("resources"));
        want.keySet().removeIf(k -> excluded(k, "*"));
        got.keySet().removeIf(k -> excluded(k, "*"));
        if (!want.keySet().equals(got.keySet())) {
            Set<String> missing = new TreeSet<>(want.keySet());
            missing.removeAll(got.keySet());
            Set<String> extra = new TreeSet<>(got.keySet());
            extra.removeAll(want.keySet());
            differences.add(label + ": resources missing " + missing + ", not expected " + extra);
        }
        for (Map.Entry<String, JsonNode> e : want.entrySet()) {
            JsonNode g = got.get(e.getKey());
            if (g == null) continue;
            String key = e.getKey();
            for (String field : List.of("type", "apiVersion")) same(label + " " + key + " " + field, e.getValue().get(field), g.get(field));
            deep(label, key, "/properties", e.getValue().get("properties"), g.get("properties"));
            if (!excluded(key, "/dependsOn")) {
                same(label + " " + key + " dependsOn (as a set)", asSet(e.getValue().get("dependsOn")), asSet(g.get("dependsOn")));
            }
        }
        return this;
    }

    TemplateComparison parametersFiles(String label, JsonNode expected, JsonNode actual) {
        same(label + " $schema", expected.get("$schema"), actual.get("$schema"));
        parameters(label, expected.get("parameters"), actual.get("parameters"), "value");
        return this;
    }

    private void parameters(String label, JsonNode expected, JsonNode actual, String valueKey) {
        Set<String> want = names(expected);
        Set<String> got = names(actual);
        want.removeIf(n -> excluded("parameter " + n, "*"));
        got.removeIf(n -> excluded("parameter " + n, "*"));
        if (!want.equals(got)) {
            Set<String> missing = new TreeSet<>(want);
            missing.removeAll(got);
            Set<String> extra = new TreeSet<>(got);
            extra.removeAll(want);
            differences.add(label + ": parameters missing " + missing + ", not expected " + extra);
        }
        for (String name : want) {
            if (!got.contains(name)) continue;
            JsonNode e = expected.get(name);
            JsonNode a = actual.get(name);
            for (String field : List.of("type", valueKey, "metadata")) {
                if (!excluded("parameter " + name, "/" + field) && !excluded("parameter *", "/" + field)) {
                    same(label + " parameter " + name + " " + field, e.get(field), a.get(field));
                }
            }
        }
    }

    private void deep(String label, String resource, String pointer, JsonNode expected, JsonNode actual) {
        if (excluded(resource, pointer)) return;
        if (expected != null && actual != null && expected.isObject() && actual.isObject()) {
            Set<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String k : keys) deep(label, resource, pointer + "/" + k, expected.get(k), actual.get(k));
        } else if (expected != null && actual != null && expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) deep(label, resource, pointer + "/" + i, expected.get(i), actual.get(i));
        } else {
            same(label + " " + resource + " " + pointer, expected, actual);
        }
    }

    /** An exclusion names a resource (or {@code <type>/*} for all of a type, {@code parameter <name>}, {@code parameter *}) and a pointer or {@code *}. */
    private boolean excluded(String resource, String pointer) {
        for (Exclusion x : exclusions) {
            boolean resourceMatches = x.resource().equals(resource)
                    || x.resource().endsWith("*") && resource.startsWith(x.resource().substring(0, x.resource().length() - 1));
            if (resourceMatches && (pointer.equals(x.pointer()) || x.pointer().equals("*"))) {
                used.add(x);
                return true;
            }
        }
        return false;
    }

    private void same(String what, Object expected, Object actual) {
        if (!java.util.Objects.equals(expected, actual)) differences.add(what + ": expected " + abbreviate(expected) + " but was " + abbreviate(actual));
    }

    /** The differences found, and every exclusion that matched nothing (so stale ones are noticed). */
    List<String> report() {
        List<String> all = new ArrayList<>(differences);
        for (Exclusion x : exclusions) if (!used.contains(x)) all.add("exclusion matched nothing: " + x);
        return all;
    }

    static Map<String, JsonNode> byKey(JsonNode resources) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode r : resources) map.put(ArmTemplateCheck.key(r), r);
        return map;
    }

    private static Set<String> asSet(JsonNode array) {
        Set<String> set = new TreeSet<>();
        if (array != null) array.forEach(n -> set.add(n.asText()));
        return set;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> set = new TreeSet<>();
        if (object instanceof ObjectNode o) o.fieldNames().forEachRemaining(set::add);
        return set;
    }

    private static String abbreviate(Object o) {
        String s = String.valueOf(o);
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
