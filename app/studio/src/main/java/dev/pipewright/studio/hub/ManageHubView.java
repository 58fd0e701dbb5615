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
import javafx.scene.control.PasswordField;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Manage hub: sections on the left as in ADF (Connections: Integration runtimes, Linked services; Author:
 * Credentials, Global parameters; Pipewright: Environment profiles), the selected section in the middle, and a bar
 * with undo/redo, the secret store's lock and the last action.
 */
public final class ManageHubView extends BorderPane {
    public static final String INTEGRATION_RUNTIMES = "Integration runtimes";
    public static final String LINKED_SERVICES = "Linked services";
    public static final String CREDENTIALS = "Credentials";
    public static final String GLOBAL_PARAMETERS = "Global parameters";
    public static final String ENVIRONMENT_PROFILES = "Environment profiles";

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
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(getScene() == null ? null : getScene().getWindow());
        dialog.setTitle("Unlock the local secret store");
        HubStyles.apply(dialog, getScene() == null ? null : getScene().getWindow());
        PasswordField passphrase = new PasswordField();
        passphrase.setId("unlock-passphrase");
        Label what = new Label(vm.services().secretStoreExists()
                ? "Passphrase of the secret store at " + vm.services().secretsFile()
                : "Choose a passphrase for a new secret store at " + vm.services().secretsFile()
                + ". Passwords, SAS tokens and self-hosted IR keys typed in Pipewright are kept there, encrypted.");
        what.setWrapText(true);
        javafx.scene.control.CheckBox remember = new javafx.scene.control.CheckBox(vm.services().secretStoreExists()
                ? "Remember the passphrase in the OS keyring" : "Keep the passphrase in the OS keyring (leave it empty: the keyring alone holds a generated one)");
        remember.setId("unlock-remember");
        remember.setWrapText(true);
        remember.disableProperty().bind(vm.keyringReachableProperty().not());
        Label keyring = new Label();
        keyring.setId("unlock-keyring");
        keyring.setWrapText(true);
        keyring.getStyleClass().add("hub-form-note");
        keyring.textProperty().bind(vm.keyringProperty());
        VBox content = new VBox(8, what, passphrase, remember, keyring);
        content.setPrefWidth(460);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.unlock(passphrase.getText().toCharArray(), remember.isSelected()));
    }
}
