package dev.pipewright.core.merge;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Arrays whose elements are things with a name, merged and compared element by element rather than as one value:
 * activities (also {@code ifTrueActivities}, a ForEach's {@code activities} …), data flow sources, sinks and
 * transformations, parameter lists — any array of objects with a string {@code name}. Three arrays of ADF are named
 * by another member: a Switch's {@code cases} by {@code value}, {@code dependsOn} by {@code activity}, and a
 * trigger's {@code pipelines} by {@code pipelineReference.referenceName}. An array counts as named only when every
 * element has its name and no name repeats; any other array is one value.
 */
public final class NamedArrays {
    private NamedArrays() {
    }

    /**
     * How the elements of the array under {@code key} are named, when every given array (nulls are skipped) is a
     * named array by the same rule; else null. Empty arrays fit any rule.
     */
    public static Function<JsonNode, String> identity(String key, JsonNode... arrays) {
        Function<JsonNode, String> rule = rule(key);
        boolean anyElement = false;
        for (JsonNode array : arrays) {
            if (array == null) continue;
            if (!array.isArray()) return null;
            Set<String> seen = new HashSet<>();
            for (JsonNode element : array) {
                String name = rule.apply(element);
                if (name == null || !seen.add(name)) return null;
                anyElement = true;
            }
        }
        return anyElement ? rule : null;
    }

    /** The elements of a named array by name, in order. */
    public static Map<String, JsonNode> byName(JsonNode array, Function<JsonNode, String> identity) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        if (array != null) for (JsonNode element : array) map.put(identity.apply(element), element);
        return map;
    }

    private static Function<JsonNode, String> rule(String key) {
        return switch (key == null ? "" : key) {
            case "cases" -> element -> text(element.get("value"));
            case "dependsOn" -> element -> text(element.get("activity"));
            case "pipelines" -> element -> text(element.path("pipelineReference").get("referenceName"));
            default -> element -> text(element.get("name"));
        };
    }

    private static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
