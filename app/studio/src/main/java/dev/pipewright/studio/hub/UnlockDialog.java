package dev.pipewright.studio.hub;

import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.studio.controls.InvalidField;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.Optional;

/**
 * Unlock the local secret store: its passphrase, or for a store not created yet a new passphrase typed twice (OK
 * refuses two that differ, saying so under the second), and whether the OS keyring keeps it.
 */
final class UnlockDialog extends Dialog<ButtonType> {
    private final PasswordField passphrase = new PasswordField();
    private final CheckBox remember;

    UnlockDialog(Window owner, ManageHubViewModel vm) {
        initOwner(owner);
        setTitle("Unlock the local secret store");
        HubStyles.apply(this, owner);
        boolean created = vm.services().secretStoreExists();
        passphrase.setId("unlock-passphrase");
        Label what = new Label(created
                ? "Passphrase of the secret store at " + vm.services().secretsFile()
                : "Choose a passphrase for a new secret store at " + vm.services().secretsFile()
                + ". Passwords, SAS tokens and self-hosted IR keys typed in Pipewright are kept there, encrypted.");
        what.setWrapText(true);
        remember = new CheckBox(created
                ? "Remember the passphrase in the OS keyring" : "Keep the passphrase in the OS keyring (leave it empty: the keyring alone holds a generated one)");
        remember.setId("unlock-remember");
        remember.setWrapText(true);
        remember.disableProperty().bind(vm.keyringReachableProperty().not());
        Label keyring = new Label();
        keyring.setId("unlock-keyring");
        keyring.setWrapText(true);
        keyring.getStyleClass().add("hub-form-note");
        keyring.textProperty().bind(vm.keyringProperty());
        VBox content = new VBox(8, what, passphrase);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (!created) content.getChildren().addAll(confirmation());
        content.getChildren().addAll(remember, keyring);
        content.setPrefWidth(460);
        getDialogPane().setContent(content);
    }

    /** The second typing of a new passphrase and the message OK shows under it when the two differ. */
    private VBox confirmation() {
        PasswordField again = new PasswordField();
        again.setId("unlock-confirm");
        again.setPromptText("Type the passphrase again");
        Label mismatch = new Label();
        mismatch.setId("unlock-confirm-error");
        mismatch.getStyleClass().add("field-error");
        mismatch.setWrapText(true);
        mismatch.managedProperty().bind(mismatch.textProperty().isNotEmpty());
        mismatch.visibleProperty().bind(mismatch.managedProperty());
        again.textProperty().addListener((o, was, now) -> {
            mismatch.setText("");
            InvalidField.mark(again, false);
        });
        Button ok = (Button) getDialogPane().lookupButton(ButtonType.OK);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> problem = SecretStore.confirmationProblem(passphrase.getText().toCharArray(), again.getText().toCharArray());
            mismatch.setText(problem.orElse(""));
            InvalidField.mark(again, problem.isPresent());
            if (problem.isPresent()) e.consume();
        });
        return new VBox(2, again, mismatch);
    }

    /** Shows the dialog and, on OK, starts unlocking the store with what was typed. */
    void askAndUnlock(ManageHubViewModel vm) {
        showAndWait().filter(ButtonType.OK::equals).ifPresent(ok -> vm.unlock(passphrase.getText().toCharArray(), remember.isSelected()));
    }
}
