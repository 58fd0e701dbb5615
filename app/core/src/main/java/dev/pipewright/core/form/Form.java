package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.KeyOrder;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Field specs bound to one object of a resource: an activity of a pipeline (by its JSON pointer) or the
 * pipeline's root. It reads what each field shows and turns typed text into one undoable
 * {@link SetFieldsCommand} — empty when nothing would change, {@link EditRefusedException} with a message when
 * the value does not fit (nothing is changed then). No JavaFX: the studio's view models and tests use it alike.
 */
public final class Form {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Factory factory;
    private final Resource resource;
    private final String base;
    private final KeyOrder order;

    /** @param base the JSON pointer of the edited object ({@code ""}: the resource's root) */
    public Form(Factory factory, Resource resource, String base, KeyOrder order) {
        this.factory = factory;
        this.resource = resource;
        this.base = base;
        this.order = order;
    }

    /** The form of the activity at {@code pointer} in {@code pipeline}: ADF's tabs for its type. */
    public static Form activity(Factory factory, Resource pipeline, String pointer) {
        String type = pipeline.json().at(pointer).path("type").asText();
        return new Form(factory, pipeline, pointer, ActivityForms.order(type));
    }

    /** The pipeline-level form (parameters, variables, settings). */
    public static Form pipeline(Factory factory, Resource pipeline) {
        return new Form(factory, pipeline, "", PipelineForm.ORDER);
    }

    public Factory factory() {
        return factory;
    }

    public Resource resource() {
        return resource;
    }

    /** The edited object as it is now. */
    public JsonNode target() {
        return resource.json().at(base);
    }

    /** The stored value of a field (missing node when absent). */
    public JsonNode value(Field field) {
        return at(field.path());
    }

    JsonNode at(String path) {
        return target().at("/" + path);
    }

    public boolean shown(Field field) {
        return field.isShown(target());
    }

    /** Whether the field holds an expression (shown in the expression style). */
    public boolean isExpression(Field field) {
        return FormValues.isExpression(value(field));
    }

    /** The text a field shows. */
    public String text(Field field) {
        JsonNode v = value(field);
        return switch (field.kind()) {
            case CHOICE -> choiceLabel(field, v);
            case REFERENCE -> v.path("referenceName").isTextual() ? v.path("referenceName").asText() : FormValues.display(v.path("referenceName"));
            default -> FormValues.display(v);
        };
    }

    private static String choiceLabel(Field field, JsonNode v) {
        for (Choice c : field.choices()) {
            if (c.value() == null ? v.isMissingNode() : c.value().equals(v)) return c.label();
        }
        for (Choice c : field.choices()) {
            if (c.value() != null && c.value().isTextual() && c.value().asText().equalsIgnoreCase(v.asText(null))) return c.label();
        }
        return FormValues.display(v);
    }

    public boolean checked(Field field) {
        JsonNode v = value(field);
        return v.isMissingNode() ? field.isDefaultOn() : v.asBoolean();
    }

    /** What a choice, reference or variable field offers. */
    public List<String> options(Field field) {
        return switch (field.kind()) {
            case CHOICE -> field.choices().stream().map(Choice::label).toList();
            case REFERENCE -> resources(field);
            case VARIABLE -> variables(field);
            default -> field.isTable() && !field.columns().isEmpty() ? field.columns().get(0).choices().stream().map(Choice::label).toList() : List.of();
        };
    }

    private List<String> resources(Field field) {
        return factory.resources(field.resource()).stream()
                .filter(r -> field.resourceTypes().isEmpty() || field.resourceTypes().contains(r.type()))
                .filter(r -> !(r.kind() == ResourceKind.PIPELINE && r.name().equals(resource.name())))
                .map(Resource::name).sorted(Comparator.comparing((String s) -> s.toLowerCase(Locale.ROOT))).toList();
    }

    private List<String> variables(Field field) {
        List<String> names = new ArrayList<>();
        resource.json().path("properties").path("variables").properties().forEach(e -> {
            String type = e.getValue().path("type").asText("");
            if (field.variableTypes().isEmpty() || field.variableTypes().stream().anyMatch(type::equalsIgnoreCase)) names.add(e.getKey());
        });
        return names;
    }

    /** The resource a reference at {@code path} names, if it is in the factory. */
    public Optional<Resource> referenced(String path, ResourceKind kind) {
        JsonNode name = at(path).path("referenceName");
        return name.isTextual() ? factory.get(kind, name.asText()) : Optional.empty();
    }

    // ---- edits ----

    /** The edit that gives {@code field} the typed {@code text}; empty when it holds that already. */
    public Optional<EditCommand> set(Field field, String text) {
        JsonNode current = value(field);
        if (!current.isMissingNode() && text.equals(text(field))) return Optional.empty();
        return edit(field, valueOf(field, text));
    }

    /** The JSON that typed {@code text} gives the field (null: the member is removed); refuses what does not fit. */
    public JsonNode valueOf(Field field, String text) {
        return switch (field.kind()) {
            case TEXT, MULTILINE, VARIABLE -> textValue(field, text);
            case INT -> text.isBlank() ? emptyValue(field) : FormValues.integer(text, field.min(), field.max(), field.value() != Field.Value.PLAIN, field.label());
            case CHOICE -> field.choices().stream().filter(c -> c.label().equals(text)).findFirst()
                    .orElseThrow(() -> new EditRefusedException(field.label() + ": choose one of " + options(field))).value();
            case REFERENCE -> reference(field, text);
            case BOOL -> NODES.booleanNode(Boolean.parseBoolean(text));
            default -> throw new IllegalArgumentException("Tables are edited by row: " + field);
        };
    }

    /** The edit that ticks or unticks a check box. */
    public Optional<EditCommand> check(Field field, boolean on) {
        return edit(field, on || !field.isOffRemoves() ? NODES.booleanNode(on) : null);
    }

    private JsonNode textValue(Field field, String text) {
        if (text.isEmpty()) return emptyValue(field);
        if (field.pattern() != null && !FormValues.looksLikeExpression(text) && !Pattern.matches(field.pattern(), text.strip())) {
            throw new EditRefusedException(field.label() + ": " + field.patternHint() + ", not '" + text + "'");
        }
        if (field.typedByVariable() != null) {
            String name = at(field.typedByVariable()).asText("");
            String type = resource.json().path("properties").path("variables").path(name).path("type").asText("String");
            return FormValues.typed(type, text, true, field.label());
        }
        return FormValues.text(text, field.value());
    }

    private JsonNode emptyValue(Field field) {
        if (field.isOptional()) return null;
        if (field.kind() == Field.Kind.INT) throw new EditRefusedException(field.label() + ": " + FormValues.rangeText(field.min(), field.max()));
        return FormValues.text("", field.value());
    }

    private JsonNode reference(Field field, String name) {
        if (name.isBlank()) return emptyValue(field);
        Resource target = factory.get(field.resource(), name.strip())
                .orElseThrow(() -> new EditRefusedException("There is no " + field.resource().displayName() + " named '" + name.strip() + "'"));
        ObjectNode ref = NODES.objectNode();
        ref.put("referenceName", target.name());
        ref.put("type", field.resource().referenceType());
        JsonNode old = value(field).path("parameters");
        ObjectNode kept = NODES.objectNode();
        Map<String, ObjectNode> declared = TableEdits.declared(target);
        old.properties().forEach(e -> {
            if (declared.containsKey(e.getKey())) kept.set(e.getKey(), e.getValue());
        });
        if (!kept.isEmpty()) ref.set("parameters", kept);
        return ref;
    }

    /** One edit setting the field (null: removing it), with its follow-ups and missing parents. */
    Optional<EditCommand> edit(Field field, JsonNode value) {
        List<Change> changes = new ArrayList<>();
        JsonNode current = value(field);
        boolean same = value == null ? current.isMissingNode() : value.equals(current);
        if (value != null) parents(field, changes);
        changes.add(new Change(field.path(), value));
        if (field.followUp() != null) changes.addAll(field.followUp().after(this, target(), value));
        if (same && changes.size() == 1) return Optional.empty();
        if (!changesAnything(changes)) return Optional.empty();
        return Optional.of(new SetFieldsCommand(resource, base, changes, order, "Set " + field.label()));
    }

    void parents(Field field, List<Change> changes) {
        field.parents().forEach((path, template) -> {
            if (at(path).isMissingNode()) changes.add(new Change(path, template.deepCopy()));
        });
    }

    private boolean changesAnything(List<Change> changes) {
        ObjectNode copy = resource.json().deepCopy();
        Resource scratch = Resource.create(resource.kind(), copy);
        try {
            new SetFieldsCommand(scratch, base, changes, order, "").execute();
            return true;
        } catch (EditRefusedException e) {
            if (e.getMessage().equals("The value is unchanged")) return false;
            throw e;
        }
    }

    // ---- tables ----

    public List<TableEdits.Row> rows(Field field) {
        return new TableEdits(this, field).rows();
    }

    public Optional<EditCommand> setCell(Field field, int row, int column, String text) {
        return new TableEdits(this, field).setCell(row, column, text);
    }

    public Optional<EditCommand> addRow(Field field) {
        return new TableEdits(this, field).addRow();
    }

    public Optional<EditCommand> removeRow(Field field, int row) {
        return new TableEdits(this, field).removeRow(row);
    }

    /** The headers of a table's columns. */
    public List<String> headers(Field field) {
        return new TableEdits(this, field).headers();
    }
}
