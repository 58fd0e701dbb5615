package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.KeyOrder;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rows of a table field (a list of strings, an object of parameters, a list of cases …) and their edits.
 * Each edit writes the whole new list or object as one change, so rows keep their order and undo is exact.
 * An object table with {@link Field#keysFrom} has one fixed row per parameter the referenced dataset or
 * pipeline declares (name, type, value); an empty value removes that parameter's entry.
 */
public final class TableEdits {
    /** One cell: its text, whether it can be edited, whether it holds an expression, and its options (a choice). */
    public record Cell(String text, boolean editable, boolean expression, List<String> options) {
    }

    /** One row; fixed rows (declared parameters) cannot be removed. */
    public record Row(List<Cell> cells, boolean removable) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Form form;
    private final Field field;

    TableEdits(Form form, Field field) {
        if (!field.isTable()) throw new IllegalArgumentException("Not a table: " + field);
        this.form = form;
        this.field = field;
    }

    /** The parameters a dataset, pipeline or data flow declares, in its order. */
    public static Map<String, ObjectNode> declared(Resource resource) {
        Map<String, ObjectNode> map = new LinkedHashMap<>();
        resource.properties().path("parameters").properties().forEach(e -> {
            if (e.getValue() instanceof ObjectNode o) map.put(e.getKey(), o);
        });
        return map;
    }

    private boolean fixed() {
        return field.keysFrom() != null;
    }

    private Map<String, ObjectNode> declaredHere() {
        JsonNode ref = form.at(field.keysFrom());
        return ResourceKind.forReferenceType(ref.path("type").asText(""))
                .flatMap(kind -> form.referenced(field.keysFrom(), kind)).map(TableEdits::declared).orElse(Map.of());
    }

    List<String> headers() {
        if (fixed()) return List.of("Name", "Type", "Value");
        return field.columns().stream().map(Column::label).toList();
    }

    List<Row> rows() {
        JsonNode stored = form.value(field);
        List<Row> rows = new ArrayList<>();
        if (fixed()) {
            Map<String, ObjectNode> declared = declaredHere();
            for (String name : fixedKeys(declared, stored)) {
                JsonNode v = stored.path(name);
                String type = declared.containsKey(name) ? declared.get(name).path("type").asText("") : "(not declared)";
                rows.add(new Row(List.of(new Cell(name, false, false, List.of()), new Cell(type, false, false, List.of()),
                        new Cell(FormValues.display(v), true, FormValues.isExpression(v), List.of())), !declared.containsKey(name)));
            }
            return rows;
        }
        if (field.kind() == Field.Kind.ENTRIES) {
            stored.properties().forEach(e -> rows.add(row(e.getKey(), e.getValue())));
        } else {
            for (JsonNode element : stored) rows.add(row(null, element));
        }
        return rows;
    }

    private static Set<String> fixedKeys(Map<String, ObjectNode> declared, JsonNode stored) {
        Set<String> keys = new LinkedHashSet<>(declared.keySet());
        stored.properties().forEach(e -> keys.add(e.getKey()));
        return keys;
    }

    private Row row(String key, JsonNode entry) {
        List<Cell> cells = new ArrayList<>();
        for (Column c : field.columns()) {
            List<String> options = c.choices().stream().map(Choice::label).toList();
            if (c.isKey()) {
                cells.add(new Cell(key, true, false, options));
            } else {
                JsonNode v = c.path().isEmpty() ? entry : entry.at("/" + c.path());
                String text = c.isChoice() ? label(c, v) : FormValues.display(v);
                cells.add(new Cell(text, true, FormValues.isExpression(v), options));
            }
        }
        return new Row(cells, true);
    }

    private static String label(Column c, JsonNode v) {
        for (Choice choice : c.choices()) {
            if (choice.value() != null && (choice.value().equals(v) || choice.value().asText().equalsIgnoreCase(v.asText(null)))) return choice.label();
        }
        return FormValues.display(v);
    }

    // ---- edits ----

    Optional<EditCommand> setCell(int row, int column, String text) {
        // a cell of a row that is gone (its field committed on losing focus after the row was removed): nothing to do
        if (row < 0 || row >= rows().size()) return Optional.empty();
        JsonNode stored = form.value(field);
        if (fixed()) return setFixed(row, text);
        if (column < 0 || column >= field.columns().size()) return Optional.empty();
        if (field.kind() == Field.Kind.ENTRIES) {
            ObjectNode map = stored instanceof ObjectNode o ? o.deepCopy() : NODES.objectNode();
            List<String> keys = new ArrayList<>();
            map.fieldNames().forEachRemaining(keys::add);
            String key = keys.get(row);
            Column c = field.columns().get(column);
            if (c.isKey()) return write(rename(map, key, text.strip()));
            map.set(key, setIn(map.get(key), c, text));
            return write(map);
        }
        ArrayNode list = stored instanceof ArrayNode a ? a.deepCopy() : NODES.arrayNode();
        list.set(row, setIn(list.get(row), field.columns().get(column), text));
        return write(list);
    }

    private Optional<EditCommand> setFixed(int row, String text) {
        JsonNode stored = form.value(field);
        Map<String, ObjectNode> declared = declaredHere();
        List<String> keys = new ArrayList<>(fixedKeys(declared, stored));
        String name = keys.get(row);
        ObjectNode map = NODES.objectNode();
        for (String k : keys) {
            JsonNode v = stored.get(k);
            if (k.equals(name)) {
                String type = declared.containsKey(k) ? declared.get(k).path("type").asText("String") : "String";
                v = text.isEmpty() ? null : FormValues.typed(type, text, true, name);
            }
            if (v != null) map.set(k, v);
        }
        return write(map.isEmpty() && field.isOptional() ? null : map);
    }

    private ObjectNode rename(ObjectNode map, String from, String to) {
        if (to.isEmpty()) throw new EditRefusedException(field.label() + ": a name is required");
        if (!to.equals(from) && keys(map).stream().anyMatch(k -> k.equalsIgnoreCase(to) && !k.equals(from))) {
            throw new EditRefusedException(field.label() + ": '" + to + "' is there already");
        }
        ObjectNode renamed = NODES.objectNode();
        map.properties().forEach(e -> renamed.set(e.getKey().equals(from) ? to : e.getKey(), e.getValue()));
        return renamed;
    }

    private static List<String> keys(ObjectNode map) {
        List<String> keys = new ArrayList<>();
        map.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    /** The row's entry with column {@code c} set from {@code text} (a list of strings: the new element). */
    private JsonNode setIn(JsonNode entry, Column c, String text) {
        if (c.path().isEmpty()) return value(entry, c, text);
        ObjectNode o = entry instanceof ObjectNode e ? e.deepCopy() : NODES.objectNode();
        putAt(o, c.path(), value(o, c, text));
        for (Column other : field.columns()) {
            if (c.path().equals(other.typeFrom())) { // the type changed: the typed value follows, or goes
                JsonNode old = o.at("/" + other.path());
                if (old.isMissingNode()) continue;
                try {
                    putAt(o, other.path(), value(o, other, FormValues.display(old)));
                } catch (EditRefusedException e) {
                    putAt(o, other.path(), null);
                }
            }
        }
        return o;
    }

    private JsonNode value(JsonNode entry, Column c, String text) {
        if (c.isChoice()) {
            return c.choices().stream().filter(ch -> ch.label().equals(text)).findFirst()
                    .orElseThrow(() -> new EditRefusedException(c.label() + ": choose one of "
                            + c.choices().stream().map(Choice::label).toList())).value();
        }
        if (c.typeFrom() != null) {
            if (text.isEmpty()) return null;
            String type = entry == null ? null : entry.at("/" + c.typeFrom()).asText(null);
            return FormValues.typed(type, text, c.value() != Field.Value.PLAIN, c.label());
        }
        return FormValues.text(text, c.value());
    }

    /** Sets (null: removes) the member at a '/'-separated path inside a row, creating objects on the way. */
    private void putAt(ObjectNode o, String path, JsonNode value) {
        String[] segments = path.split("/");
        ObjectNode node = o;
        for (int i = 0; i < segments.length - 1; i++) {
            JsonNode next = node.get(segments[i]);
            if (!(next instanceof ObjectNode)) {
                next = NODES.objectNode();
                KeyOrder.put(node, rowOrder(), segments[i], next);
            }
            node = (ObjectNode) next;
        }
        String last = segments[segments.length - 1];
        if (value == null) node.remove(last);
        else KeyOrder.put(node, segments.length == 1 ? rowOrder() : List.of(), last, value);
    }

    /** A row's members in the order of its template, then of the columns. */
    private List<String> rowOrder() {
        Set<String> order = new LinkedHashSet<>();
        if (field.rowTemplate() != null) field.rowTemplate().fieldNames().forEachRemaining(order::add);
        for (Column c : field.columns()) if (!c.isKey() && !c.path().isEmpty()) order.add(c.path().split("/")[0]);
        return List.copyOf(order);
    }

    Optional<EditCommand> addRow() {
        JsonNode stored = form.value(field);
        if (fixed()) return Optional.empty();
        JsonNode template = field.rowTemplate() == null ? NODES.textNode("") : field.rowTemplate().deepCopy();
        if (field.kind() == Field.Kind.ENTRIES) {
            ObjectNode map = stored instanceof ObjectNode o ? o.deepCopy() : NODES.objectNode();
            map.set(unused(field.newKey() == null ? "name" : field.newKey(), keys(map)), template);
            return write(map);
        }
        ArrayNode list = stored instanceof ArrayNode a ? a.deepCopy() : NODES.arrayNode();
        Column first = field.columns().get(0);
        if (field.kind() == Field.Kind.STRINGS) {
            List<String> present = new ArrayList<>();
            list.forEach(e -> present.add(e.asText()));
            String next = first.choices().stream().map(Choice::label).filter(l -> !present.contains(l)).findFirst()
                    .orElse(field.newKey() == null ? "" : unused(field.newKey(), present));
            list.add(NODES.textNode(next));
        } else {
            if (field.newKey() != null && template instanceof ObjectNode o) {
                List<String> present = new ArrayList<>();
                list.forEach(e -> present.add(e.at("/" + first.path()).asText()));
                putAt(o, first.path(), NODES.textNode(unused(field.newKey(), present)));
            }
            list.add(template);
        }
        return write(list);
    }

    private static String unused(String stem, List<String> taken) {
        Set<String> lower = new LinkedHashSet<>();
        taken.forEach(t -> lower.add(t.toLowerCase(Locale.ROOT)));
        for (int i = 1; ; i++) if (!lower.contains((stem + i).toLowerCase(Locale.ROOT))) return stem + i;
    }

    Optional<EditCommand> removeRow(int row) {
        if (row < 0 || row >= rows().size()) return Optional.empty();
        JsonNode stored = form.value(field);
        JsonNode rest;
        if (field.kind() == Field.Kind.ENTRIES) {
            ObjectNode map = stored instanceof ObjectNode o ? o.deepCopy() : NODES.objectNode();
            List<String> keys = fixed() ? new ArrayList<>(fixedKeys(declaredHere(), stored)) : keys(map);
            map.remove(keys.get(row));
            rest = map;
        } else {
            ArrayNode list = stored instanceof ArrayNode a ? a.deepCopy() : NODES.arrayNode();
            list.remove(row);
            rest = list;
        }
        return write(rest.isEmpty() && field.isOptional() ? null : rest);
    }

    private Optional<EditCommand> write(JsonNode collection) {
        return form.edit(field, collection);
    }
}
