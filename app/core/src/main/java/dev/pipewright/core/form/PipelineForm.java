package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.edit.KeyOrder;

import java.util.List;

/**
 * The pipeline's own tabs, shown when no activity is selected: Parameters (name, type, default value),
 * Variables (name, type, default value) and Settings (concurrency, description, folder, annotations). Types are
 * written as ADF's git integration writes them: parameter types in lower case ({@code string}, {@code int},
 * {@code securestring}: 99 % of the corpus), variable types capitalised ({@code String}, {@code Boolean},
 * {@code Array}).
 */
public final class PipelineForm {
    /** ADF's order of a pipeline's members and of its properties. */
    public static final KeyOrder ORDER = new KeyOrder()
            .at("", "name", "properties")
            .at("properties", "description", "activities", "concurrency", "policy", "parameters", "variables", "folder", "annotations",
                    "lastPublishTime")
            .at("properties/folder", "name");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Choice> PARAMETER_TYPES = List.of(Choice.of("String", "string"), Choice.of("Int", "int"),
            Choice.of("Float", "float"), Choice.of("Bool", "bool"), Choice.of("Array", "array"), Choice.of("Object", "object"),
            Choice.of("SecureString", "securestring"));
    private static final List<Choice> VARIABLE_TYPES = Choice.texts("String", "Boolean", "Array");

    public static final Field PARAMETERS = Field.table(Field.Kind.ENTRIES, "pipeline-parameters", "Parameters", "properties/parameters",
                    Column.key("Name"), Column.choice("Type", "type", PARAMETER_TYPES), Column.typed("Default value", "defaultValue", "type", Field.Value.PLAIN))
            .newRow("parameter", NODES.objectNode().put("type", "string")).optional();
    public static final Field VARIABLES = Field.table(Field.Kind.ENTRIES, "pipeline-variables", "Variables", "properties/variables",
                    Column.key("Name"), Column.choice("Type", "type", VARIABLE_TYPES), Column.typed("Default value", "defaultValue", "type", Field.Value.PLAIN))
            .newRow("variable", NODES.objectNode().put("type", "String")).optional();
    public static final Field CONCURRENCY = Field.integer("concurrency", "Concurrency", "properties/concurrency", 1, null).optional()
            .hint("No limit");
    public static final Field DESCRIPTION = Field.multiline("pipeline-description", "Description", "properties/description").optional();
    public static final Field FOLDER = Field.text("folder", "Folder", "properties/folder/name").optional().hint("e.g. Sales/Daily");
    public static final Field ANNOTATIONS = Field.table(Field.Kind.STRINGS, "annotations", "Annotations", "properties/annotations",
            Column.text("Annotation", Column.SELF, Field.Value.PLAIN)).newRow("annotation", null);

    private PipelineForm() {
    }

    public static List<FormTab> tabs() {
        return List.of(new FormTab("Parameters", List.of(PARAMETERS)), new FormTab("Variables", List.of(VARIABLES)),
                new FormTab("Settings", List.of(CONCURRENCY, DESCRIPTION, FOLDER, ANNOTATIONS)));
    }
}
