package dev.pipewright.studio.hub.credential;

import dev.pipewright.studio.controls.DisabledReason;
import dev.pipewright.core.manage.CredentialSettings;
import dev.pipewright.studio.hub.FormGrid;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

import java.util.List;

/** Manage › Credentials: the list and the form of the selected or new credential. */
public final class CredentialsView extends SplitPane {
    public CredentialsView(CredentialsViewModel vm) {
        getStyleClass().add("credentials");
        ListView<String> list = new ListView<>(vm.names());
        list.setId("cred-list");
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) vm.open(now);
        });
        Button add = new Button("+ New");
        add.setId("cred-new");
        add.setOnAction(e -> {
            list.getSelectionModel().clearSelection();
            vm.startNew();
        });
        Button delete = new Button("Delete");
        delete.setId("cred-delete");
        delete.setOnAction(e -> vm.delete(list.getSelectionModel().getSelectedItem()));
        BorderPane left = new BorderPane(list);
        left.setTop(new ToolBar(add, DisabledReason.when(delete, list.getSelectionModel().selectedItemProperty().isNull(), "Select a credential to delete")));

        FormGrid form = new FormGrid();
        form.text("Name", vm.name, "cred-name", null, null);
        form.choice("Type", List.of(CredentialSettings.MANAGED_IDENTITY, CredentialSettings.SERVICE_PRINCIPAL), vm.type, false,
                "cred-type", null, null);
        BooleanBinding mi = vm.type.isEqualTo(CredentialSettings.MANAGED_IDENTITY);
        BooleanBinding sp = vm.type.isEqualTo(CredentialSettings.SERVICE_PRINCIPAL);
        form.text("User-assigned identity resource ID", vm.resourceId, "cred-resource-id", null, mi);
        form.text("Tenant", vm.tenant, "cred-tenant", null, sp);
        form.text("Service principal ID", vm.servicePrincipalId, "cred-sp-id", null, sp);
        form.check("Key in Azure Key Vault", vm.keyInKeyVault, "cred-key-vault", sp);
        ComboBox<String> vaults = form.choice("Key Vault linked service", vm.keyVaults(), vm.keyVault, true, "cred-vault", null,
                sp.and(vm.keyInKeyVault));
        form.text("Secret name", vm.secretName, "cred-secret-name", null, sp.and(vm.keyInKeyVault));
        form.secret("Service principal key", vm.key, "cred-key", null, sp.and(vm.keyInKeyVault.not()));
        form.note("A typed key is kept in the local secret store; the file keeps ADF's masked value. Leave it empty to keep the stored key.",
                sp.and(vm.keyInKeyVault.not()));
        vm.names().addListener((javafx.collections.ListChangeListener<String>) c -> vaults.getItems().setAll(vm.keyVaults()));
        Button apply = new Button("Apply");
        apply.setId("cred-apply");
        apply.setOnAction(e -> {
            vaults.getItems().setAll(vm.keyVaults());
            vm.apply();
        });
        ListView<String> problems = new ListView<>(vm.problems());
        problems.setId("cred-problems");
        problems.getStyleClass().add("problem-list");
        dev.pipewright.studio.controls.WrappingCells.wrap(problems, line -> line);
        problems.setPrefHeight(90);
        problems.visibleProperty().bind(Bindings.isNotEmpty(vm.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        VBox right = new VBox(10, form, apply, problems);
        right.getStyleClass().add("hub-editor");
        getItems().addAll(left, right);
        setDividerPositions(0.3);
    }
}
