package dev.pipewright.studio.hub.linkedservice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.manage.Deletion;
import dev.pipewright.core.manage.ResourceJsonEditor;
import dev.pipewright.core.manage.SecretFields;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.refs.Reference;
import dev.pipewright.core.refs.ReferenceGraph;
import dev.pipewright.runtime.connect.ConnectionResult;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.studio.connect.ConnectViewModel;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.studio.hub.CommandStack;
import dev.pipewright.studio.hub.DeleteCommand;
import dev.pipewright.studio.hub.FactorySaver;
import dev.pipewright.studio.hub.HubServices;
import dev.pipewright.studio.hub.ResourceCommand;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Manage › Linked services: the list (type, connectVia, related resources) and the code view of the selected or
 * new linked service with its connectVia picker; Apply checks as ADF does, moves typed SecureString values to
 * the secret store (where the runtime's connections read them) and saves through an undoable command; Test
 * connection runs the runtime's connections (studio.connect) in a cancellable task and says on which IR and in
 * which region it ran.
 */
public final class LinkedServicesViewModel {
    public static final String DEFAULT_RUNTIME = IntegrationRuntime.AUTO_RESOLVE;
    public final StringProperty json = new SimpleStringProperty(this, "json", "");
    private final ObservableList<String> runtimeChoices = FXCollections.observableArrayList(DEFAULT_RUNTIME);
    public final StringProperty connectVia = new SimpleStringProperty(this, "connectVia", DEFAULT_RUNTIME);
    private final ObservableList<LinkedServiceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper(this, "editing", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final HubServices services;
    private final CommandStack commands;
    private final FactorySaver saver;
    private final ConnectViewModel connect;
    private final LinkedServiceFormViewModel form = new LinkedServiceFormViewModel();
    private ManagedRuntimes runtimes;
    private boolean isNew;
    private boolean syncing;

    public LinkedServicesViewModel(HubServices services, CommandStack commands, FactorySaver saver) {
        this.services = services;
        this.commands = commands;
        this.saver = saver;
        this.connect = new ConnectViewModel(this::connections, services.executor());
        connectVia.addListener((obs, old, now) -> rewriteConnectVia(now));
        // A test result belongs to the linked service and the draft it tested.
        editing.addListener((obs, old, now) -> connect.reset());
        json.addListener((obs, old, now) -> {
            if (!connect.runningProperty().get()) connect.reset();
        });
        form.onChange(this::formChanged);
        json.addListener((obs, old, now) -> codeChanged(now));
    }

    /** The form tab, two-way with the code view: a change in either shows in the other. */
    public LinkedServiceFormViewModel form() {
        return form;
    }

    private ObjectNode parsed(String text) {
        var p = JsonReader.read(text == null ? "" : text, null);
        return !p.hasErrors() && p.root() instanceof ObjectNode o && o.get("properties") instanceof ObjectNode ? o : null;
    }

    /** The form changed: write it into the code view's JSON (when that parses). */
    private void formChanged() {
        if (syncing) return;
        ObjectNode o = parsed(json.get());
        if (o == null) return;
        form.writeInto(o);
        String text = AdfJsonWriter.pretty(o);
        if (text.equals(json.get())) return;
        syncing = true;
        try {
            json.set(text);
        } finally {
            syncing = false;
        }
    }

    /** The code view changed: show the JSON in the form (when it parses). */
    private void codeChanged(String text) {
        if (syncing) return;
        ObjectNode o = parsed(text);
        if (o == null) return;
        syncing = true;
        try {
            form.load(o, false);
            String via = o.path("properties").path("connectVia").path("referenceName").asText(DEFAULT_RUNTIME);
            if (!via.equals(connectVia.get())) connectVia.set(via);
        } finally {
            syncing = false;
        }
    }

    public void show(ManagedRuntimes runtimes) {
        this.runtimes = runtimes;
        editing.set("");
        json.set("");
        problems.clear();
        refresh();
    }

    private Factory factory() {
        return runtimes.factory();
    }

    public void refresh() {
        rows.clear();
        refreshRuntimeChoices();
        if (runtimes == null) return;
        ReferenceGraph graph = ReferenceGraph.of(factory());
        for (LinkedService ls : LinkedService.all(factory())) {
            List<String> users = graph.usedBy(ls.resource().id()).stream().map(Reference::from).map(ResourceId::toString).distinct().toList();
            rows.add(new LinkedServiceRow(ls.name(), ls.type(), ls.runtimeName(), users.isEmpty() ? "" : users.size() + ": " + String.join(", ", users)));
        }
    }

    /**
     * The IRs connectVia can name: the default, then the factory's Azure and self-hosted IRs. One list, changed only
     * when the runtimes change: replacing a combo box's items clears its value, which showed as a blank IR.
     */
    public ObservableList<String> runtimeChoices() {
        return runtimeChoices;
    }

    private void refreshRuntimeChoices() {
        List<String> list = new ArrayList<>(List.of(DEFAULT_RUNTIME));
        if (runtimes != null) {
            IntegrationRuntime.all(factory()).stream().filter(ir -> ir.kind() != IntegrationRuntime.Kind.AZURE_SSIS)
                    .filter(ir -> !ir.name().equalsIgnoreCase(DEFAULT_RUNTIME)).map(IntegrationRuntime::name).forEach(list::add);
        }
        if (!list.equals(runtimeChoices)) runtimeChoices.setAll(list);
    }

    /** Opens an existing linked service in the code view. */
    public void open(String name) {
        LinkedService ls = new LinkedService(factory().get(ResourceKind.LINKED_SERVICE, name).orElseThrow());
        isNew = false;
        form.clearTypedSecrets();
        refreshRuntimeChoices();
        editing.set(ls.name());
        json.set(ResourceJsonEditor.text(ls.resource()));
        connectVia.set(ls.runtimeName());
        problems.clear();
    }

    /** Starts a new linked service of {@code type} (ADF's "+ New" after choosing the data store). */
    /** The name ADF suggests for a new linked service of {@code type}: {@code AzureBlobStorage1}, the first number not taken. */
    public String suggestedName(String type) {
        return dev.pipewright.core.manage.ConnectorCatalog.suggestedName(type,
                n -> rows.stream().anyMatch(r -> r.name().equalsIgnoreCase(n)));
    }

    public void startNew(String name, String type) {
        isNew = true;
        form.clearTypedSecrets();
        refreshRuntimeChoices();
        editing.set(name);
        ObjectNode skeleton = ResourceJsonEditor.newLinkedService(name, type);
        syncing = true;
        try {
            json.set(AdfJsonWriter.pretty(skeleton));
            form.load(skeleton, true);
            connectVia.set(DEFAULT_RUNTIME);
        } finally {
            syncing = false;
        }
        formChanged();
        problems.clear();
    }

    private void rewriteConnectVia(String runtime) {
        if (syncing) return;
        var parsed = JsonReader.read(json.get() == null ? "" : json.get(), null);
        if (parsed.hasErrors() || !(parsed.root() instanceof ObjectNode o) || !(o.get("properties") instanceof ObjectNode)) return;
        ResourceJsonEditor.connectVia(o, runtime);
        String text = AdfJsonWriter.pretty(o);
        if (!text.equals(json.get())) json.set(text);
    }

    /** The code view checked as ADF would and the form's findings; the tree when nothing refuses it, else null. */
    private ObjectNode checked() {
        String name = editing.get();
        ResourceJsonEditor.Result result = ResourceJsonEditor.check(factory(), ResourceKind.LINKED_SERVICE, name, !isNew, json.get());
        List<String> found = new ArrayList<>(result.problems().stream().map(Problem::toString).toList());
        if (result.json() != null) {
            ObjectNode current = result.json();
            form.check(path -> kept(current, name, path)).forEach(p -> found.add(p.toString()));
        }
        problems.setAll(found);
        return result.ok() && found.size() == result.problems().size() ? result.json() : null;
    }

    /** Checks and saves the code view. False, with the findings in {@link #problems()}, when refused. */
    public boolean apply() {
        String name = editing.get();
        ObjectNode checkedJson = checked();
        if (checkedJson == null) return false;
        ResourceJsonEditor.Result result = new ResourceJsonEditor.Result(checkedJson, List.of());
        Map<String, String> secrets = new java.util.LinkedHashMap<>(SecretFields.mask(result.json()));
        secrets.putAll(form.writeInto(result.json().deepCopy()));
        if (!secrets.isEmpty() && !services.isUnlocked()) {
            problems.add(0, "Unlock the local secret store first: SecureString values go there, the file keeps ADF's masked value.");
            return false;
        }
        secrets.forEach((path, value) -> services.secrets().put(key(name, path), value));
        ObjectNode before = factory().get(ResourceKind.LINKED_SERVICE, name).map(r -> r.json().deepCopy()).orElse(null);
        commands.execute(new ResourceCommand(factory(), saver, ResourceKind.LINKED_SERVICE, name, before, result.json(),
                (isNew ? "Create" : "Edit") + " linked service " + name));
        isNew = false;
        form.clearTypedSecrets();
        json.set(AdfJsonWriter.pretty(result.json()));
        refresh();
        return true;
    }

    /** Whether a secret is kept already: the file has ADF's SecureString or encrypted credential, or the store has it. */
    private boolean kept(ObjectNode current, String name, String path) {
        var tp = current.path("properties").path("typeProperties");
        String property = path.substring(path.indexOf('.') + 1);
        if ("SecureString".equals(tp.path(property).path("type").asText()) || tp.has("encryptedCredential")) return true;
        return services.isUnlocked() && services.secrets().contains(key(name, path));
    }

    /**
     * Deletes a linked service as ADF does: refused while datasets, pipelines, other linked services or IRs reference
     * it (the referrers in {@link #messageProperty()}); its secrets leave the store with it and come back on undo.
     */
    public boolean delete(String name) {
        ResourceId id = ResourceId.of(ResourceKind.LINKED_SERVICE, name);
        var refusal = Deletion.refusal(factory(), id);
        if (refusal.isPresent()) {
            message.set(refusal.get().message());
            return false;
        }
        commands.execute(new DeleteCommand(factory(), saver, id, services.isUnlocked() ? services.secrets() : null, runtimes.scope(), null));
        message.set(commands.lastActionProperty().get());
        if (editing.get().equalsIgnoreCase(name)) {
            editing.set("");
            json.set("");
        }
        refresh();
        return true;
    }

    /** The factory's Azure Key Vault linked services, for secrets kept in Key Vault. */
    public List<String> keyVaults() {
        return runtimes == null ? List.of() : LinkedService.all(factory()).stream().filter(ls -> ls.type().equals("AzureKeyVault"))
                .map(LinkedService::name).toList();
    }

    /** The factory's credentials, for user-assigned managed identity authentication. */
    public List<String> credentials() {
        return runtimes == null ? List.of() : dev.pipewright.core.model.Credential.all(factory()).stream()
                .map(dev.pipewright.core.model.Credential::name).toList();
    }

    /** The outcome of the last delete (or why it was refused). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private SecretKey key(String name, String path) {
        return new SecretKey(runtimes.scope(), "linkedService/" + name, path);
    }

    private Connections connections() {
        return connections(factory());
    }

    /** The runtime's connections for {@code of} and the active profile (stand-ins, unlocked secret store). */
    private Connections connections(Factory of) {
        return services.connections(of);
    }

    /**
     * Test connection of the linked service as the form and code view have it now, before Apply (as ADF tests before
     * it creates): a cancellable task through the runtime, on a copy of the factory holding the draft, with the
     * secrets typed but not stored yet; nothing is saved. Null, with the findings in {@link #problems()}, when the
     * draft is refused.
     */
    public Task<ConnectionResult> test() {
        String name = editing.get();
        ObjectNode draft = checked();
        if (draft == null) return null;
        Map<String, String> typed = form.writeInto(draft.deepCopy());
        Factory probe = ResourceJsonEditor.probe(factory(), ResourceKind.LINKED_SERVICE, draft);
        return connect.testConnection(name, () -> connections(probe).withUnsavedSecrets(name, typed));
    }

    /** Progress, result, Cancel and problems of Test connection. */
    public ConnectViewModel connect() {
        return connect;
    }

    public ObservableList<LinkedServiceRow> rows() {
        return rows;
    }

    public ObservableList<String> problems() {
        return problems;
    }

    /** The name of the linked service in the code view, empty when none. */
    public ReadOnlyStringProperty editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public boolean isNew() {
        return isNew;
    }
}
