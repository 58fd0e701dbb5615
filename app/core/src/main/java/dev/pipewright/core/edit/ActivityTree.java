package dev.pipewright.core.edit;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads and writes the activity lists of a pipeline's JSON tree. An activity list is named by its JSON pointer:
 * {@link #TOP} for the pipeline's own activities, {@code …/typeProperties/activities} (ForEach, Until),
 * {@code …/ifTrueActivities}, {@code …/cases/0/activities} and so on inside containers.
 */
public final class ActivityTree {
    /** The pipeline's top-level activity list. */
    public static final String TOP = "/properties/activities";
    /** The order ADF writes an activity's members in; members it does not know go last. */
    public static final List<String> KEY_ORDER = List.of("name", "description", "type", "state", "onInactiveMarkAs", "dependsOn",
            "policy", "userProperties", "typeProperties", "linkedServiceName", "inputs", "outputs");
    static final Set<String> LOOPS = Set.of("ForEach", "Until");
    static final Set<String> IF_OR_SWITCH = Set.of("IfCondition", "Switch");
    private static final int MAX_NAME = 55;
    private static final String FORBIDDEN = ".+?/<>*%&:\\";
    private static final List<String> BRANCH_FIELDS = List.of("activities", "ifTrueActivities", "ifFalseActivities", "defaultActivities");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ActivityTree() {
    }

    /** The list at {@code pointer}, created (with missing parent objects) when {@code create}; else null when absent. */
    static ArrayNode list(ObjectNode root, String pointer, boolean create) {
        JsonNode at = root.at(pointer);
        if (at instanceof ArrayNode a) return a;
        if (!at.isMissingNode() || !create) {
            if (create) throw new EditRefusedException("'" + pointer + "' is not a list of activities");
            return null;
        }
        JsonPointer p = JsonPointer.compile(pointer);
        ObjectNode parent = objectAt(root, p.head());
        ArrayNode created = NODES.arrayNode();
        parent.set(p.last().getMatchingProperty(), created);
        return created;
    }

    /** The object at {@code pointer}, creating missing objects on the way. */
    static ObjectNode objectAt(ObjectNode root, JsonPointer pointer) {
        if (!(containerAt(root, pointer) instanceof ObjectNode o)) throw new EditRefusedException("'" + pointer + "' is not an object");
        return o;
    }

    /** The object or list at {@code pointer}, creating missing objects on the way. */
    static JsonNode containerAt(ObjectNode root, JsonPointer pointer) {
        JsonNode node = root;
        for (JsonPointer p = pointer; p != null && !p.matches(); p = p.tail()) {
            JsonNode next;
            if (node instanceof ArrayNode a) {
                next = a.get(p.getMatchingIndex());
            } else {
                next = node.get(p.getMatchingProperty());
                if (next == null) {
                    next = NODES.objectNode();
                    ((ObjectNode) node).set(p.getMatchingProperty(), next);
                }
            }
            if (next == null || !next.isContainerNode()) {
                throw new EditRefusedException("Cannot write below '" + pointer + "': '" + p.getMatchingProperty() + "' is not an object or a list");
            }
            node = next;
        }
        return node;
    }

    /** The activity named {@code name} in {@code list}; refuses when there is none. */
    static ObjectNode find(ArrayNode list, String name) {
        if (list != null) {
            for (JsonNode a : list) if (a instanceof ObjectNode o && name.equals(o.path("name").asText(null))) return o;
        }
        throw new EditRefusedException("There is no activity named '" + name + "' here");
    }

    static String nameOf(JsonNode activity) {
        return activity.path("name").asText("");
    }

    /** Every activity name in the pipeline, inner activities included (ADF wants them unique pipeline-wide). */
    public static Set<String> allNames(ObjectNode root) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode top = root.at(TOP);
        walk(top, a -> names.add(nameOf(a)));
        return names;
    }

    /** Visits each activity of {@code list} and, depth first, the activities inside it. */
    static void walk(JsonNode list, Consumer<ObjectNode> visitor) {
        if (!(list instanceof ArrayNode)) return;
        for (JsonNode a : list) {
            if (!(a instanceof ObjectNode o)) continue;
            visitor.accept(o);
            for (JsonNode inner : innerLists(o)) walk(inner, visitor);
        }
    }

    /** The inner activity lists of a container (empty for other activities). */
    static List<JsonNode> innerLists(ObjectNode activity) {
        List<JsonNode> lists = new ArrayList<>();
        JsonNode tp = activity.path("typeProperties");
        for (String field : BRANCH_FIELDS) if (tp.get(field) instanceof ArrayNode a) lists.add(a);
        for (JsonNode c : tp.path("cases")) if (c.get("activities") instanceof ArrayNode a) lists.add(a);
        return lists;
    }

    /** The first of stem1, stem2, … not in {@code taken} (ignoring case), as ADF names new activities. */
    static String numbered(String stem, Set<String> taken) {
        Set<String> lower = lower(taken);
        for (int i = 1; ; i++) {
            String candidate = trimmed(stem, String.valueOf(i));
            if (!lower.contains(candidate.toLowerCase(Locale.ROOT))) return candidate;
        }
    }

    /** {@code name} itself when free, else name_copy1, name_copy2, … as ADF Studio names pasted activities. */
    static String pasted(String name, Set<String> taken) {
        Set<String> lower = lower(taken);
        if (!lower.contains(name.toLowerCase(Locale.ROOT))) return name;
        for (int i = 1; ; i++) {
            String candidate = trimmed(name, "_copy" + i);
            if (!lower.contains(candidate.toLowerCase(Locale.ROOT))) return candidate;
        }
    }

    private static String trimmed(String stem, String suffix) {
        String base = stem.length() + suffix.length() > MAX_NAME ? stem.substring(0, MAX_NAME - suffix.length()) : stem;
        return base + suffix;
    }

    private static Set<String> lower(Set<String> names) {
        Set<String> lower = new LinkedHashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        return lower;
    }

    /** Refuses a name ADF rejects: empty, over 55 characters, a bad first character or one of {@code .+?/<>*%&:\}. */
    public static void checkName(String name) {
        if (name == null || name.isBlank()) throw new EditRefusedException("An activity needs a name");
        if (name.length() > MAX_NAME) {
            throw new EditRefusedException("Activity names have at most " + MAX_NAME + " characters ('" + name + "' has " + name.length() + ")");
        }
        char first = name.charAt(0);
        if (!Character.isLetterOrDigit(first) && first != '_') {
            throw new EditRefusedException("Activity names start with a letter, a digit or an underscore");
        }
        for (char c : name.toCharArray()) {
            if (FORBIDDEN.indexOf(c) >= 0) throw new EditRefusedException("Activity names may not contain '" + c + "' (nor any of " + FORBIDDEN + ")");
        }
    }

    /** The type of the container that owns list {@code pointer}, or null for the top level. */
    static String containerType(ObjectNode root, String pointer) {
        int at = pointer.lastIndexOf("/typeProperties/");
        if (at < 0) return null;
        return root.at(pointer.substring(0, at)).path("type").asText(null);
    }

    /** Refuses an activity of {@code type} inside a container of {@code containerType} where ADF does not allow it. */
    static void checkNesting(String containerType, String type) {
        if (containerType == null) return;
        if ("Validation".equals(type)) throw new EditRefusedException("ADF does not allow Validation activities inside containers");
        if (ActivityCatalog.CONTAINERS.contains(type) && !(IF_OR_SWITCH.contains(type) && LOOPS.contains(containerType))) {
            throw new EditRefusedException("ADF does not allow " + type + " inside " + containerType
                    + ": only If Condition or Switch may sit inside ForEach or Until (use Execute Pipeline instead)");
        }
    }

    /** Sets an activity member where ADF puts it: in place when present, else after the members that precede it. */
    static void put(ObjectNode activity, String key, JsonNode value) {
        KeyOrder.put(activity, KEY_ORDER, key, value);
    }

    /** The {@code dependsOn} array of an activity, created in ADF's place when missing. */
    static ArrayNode dependsOn(ObjectNode activity) {
        if (activity.get("dependsOn") instanceof ArrayNode a) return a;
        ArrayNode created = NODES.arrayNode();
        put(activity, "dependsOn", created);
        return created;
    }
}
