package dev.pipewright.studio.hub;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.hub.credential.CredentialsView;
import dev.pipewright.studio.hub.globalparameter.GlobalParametersView;
import dev.pipewright.studio.hub.ir.IrListView;
import dev.pipewright.studio.hub.profile.ProfilesView;
import dev.pipewright.studio.hub.linkedservice.LinkedServicesView;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Manage hub: sections on the left as in ADF (Connections: Integration runtimes, Linked services; Author:
 * Credentials, Global parameters; Source control: ARM template; Pipewright: Environment profiles), the selected section in the middle, and a bar
 * with undo/redo, the secret store's lock and the last action.
 */
public final class ManageHubView extends BorderPane {
    public static final String INTEGRATION_RUNTIMES = "Integration runtimes";
    public static final String LINKED_SERVICES = "Linked services";
    public static final String CREDENTIALS = "Credentials";
    public static final String GLOBAL_PARAMETERS = "Global parameters";
    public static final String ENVIRONMENT_PROFILES = "Environment profiles";
    public static final String ARM_TEMPLATE = "ARM template";
    public static final String STAGE_CHECK = "Stage check";

    private final ManageHubViewModel vm;
    private final Map<String, Node> sections = new LinkedHashMap<>();
    private final ListView<String> nav = new ListView<>();

    public ManageHubView(ObservableValue<Factory> factory, HubServices services) {
        this(new ManageHubViewModel(factory, services));
    }

    public ManageHubView(ManageHubViewModel vm) {
        this.vm = vm;
        getStyleClass().add("manage-hub");
        HubStyles.apply(this);
        IrListView runtimes = new IrListView(vm.runtimesList(), vm.services());
        vm.runtimesProperty().addListener((obs, old, now) -> runtimes.factoryChanged());
        runtimes.factoryChanged();
        sections.put(INTEGRATION_RUNTIMES, runtimes);
        sections.put(LINKED_SERVICES, new LinkedServicesView(vm.linkedServices()));
        sections.put(CREDENTIALS, new CredentialsView(vm.credentials()));
        sections.put(GLOBAL_PARAMETERS, new GlobalParametersView(vm.globalParameters()));
        sections.put(ARM_TEMPLATE, new dev.pipewright.studio.hub.arm.ArmTemplateView(
                new dev.pipewright.studio.hub.arm.ArmTemplateViewModel(vm.factory(), vm.services().executor())));
        sections.put(STAGE_CHECK, new dev.pipewright.studio.hub.stages.StageCheckView(
                new dev.pipewright.studio.hub.stages.StageCheckViewModel(vm.factory(), vm.services().executor())));
        sections.put(ENVIRONMENT_PROFILES, new ProfilesView(vm.profiles()));

        nav.setId("manage-nav");
        nav.getStyleClass().add("manage-nav");
        nav.getItems().setAll(sections.keySet());
        nav.setPrefWidth(200);
        nav.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) setCenter(sections.get(now));
        });
        nav.getSelectionModel().select(INTEGRATION_RUNTIMES);
        setLeft(nav);
        setTop(bar());
    }

    /** Shows a section by its title. */
    public void select(String section) {
        nav.getSelectionModel().select(section);
    }

    public ManageHubViewModel viewModel() {
        return vm;
    }

    private ToolBar bar() {
        Button undo = new Button("Undo");
        undo.setId("manage-undo");
                undo.setOnAction(e -> vm.commands().undo());
        Button redo = new Button("Redo");
        redo.setId("manage-redo");
                redo.setOnAction(e -> vm.commands().redo());
        Button unlock = new Button("Unlock secret store…");
        unlock.setId("manage-unlock");
                unlock.textProperty().bind(vm.services().unlockedProperty().map(u -> u ? "Secret store unlocked" : "Unlock secret store…"));
        unlock.setOnAction(e -> askPassphrase());
        Label status = new Label();
        status.setId("manage-status");
        status.getStyleClass().add("manage-status");
        status.textProperty().bind(vm.statusProperty());
        return new ToolBar(DisabledReason.when(undo, vm.commands().canUndoProperty().not(), "Nothing to undo"),
                DisabledReason.when(redo, vm.commands().canRedoProperty().not(), "Nothing to redo"),
                DisabledReason.when(unlock, vm.services().unlockedProperty(), "The secret store is open: passwords and keys typed here are stored encrypted"),
                status);
    }

    private void askPassphrase() {
        new UnlockDialog(getScene() == null ? null : getScene().getWindow(), vm).askAndUnlock(vm);
    }
}
