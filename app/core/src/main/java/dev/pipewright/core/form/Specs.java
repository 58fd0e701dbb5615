package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** Building blocks of the activity forms: pickers with their parameters, conditions on the edited JSON, follow-ups. */
final class Specs {
    static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Specs() {
    }

    /** A dataset picker and the table of the picked dataset's parameters. */
    static List<Field> dataset(String key, String label, String path, Follow follow, String preview) {
        Field pick = Field.reference(key, label, path, ResourceKind.DATASET);
        if (follow != null) pick.follow(follow);
        if (preview != null) pick.preview(preview);
        return List.of(pick, parameters(key, "Dataset properties", path));
    }

    /** The fixed-row table of the parameters that the resource referenced at {@code referencePath} declares. */
    static Field parameters(String key, String label, String referencePath) {
        return Field.table(Field.Kind.ENTRIES, key + "-parameters", label, referencePath + "/parameters")
                .keysFrom(referencePath).optional();
    }

    static Field linkedService(String key, String label, String path, String... types) {
        return Field.reference(key, label, path, ResourceKind.LINKED_SERVICE, types);
    }

    static String textAt(JsonNode target, String path) {
        return target.at("/" + path).asText("");
    }

    static Predicate<JsonNode> present(String path) {
        return t -> !t.at("/" + path).isMissingNode();
    }

    static Predicate<JsonNode> isTrue(String path) {
        return t -> t.at("/" + path).asBoolean(false);
    }

    static Predicate<JsonNode> oneOf(String path, Set<String> values) {
        return t -> values.contains(textAt(t, path));
    }

    static ObjectNode object(String... keysAndValues) {
        ObjectNode o = NODES.objectNode();
        for (int i = 0; i < keysAndValues.length; i += 2) o.put(keysAndValues[i], keysAndValues[i + 1]);
        return o;
    }

    /**
     * After a dataset is picked: the member at {@code path} (a source, sink or store settings) is rewritten with what
     * ADF writes for that dataset, unless it is already of that type (then the user's settings stay).
     */
    static Follow rewrite(String path, BiFunction<Form, String, Optional<ObjectNode>> defaults) {
        return (form, target, value) -> {
            if (value == null || !value.path("referenceName").isTextual()) return List.of();
            Optional<ObjectNode> fresh = defaults.apply(form, value.path("referenceName").asText());
            if (fresh.isEmpty()) return List.of();
            JsonNode current = target.at("/" + path);
            if (fresh.get().path("type").equals(current.path("type"))) return List.of();
            return List.of(new Change(path, fresh.get()));
        };
    }

    /** Several follow-ups, in order. */
    static Follow all(Follow... follows) {
        return (form, target, value) -> {
            List<Change> changes = new ArrayList<>();
            for (Follow f : follows) changes.addAll(f.after(form, target, value));
            return changes;
        };
    }

    /** After a pipeline or dataset is picked, the values of parameters it does not declare are dropped. */
    static Follow keepDeclared(String parametersPath, ResourceKind kind) {
        return (form, target, value) -> {
            JsonNode current = target.at("/" + parametersPath);
            if (value == null || !current.isObject()) return List.of();
            var declared = form.factory().get(kind, value.path("referenceName").asText("")).map(TableEdits::declared).orElse(java.util.Map.of());
            ObjectNode kept = NODES.objectNode();
            current.properties().forEach(e -> {
                if (declared.containsKey(e.getKey())) kept.set(e.getKey(), e.getValue());
            });
            return kept.equals(current) ? List.of() : List.of(new Change(parametersPath, kept.isEmpty() ? null : kept));
        };
    }
}
