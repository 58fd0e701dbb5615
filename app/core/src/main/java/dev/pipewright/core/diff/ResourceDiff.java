package dev.pipewright.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.merge.JsonTrees;
import dev.pipewright.core.merge.LineChanges;
import dev.pipewright.core.merge.NamedArrays;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The semantic summary of a change to one resource, one line per change, in the words of ADF Studio:
 * {@code activity CP_Sales: policy.timeout 7.00:00:00 → 0.02:00:00}, {@code activity Wait_1 added},
 * {@code parameter P removed}, {@code dependsOn of X: + Y (Succeeded)}, {@code source Orders added},
 * {@code typeProperties.location.fileName a.csv → b.csv}. Paths are relative to {@code properties} (or to the
 * activity, parameter … named at the start); nested activities are named {@code Container/Inner}. Values are
 * shortened; an expression shows as its text. Key order and formatting are not changes.
 */
public final class ResourceDiff {
    /** Where activities live inside an activity (ForEach, Until, If Condition, Switch) and a pipeline. */
    private static final Set<String> ACTIVITY_LISTS = Set.of("activities", "ifTrueActivities", "ifFalseActivities", "defaultActivities");
    /** What the elements of a named array are called, by the array's key. */
    private static final Map<String, String> NOUNS = Map.of("sources", "source", "sinks", "sink",
            "transformations", "transformation", "cases", "case", "pipelines", "pipeline");
    /** What the members of a named object are called, by its key at the resource level. */
    private static final Map<String, String> MEMBER_NOUNS = Map.of("parameters", "parameter", "variables", "variable",
            "globalParameters", "global parameter");
    private static final int MAX_VALUE = 60;

    private final List<String> lines = new ArrayList<>();

    private ResourceDiff() {
    }

    /** What changed from {@code before} to {@code after} (whole resource trees; null for an absent one). */
    public static List<String> details(JsonNode before, JsonNode after) {
        ResourceDiff diff = new ResourceDiff();
        if (before != null && after != null && before.isObject() && after.isObject()) {
            for (String key : keys(before, after)) {
                if (key.equals("properties") && isObject(before.get(key)) && isObject(after.get(key))) {
                    diff.members("", "", before.get(key), after.get(key), "");
                } else {
                    diff.value("", key, key, before.get(key), after.get(key), "");
                }
            }
        } else {
            diff.value("", "", "", before, after, "");
        }
        return List.copyOf(diff.lines);
    }

    /**
     * Compares one value. {@code label} names the thing being described ("activity X", empty at the resource level),
     * {@code path} the place in it, {@code key} the member's key, {@code container} the activity path prefix for
     * nested activities ("FE/").
     */
    private void value(String label, String path, String key, JsonNode before, JsonNode after, String container) {
        if (JsonTrees.same(before, after)) return;
        if (before == null || after == null) {
            emit(label, path + (before == null ? " added (" + shown(after) + ")" : " removed (" + shown(before) + ")"));
            return;
        }
        if (before.isObject() && after.isObject() && !(isExpression(before) && isExpression(after))) {
            if (label.isEmpty() && MEMBER_NOUNS.containsKey(path)) {
                namedMembers(MEMBER_NOUNS.get(path), before, after);
            } else {
                members(label, path, before, after, container);
            }
            return;
        }
        if (before.isArray() && after.isArray() && array(label, path, key, before, after, container)) return;
        emit(label, path + " " + shown(before) + " → " + shown(after));
    }

    private void members(String label, String path, JsonNode before, JsonNode after, String container) {
        for (String key : keys(before, after)) {
            value(label, JsonTrees.key(path, key), key, before.get(key), after.get(key), container);
        }
    }

    /** {@code parameters}, {@code variables}: an object whose keys are names. */
    private void namedMembers(String noun, JsonNode before, JsonNode after) {
        for (String name : keys(before, after)) {
            JsonNode b = before.get(name);
            JsonNode a = after.get(name);
            if (JsonTrees.same(b, a)) continue;
            String label = noun + " " + name;
            if (b == null || a == null) {
                lines.add(label + (b == null ? " added" : " removed"));
            } else if (b.isObject() && a.isObject()) {
                members(label, "", b, a, "");
            } else {
                lines.add(label + ": " + shown(b) + " → " + shown(a));
            }
        }
    }

    /** Arrays described element by element; false for an array of values (then it is shown as one value). */
    private boolean array(String label, String path, String key, JsonNode before, JsonNode after, String container) {
        if (key.equals("scriptLines") && allText(before) && allText(after)) {
            LineChanges changes = LineChanges.between(texts(before), texts(after));
            emit(label, path + ": " + changes.added() + " lines added, " + changes.removed() + " removed");
            return true;
        }
        Function<JsonNode, String> identity = NamedArrays.identity(key, before, after);
        if (identity == null) return false;
        Map<String, JsonNode> old = NamedArrays.byName(before, identity);
        Map<String, JsonNode> now = NamedArrays.byName(after, identity);
        if (key.equals("dependsOn")) {
            dependsOn(label, old, now);
            return true;
        }
        boolean activities = ACTIVITY_LISTS.contains(key);
        for (String name : JsonTrees.combinedOrder(List.copyOf(old.keySet()), List.copyOf(now.keySet()))) {
            JsonNode b = old.get(name);
            JsonNode a = now.get(name);
            if (JsonTrees.same(b, a)) continue;
            if (activities) {
                String activity = "activity " + container + name;
                if (b == null || a == null) lines.add(activity + (b == null ? " added" : " removed"));
                else members(activity, "", b, a, container + name + "/");
            } else if (label.isEmpty() && NOUNS.containsKey(key)) {
                String element = NOUNS.get(key) + " " + name;
                if (b == null || a == null) lines.add(element + (b == null ? " added" : " removed"));
                else members(element, "", b, a, container);
            } else {
                String element = JsonTrees.element(path, name);
                if (b == null || a == null) emit(label, element + (b == null ? " added" : " removed"));
                else value(label, element, "", b, a, container);
            }
        }
        if (old.size() == now.size() && old.keySet().equals(now.keySet())
                && !List.copyOf(old.keySet()).equals(List.copyOf(now.keySet()))) {
            emit(label, path + ": order changed");
        }
        return true;
    }

    /** {@code dependsOn of X: + Y (Succeeded)}, {@code - Y (Failed)}, {@code Y (Succeeded → Failed)}. */
    private void dependsOn(String label, Map<String, JsonNode> old, Map<String, JsonNode> now) {
        String of = "dependsOn of " + label.substring(label.indexOf(' ') + 1) + ": ";
        for (String name : JsonTrees.combinedOrder(List.copyOf(old.keySet()), List.copyOf(now.keySet()))) {
            JsonNode b = old.get(name);
            JsonNode a = now.get(name);
            if (JsonTrees.same(b, a)) continue;
            if (b == null) lines.add(of + "+ " + name + " (" + conditions(a) + ")");
            else if (a == null) lines.add(of + "- " + name + " (" + conditions(b) + ")");
            else lines.add(of + name + " (" + conditions(b) + " → " + conditions(a) + ")");
        }
    }

    private static String conditions(JsonNode dependency) {
        List<String> names = new ArrayList<>();
        for (JsonNode c : dependency.path("dependencyConditions")) names.add(c.asText());
        return String.join(", ", names);
    }

    private void emit(String label, String change) {
        lines.add(label.isEmpty() ? change : label + ": " + change);
    }

    /** A value as the summary shows it: strings bare, expressions as their text, the rest as short JSON. */
    static String shown(JsonNode value) {
        if (value == null) return "";
        String text;
        if (value.isTextual()) text = value.textValue().isEmpty() ? "\"\"" : value.textValue();
        else if (isExpression(value)) text = value.get("value").asText();
        else text = AdfJsonWriter.minified(value);
        int newline = text.indexOf('\n');
        if (newline >= 0) text = text.substring(0, newline).stripTrailing() + " …";
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }

    private static boolean isExpression(JsonNode node) {
        return node != null && node.isObject() && node.size() == 2 && "Expression".equals(node.path("type").asText(null))
                && node.path("value").isTextual();
    }

    private static boolean isObject(JsonNode node) {
        return node != null && node.isObject();
    }

    private static boolean allText(JsonNode array) {
        for (JsonNode element : array) if (!element.isTextual()) return false;
        return true;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        for (JsonNode element : array) texts.add(element.textValue());
        return texts;
    }

    private static List<String> keys(JsonNode before, JsonNode after) {
        return JsonTrees.combinedOrder(fieldNames(before), fieldNames(after));
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, JsonNode> member : object.properties()) names.add(member.getKey());
        return names;
    }
}
