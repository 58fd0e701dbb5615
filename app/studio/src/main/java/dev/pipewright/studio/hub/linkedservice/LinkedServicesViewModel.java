package dev.pipewright.studio.hub.linkedservice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
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
    public final StringProperty connectVia = new SimpleStringProperty(this, "connectVia", DEFAULT_RUNTIME);
    private final ObservableList<LinkedServiceRow> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper editing = new ReadOnlyStringWrapper(this, "editing", "");
    private final HubServices services;
    private final CommandStack commands;
    private final FactorySaver saver;
    private final ConnectViewModel connect;
    private ManagedRuntimes runtimes;
    private boolean isNew;

    public LinkedServicesViewModel(HubServices services, CommandStack commands, FactorySaver saver) {
        this.services = services;
        this.commands = commands;
        this.saver = saver;
        this.connect = new ConnectViewModel(this::connections, services.executor());
        connectVia.addListener((obs, old, now) -> rewriteConnectVia(now));
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
        if (runtimes == null) return;
        ReferenceGraph graph = ReferenceGraph.of(factory());
        for (LinkedService ls : LinkedService.all(factory())) {
            List<String> users = graph.usedBy(ls.resource().id()).stream().map(Reference::from).map(ResourceId::toString).distinct().toList();
            rows.add(new LinkedServiceRow(ls.name(), ls.type(), ls.runtimeName(), users.isEmpty() ? "" : users.size() + ": " + String.join(", ", users)));
        }
    }

    /** The IRs connectVia can name: the default, then the factory's Azure and self-hosted IRs. */
    public List<String> runtimeChoices() {
        List<String> list = new ArrayList<>(List.of(DEFAULT_RUNTIME));
        if (runtimes != null) {
            IntegrationRuntime.all(factory()).stream().filter(ir -> ir.kind() != IntegrationRuntime.Kind.AZURE_SSIS)
                    .filter(ir -> !ir.name().equalsIgnoreCase(DEFAULT_RUNTIME)).map(IntegrationRuntime::name).forEach(list::add);
        }
        return list;
    }

    /** Opens an existing linked service in the code view. */
    public void open(String name) {
        LinkedService ls = new LinkedService(factory().get(ResourceKind.LINKED_SERVICE, name).orElseThrow());
        isNew = false;
        editing.set(ls.name());
        json.set(ResourceJsonEditor.text(ls.resource()));
        connectVia.set(ls.runtimeName());
        problems.clear();
    }

    /** Starts a new linked service of {@code type} (ADF's "+ New" after choosing the data store). */
    public void startNew(String name, String type) {
        isNew = true;
        editing.set(name);
        json.set(AdfJsonWriter.pretty(ResourceJsonEditor.newLinkedService(name, type)));
        connectVia.set(DEFAULT_RUNTIME);
        problems.clear();
    }

    private void rewriteConnectVia(String runtime) {
        var parsed = JsonReader.read(json.get() == null ? "" : json.get(), null);
        if (parsed.hasErrors() || !(parsed.root() instanceof ObjectNode o) || !(o.get("properties") instanceof ObjectNode)) return;
        ResourceJsonEditor.connectVia(o, runtime);
        String text = AdfJsonWriter.pretty(o);
        if (!text.equals(json.get())) json.set(text);
    }

    /** Checks and saves the code view. False, with the findings in {@link #problems()}, when refused. */
    public boolean apply() {
        String name = editing.get();
        ResourceJsonEditor.Result result = ResourceJsonEditor.check(factory(), ResourceKind.LINKED_SERVICE, name, !isNew, json.get());
        problems.setAll(result.problems().stream().map(Problem::toString).toList());
        if (!result.ok()) return false;
        Map<String, String> secrets = SecretFields.mask(result.json());
        if (!secrets.isEmpty() && !services.isUnlocked()) {
            problems.add(0, "Unlock the local secret store first: SecureString values go there, the file keeps ADF's masked value.");
            return false;
        }
        secrets.forEach((path, value) -> services.secrets().put(key(name, path), value));
        ObjectNode before = factory().get(ResourceKind.LINKED_SERVICE, name).map(r -> r.json().deepCopy()).orElse(null);
        commands.execute(new ResourceCommand(factory(), saver, ResourceKind.LINKED_SERVICE, name, before, result.json(),
                (isNew ? "Create" : "Edit") + " linked service " + name));
        isNew = false;
        json.set(AdfJsonWriter.pretty(result.json()));
        refresh();
        return true;
    }

    private SecretKey key(String name, String path) {
        return new SecretKey(runtimes.scope(), "linkedService/" + name, path);
    }

    private Connections connections() {
        return services.connections(factory());
    }

    /** Test connection of the saved linked service: a cancellable task through the runtime (IR and region in the result). */
    public Task<ConnectionResult> test() {
        return connect.testConnection(editing.get());
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
