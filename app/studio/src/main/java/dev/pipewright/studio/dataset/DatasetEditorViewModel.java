package dev.pipewright.studio.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.SetPropertyCommand;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.ir.OrderedJson;
import dev.pipewright.core.manage.DatasetField;
import dev.pipewright.core.manage.DatasetShapes;
import dev.pipewright.core.model.Dataset;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.connect.PreviewResult;
import dev.pipewright.studio.code.CodeViewModel;
import dev.pipewright.studio.connect.ConnectViewModel;
import dev.pipewright.studio.editor.ResourceEditorViewModel;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;

/**
 * ADF's dataset view for one dataset: the Connection tab (linked service, location, format settings, or a table's
 * schema and name), the Schema tab (with Import schema from a preview), the Parameters tab and the two-way code view.
 * Every edit is one undoable command on the editor's history. Test connection and Preview data run through
 * {@link ConnectViewModel} on a snapshot of the factory taken on the JavaFX thread (progress, Cancel, the IR and
 * region used).
 */
public final class DatasetEditorViewModel extends ResourceEditorViewModel {
    /** One row of the Schema tab. */
    public record SchemaRow(String name, String type) {
    }

    /** One row of the Parameters tab. */
    public record ParameterRow(String name, String type, String defaultValue) {
    }

    public static final List<String> PARAMETER_TYPES = List.of("string", "int", "float", "bool", "array", "object", "secureString");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final CodeViewModel code;
    private final ConnectViewModel connect;
    private final Runnable newLinkedService;
    private final ObservableList<String> linkedServices = FXCollections.observableArrayList();
    private final ObservableList<SchemaRow> schema = FXCollections.observableArrayList();
    private final ObservableList<ParameterRow> parameters = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper revision = new ReadOnlyIntegerWrapper(this, "revision");
    private volatile Factory snapshot;

    /**
     * @param connections      the runtime's connections for a factory (the active profile's stand-ins and the secret store)
     * @param newLinkedService what "New" beside the linked service does (opens Manage › Linked services)
     */
    public DatasetEditorViewModel(Factory factory, Resource dataset, Executor executor, Function<Factory, Connections> connections,
                                  Runnable newLinkedService) {
        super(factory, dataset, executor);
        this.code = new CodeViewModel(dataset, stack());
        followCode(this.code);
        this.connect = new ConnectViewModel(() -> connections.apply(snapshot), executor);
        this.newLinkedService = newLinkedService;
        stack().addListener(this::reload);
        reload();
    }

    /** Reads the form's lists again from the model (after every edit, undo and redo). */
    public void reload() {
        refreshLinkedServices();
        ObjectNode p = resource().properties();
        JsonNode list = p.has("schema") ? p.get("schema") : p.path("structure");
        List<SchemaRow> rows = new ArrayList<>();
        if (list.isArray()) for (JsonNode c : list) rows.add(new SchemaRow(c.path("name").asText(""), c.path("type").asText("")));
        schema.setAll(rows);
        List<ParameterRow> params = new ArrayList<>();
        new Dataset(resource()).parameters().forEach((name, spec) -> params.add(new ParameterRow(name, spec.path("type").asText("string"),
                spec.has("defaultValue") ? DatasetShapes.textOf(spec.get("defaultValue")) : "")));
        parameters.setAll(params);
        revision.set(revision.get() + 1);
    }

    /** The factory's linked services that can hold this dataset's type (and the one it names, whatever it is). */
    public void refreshLinkedServices() {
        List<String> types = DatasetShapes.linkedServiceTypesFor(type());
        List<String> names = new ArrayList<>();
        for (LinkedService ls : LinkedService.all(factory())) {
            if (types.isEmpty() || types.contains(ls.type()) || ls.name().equalsIgnoreCase(linkedService())) names.add(ls.name());
        }
        if (!linkedServices.equals(names)) linkedServices.setAll(names);
    }

    public String type() {
        return resource().type();
    }

    public String locationType() {
        return DatasetShapes.locationType(resource().json()).orElse("");
    }

    public String linkedService() {
        return new Dataset(resource()).linkedServiceName().orElse("");
    }

    /** The Connection tab's fields for the dataset's type and location as they are now. */
    public List<DatasetField> fields() {
        return DatasetField.forDataset(type(), locationType());
    }

    public String text(DatasetField field) {
        return field.text(resource().json());
    }

    /** Commits a field's text as one edit; false (with the reason in the status) when refused. Unchanged text is no edit. */
    public boolean set(DatasetField field, String text) {
        if (text(field).equals(text == null ? "" : text)) return true;
        JsonNode value = field.value(text);
        if (value == null && resource().json().at(field.pointer()).isMissingNode()) return true;
        return execute(new SetPropertyCommand(resource(), field.pointer(), value, field.order()));
    }

    /**
     * Points the dataset at another linked service. When that one's store has another location type (Blob → ADLS Gen2),
     * the location follows in the same edit: folder and file stay, the container becomes the file system.
     */
    public boolean setLinkedService(String name) {
        if (name == null || name.equals(linkedService())) return true;
        String lsType = factory().get(ResourceKind.LINKED_SERVICE, name).map(Resource::type).orElse("");
        return execute(new JsonEdit(resource(), "Linked service " + name, root -> {
            ObjectNode ref = NODES.objectNode().put("referenceName", name).put("type", "LinkedServiceReference");
            JsonNode old = root.path("properties").path("linkedServiceName");
            if (old.has("parameters")) ref.set("parameters", old.get("parameters"));
            ((ObjectNode) root.get("properties")).set("linkedServiceName", ref);
            String location = DatasetShapes.LOCATIONS.get(lsType);
            JsonNode loc = root.path("properties").path("typeProperties").path("location");
            if (location != null && loc instanceof ObjectNode l && !location.equals(l.path("type").asText())) {
                JsonNode store = l.has("container") ? l.get("container") : l.get("fileSystem");
                l.remove(List.of("container", "fileSystem", "relativeUrl"));
                l.put("type", location);
                String key = switch (location) {
                    case "AzureBlobStorageLocation" -> "container";
                    case "AzureBlobFSLocation" -> "fileSystem";
                    default -> null;
                };
                if (key != null && store != null) OrderedJson.put(l, DatasetShapes.LOCATION, key, store);
            }
        }));
    }

    /** "New" beside the linked service: ADF opens the new linked service pane; here Manage › Linked services. */
    public void newLinkedService() {
        newLinkedService.run();
    }

    /** Adds or replaces a dataset parameter (an empty default is none). */
    public boolean setParameter(String name, String type, String defaultValue) {
        if (name == null || name.isBlank()) {
            status("A parameter needs a name");
            return false;
        }
        ObjectNode spec = NODES.objectNode().put("type", type == null || type.isBlank() ? "string" : type);
        if (defaultValue != null && !defaultValue.isEmpty()) spec.set("defaultValue", parameterValue(spec.get("type").asText(), defaultValue));
        return execute(new JsonEdit(resource(), "Parameter " + name, root -> {
            ObjectNode p = (ObjectNode) root.get("properties");
            ObjectNode params = p.get("parameters") instanceof ObjectNode o ? o : NODES.objectNode();
            params.set(name.trim(), spec);
            OrderedJson.put(p, DatasetShapes.propertiesOrder(type()), "parameters", params);
        }));
    }

    private static JsonNode parameterValue(String type, String text) {
        try {
            return switch (type) {
                case "int" -> NODES.numberNode(Long.parseLong(text.trim()));
                case "float" -> NODES.numberNode(Double.parseDouble(text.trim()));
                case "bool" -> NODES.booleanNode(Boolean.parseBoolean(text.trim()));
                default -> NODES.textNode(text);
            };
        } catch (NumberFormatException e) {
            throw new EditRefusedException("'" + text + "' is not a " + type);
        }
    }

    public boolean removeParameter(String name) {
        boolean last = parameters.size() == 1;
        return execute(new JsonEdit(resource(), "Remove parameter " + name, root -> {
            ObjectNode p = (ObjectNode) root.get("properties");
            if (!(p.get("parameters") instanceof ObjectNode params) || params.remove(name) == null) {
                throw new EditRefusedException("There is no parameter " + name);
            }
            if (last) p.remove("parameters");
        }));
    }

    /** Parameters with no default value: Preview data asks for them. */
    public List<String> parametersWithoutDefault() {
        return parameters.stream().filter(p -> p.defaultValue().isEmpty()).map(ParameterRow::name).toList();
    }

    /** Test connection of the dataset's linked service. */
    public Task<?> testConnection() {
        takeSnapshot();
        return connect.testConnection(linkedService());
    }

    /** Preview data: the first 100 rows, with values for the parameters (text, as typed). */
    public Task<PreviewResult> preview(Map<String, String> parameterValues) {
        takeSnapshot();
        return connect.preview(resource().name(), Connections.DEFAULT_ROWS, parameterValues);
    }

    /** Whether Import schema can use the last preview: it showed columns, and ADF imports this type's schema as a list. */
    public boolean canImportSchema() {
        return !connect.columns().isEmpty() && ("DelimitedText".equals(type()) || DatasetShapes.isTable(type()));
    }

    /** Import schema: the last preview's columns become the dataset's schema (one edit). */
    public boolean importSchema() {
        if (!canImportSchema()) {
            status("Preview data first: Import schema takes the columns of the preview");
            return false;
        }
        ArrayNode list = NODES.arrayNode();
        for (Column c : connect.columns()) list.add(DatasetShapes.schemaEntry(type(), c.name(), c.type().name().toLowerCase(Locale.ROOT)));
        return execute(new SetPropertyCommand(resource(), "/properties/schema", list, DatasetShapes.propertiesOrder(type())));
    }

    /** Clears the schema (ADF's "Clear"). */
    public boolean clearSchema() {
        return execute(new SetPropertyCommand(resource(), "/properties/schema", NODES.arrayNode(), DatasetShapes.propertiesOrder(type())));
    }

    /**
     * A copy of what a connection reads (everything but pipelines, data flows and triggers), so the call never sees
     * the model change under it.
     */
    private void takeSnapshot() {
        Factory copy = new Factory(factory().root());
        for (Resource r : factory().resources()) {
            if (r.kind() == ResourceKind.PIPELINE || r.kind() == ResourceKind.DATA_FLOW || r.kind() == ResourceKind.TRIGGER) continue;
            copy.add(Resource.create(r.kind(), r.json().deepCopy()));
        }
        snapshot = copy;
    }

    /** Parameter values for a preview from typed text, in the order asked. */
    public static Map<String, String> values(List<String> names, List<String> texts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) map.put(names.get(i), texts.get(i));
        return map;
    }

    public CodeViewModel code() {
        return code;
    }

    public ConnectViewModel connect() {
        return connect;
    }

    public ObservableList<String> linkedServices() {
        return linkedServices;
    }

    public ObservableList<SchemaRow> schema() {
        return schema;
    }

    public ObservableList<ParameterRow> parameters() {
        return parameters;
    }

    /** Changes with every edit, undo and redo: the form reads its fields again. */
    public ReadOnlyIntegerProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
