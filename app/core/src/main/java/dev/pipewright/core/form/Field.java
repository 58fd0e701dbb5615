package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.ResourceKind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What one field of a properties form edits: its label, its JSON path below the edited object (an activity,
 * or a pipeline's root), its kind and the rules of its values. Specs are built once, with the fluent methods
 * below, by {@link ActivityForms} and {@link PipelineForm}; a {@link Form} binds them to a resource.
 */
public final class Field {
    /** What the control is. */
    public enum Kind {
        /** One line of text. */
        TEXT,
        /** Several lines (a query, a body, a script). */
        MULTILINE,
        /** A whole number in a range. */
        INT,
        /** A check box. */
        BOOL,
        /** One of fixed options. */
        CHOICE,
        /** A factory resource picked by name ({@code {"referenceName", "type"}}). */
        REFERENCE,
        /** A variable of the pipeline picked by name. */
        VARIABLE,
        /** A list of strings, one row each. */
        STRINGS,
        /** An object whose members are rows (parameters, headers): the first column is the member name. */
        ENTRIES,
        /** A list of objects, one row each (Switch cases, scripts, column mappings). */
        ROWS
    }

    /** How text becomes JSON. */
    public enum Value {
        /** A plain JSON string (or number, for numbers). */
        PLAIN,
        /** A plain value, or {@code {"value": "@…", "type": "Expression"}} for text that is an expression. */
        DYNAMIC,
        /** Always an expression object, whatever the text (ForEach items, If expression …). */
        EXPRESSION
    }

    private final String key;
    private final String label;
    private final Kind kind;
    private final String path;
    private Value value = Value.PLAIN;
    private Integer min;
    private Integer max;
    private List<Choice> choices = List.of();
    private ResourceKind resource;
    private Set<String> resourceTypes = Set.of();
    private Set<String> variableTypes = Set.of();
    private List<Column> columns = List.of();
    private String keysFrom;
    private String newKey;
    private JsonNode rowTemplate;
    private final Map<String, ObjectNode> parents = new LinkedHashMap<>();
    private boolean optional;
    private boolean defaultOn;
    private boolean offRemoves;
    private String pattern;
    private String patternHint;
    private String hint = "";
    private String preview;
    private Predicate<JsonNode> shownWhen = o -> true;
    private Follow follow;
    private String typedByVariable;

    private Field(String key, String label, Kind kind, String path) {
        this.key = key;
        this.label = label;
        this.kind = kind;
        this.path = path;
    }

    public static Field of(Kind kind, String key, String label, String path) {
        return new Field(key, label, kind, path);
    }

    public static Field text(String key, String label, String path) {
        return new Field(key, label, Kind.TEXT, path);
    }

    public static Field multiline(String key, String label, String path) {
        return new Field(key, label, Kind.MULTILINE, path);
    }

    public static Field integer(String key, String label, String path, Integer min, Integer max) {
        Field f = new Field(key, label, Kind.INT, path);
        f.min = min;
        f.max = max;
        return f;
    }

    public static Field bool(String key, String label, String path) {
        return new Field(key, label, Kind.BOOL, path);
    }

    public static Field choice(String key, String label, String path, List<Choice> choices) {
        Field f = new Field(key, label, Kind.CHOICE, path);
        f.choices = List.copyOf(choices);
        return f;
    }

    public static Field reference(String key, String label, String path, ResourceKind kind, String... types) {
        Field f = new Field(key, label, Kind.REFERENCE, path);
        f.resource = kind;
        f.resourceTypes = Set.of(types);
        return f;
    }

    public static Field variable(String key, String label, String path, String... types) {
        Field f = new Field(key, label, Kind.VARIABLE, path);
        f.variableTypes = Set.of(types);
        return f;
    }

    /** A table: {@link Kind#STRINGS}, {@link Kind#ENTRIES} or {@link Kind#ROWS}. */
    public static Field table(Kind kind, String key, String label, String path, Column... columns) {
        Field f = new Field(key, label, kind, path);
        f.columns = List.of(columns);
        return f;
    }

    // ---- fluent rules (used while the specs are built) ----

    public Field dynamic() {
        value = Value.DYNAMIC;
        return this;
    }

    public Field expression() {
        value = Value.EXPRESSION;
        return this;
    }

    /** Empty text removes the member (instead of writing ""). */
    public Field optional() {
        optional = true;
        return this;
    }

    /** A check box's state when the member is absent. */
    public Field defaultOn() {
        defaultOn = true;
        return this;
    }

    /** Unticking removes the member (ADF writes only {@code true}). */
    public Field offRemoves() {
        offRemoves = true;
        return this;
    }

    public Field pattern(String regex, String hint) {
        pattern = regex;
        patternHint = hint;
        return this;
    }

    public Field hint(String text) {
        hint = text;
        return this;
    }

    public Field shownWhen(Predicate<JsonNode> condition) {
        shownWhen = condition;
        return this;
    }

    public Field follow(Follow consequence) {
        follow = consequence;
        return this;
    }

    /** The value's JSON type is the type of the pipeline variable named at {@code variablePath} (Set variable). */
    public Field typedByVariable(String variablePath) {
        typedByVariable = variablePath;
        return this;
    }

    /** A missing object at {@code parentPath} is created as a copy of {@code template} (a translator's type …). */
    public Field parent(String parentPath, ObjectNode template) {
        parents.put(parentPath, template);
        return this;
    }

    /** The rows of an object table are the parameters declared by the resource referenced at {@code referencePath}. */
    public Field keysFrom(String referencePath) {
        keysFrom = referencePath;
        return this;
    }

    /** A new row: {@code template} (copied), its name or first column {@code stem1}, {@code stem2} … */
    public Field newRow(String stem, JsonNode template) {
        newKey = stem;
        rowTemplate = template;
        return this;
    }

    /** A "Preview data" button with this id beside the picker. */
    public Field preview(String buttonId) {
        preview = buttonId;
        return this;
    }

    // ---- reads ----

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The JSON path below the edited object, segments separated by '/', e.g. {@code typeProperties/batchCount}. */
    public String path() {
        return path;
    }

    public Value value() {
        return value;
    }

    public Integer min() {
        return min;
    }

    public Integer max() {
        return max;
    }

    public List<Choice> choices() {
        return choices;
    }

    public ResourceKind resource() {
        return resource;
    }

    /** For references: the resource types offered (empty: all). */
    public Set<String> resourceTypes() {
        return resourceTypes;
    }

    /** For variable pickers: the variable types offered (empty: all). */
    public Set<String> variableTypes() {
        return variableTypes;
    }

    public List<Column> columns() {
        return columns;
    }

    public String keysFrom() {
        return keysFrom;
    }

    public String newKey() {
        return newKey;
    }

    public JsonNode rowTemplate() {
        return rowTemplate;
    }

    public Map<String, ObjectNode> parents() {
        return parents;
    }

    public boolean isOptional() {
        return optional;
    }

    public boolean isDefaultOn() {
        return defaultOn;
    }

    public boolean isOffRemoves() {
        return offRemoves;
    }

    public String pattern() {
        return pattern;
    }

    public String patternHint() {
        return patternHint;
    }

    public String hint() {
        return hint;
    }

    public String previewButton() {
        return preview;
    }

    public boolean isShown(JsonNode target) {
        return shownWhen.test(target);
    }

    public Follow followUp() {
        return follow;
    }

    public String typedByVariable() {
        return typedByVariable;
    }

    public boolean isTable() {
        return kind == Kind.STRINGS || kind == Kind.ENTRIES || kind == Kind.ROWS;
    }

    @Override
    public String toString() {
        return key + " (" + kind + " " + path + ")";
    }
}
