package dev.pipewright.studio.git;

import dev.pipewright.git.auth.CredentialStore;
import dev.pipewright.git.auth.GitCredentials;
import dev.pipewright.git.auth.HostKey;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * The questions source control asks when an operation needs an answer: trust an SSH host key, who the author is,
 * credentials for a remote, carry uncommitted files to another branch, pull before pushing, a new branch's name.
 * Each dialog has an id ({@code git-prompt-…}) and the window's stylesheets.
 */
final class GitPrompts {
    static final ButtonType TRUST = new ButtonType("Trust and connect", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType CARRY = new ButtonType("Carry them", ButtonBar.ButtonData.OK_DONE);
    static final ButtonType PULL = new ButtonType("Pull", ButtonBar.ButtonData.OK_DONE);

    /** Credentials typed for a remote, and whether to keep them in the secret store. */
    record TypedCredentials(GitCredentials credentials, boolean keep) {
    }

    private GitPrompts() {
    }

    static boolean trustHostKey(Window owner, HostKey key) {
        Alert alert = alert(owner, "git-prompt-host-key", "The SSH host key of " + key.host() + " is not known",
                "Compare this fingerprint with the one your git server publishes before you trust it:\n\n"
                        + key.keyType() + " " + key.fingerprint() + "\n\nPipewright remembers it in its own known_hosts file.", TRUST, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == TRUST;
    }

    static boolean carry(Window owner, String branch, List<String> files) {
        String shown = String.join("\n", files.subList(0, Math.min(files.size(), 12))) + (files.size() > 12 ? "\n… and " + (files.size() - 12) + " more" : "");
        Alert alert = alert(owner, "git-prompt-carry", "Uncommitted changes are in the way of " + branch,
                "Carry them to " + branch + " (they stay uncommitted there), or cancel and commit them first:\n\n" + shown, CARRY, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == CARRY;
    }

    static boolean pullFirst(Window owner, String message) {
        Alert alert = alert(owner, "git-prompt-pull", "The remote branch has commits you do not have",
                message + "\n\nPull them (merging ADF resources as JSON), then push again.", PULL, ButtonType.CANCEL);
        return alert.showAndWait().orElse(ButtonType.CANCEL) == PULL;
    }

    /** Name and e-mail for commits of this repository, asked once when git config has none. */
    static Optional<String[]> identity(Window owner) {
        Dialog<String[]> dialog = new Dialog<>();
        prepare(dialog, owner, "git-prompt-identity", "Who is the author of your commits?");
        TextField name = field("identity-name", "Your name");
        TextField email = field("identity-email", "you@example.com");
        GridPane grid = grid();
        grid.addRow(0, new Label("Name"), name);
        grid.addRow(1, new Label("E-mail"), email);
        grid.add(new Label("Kept in this repository's git config, as git config user.name and user.email."), 0, 2, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty()
                .bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> name.getText().isBlank() || !email.getText().contains("@"),
                        name.textProperty(), email.textProperty()));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new String[] {name.getText().strip(), email.getText().strip()} : null);
        return dialog.showAndWait();
    }

    /** User and token (HTTPS) or a private key (SSH) for {@code url}, after the remote refused. */
    static Optional<TypedCredentials> credentials(Window owner, String url, String why) {
        Dialog<TypedCredentials> dialog = new Dialog<>();
        prepare(dialog, owner, "git-prompt-credentials", "Sign in to " + CredentialStore.site(url));
        GridPane grid = grid();
        CheckBox keep = new CheckBox("Keep in Pipewright's secret store");
        keep.setId("credentials-keep");
        keep.setSelected(true);
        Label reason = new Label(why);
        reason.setWrapText(true);
        reason.setMaxWidth(460);
        grid.add(reason, 0, 0, 2, 1);
        if (CloneDialog.isSsh(url)) {
            TextArea key = new TextArea();
            key.setId("credentials-key");
            key.setPromptText("-----BEGIN OPENSSH PRIVATE KEY----- …");
            key.setPrefRowCount(6);
            PasswordField passphrase = new PasswordField();
            passphrase.setId("credentials-passphrase");
            grid.addRow(1, new Label("Private key"), key);
            grid.addRow(2, new Label("Passphrase"), passphrase);
            dialog.setResultConverter(b -> b == ButtonType.OK ? new TypedCredentials(new GitCredentials.Ssh(key.getText(),
                    passphrase.getText().isEmpty() ? null : passphrase.getText()), keep.isSelected()) : null);
        } else {
            TextField user = field("credentials-user", "User name");
            PasswordField token = new PasswordField();
            token.setId("credentials-token");
            token.setPromptText("Password or personal access token");
            grid.addRow(1, new Label("User"), user);
            grid.addRow(2, new Label("Token"), token);
            dialog.setResultConverter(b -> b == ButtonType.OK ? new TypedCredentials(new GitCredentials.Https(user.getText().strip(),
                    token.getText()), keep.isSelected()) : null);
        }
        grid.add(keep, 1, 3);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog.showAndWait();
    }

    /** ADF's git configuration of the repository: collaboration branch, publish branch, root folder. */
    static Optional<dev.pipewright.git.GitSettings> settings(Window owner, dev.pipewright.git.GitSettings current, java.nio.file.Path repository) {
        Dialog<dev.pipewright.git.GitSettings> dialog = new Dialog<>();
        prepare(dialog, owner, "git-prompt-settings", "Git configuration of " + repository);
        TextField collaboration = field("settings-collaboration", "main");
        collaboration.setText(current.collaborationBranch());
        TextField publish = field("settings-publish", "adf_publish");
        publish.setText(current.publishBranch());
        TextField root = field("settings-root", "/");
        root.setText("/" + current.rootFolder());
        GridPane grid = grid();
        grid.addRow(0, new Label("Collaboration branch"), collaboration);
        grid.addRow(1, new Label("Publish branch"), publish);
        grid.addRow(2, new Label("Root folder"), root);
        Label note = new Label("As in ADF's git configuration. Kept in Pipewright's workspace, never in the factory's files; "
                + "a publish_config.json in the root folder names the publish branch.");
        note.setWrapText(true);
        note.setMaxWidth(460);
        grid.add(note, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(collaboration.textProperty().map(String::isBlank));
        dialog.setResultConverter(b -> b == ButtonType.OK ? new dev.pipewright.git.GitSettings(collaboration.getText().strip(),
                publish.getText().strip(), root.getText().strip()) : null);
        return dialog.showAndWait();
    }

    /** A feature branch's name; it starts from {@code from}. */
    static Optional<String> branchName(Window owner, String from) {
        TextInputDialog dialog = new TextInputDialog();
        prepare(dialog, owner, "git-prompt-branch", "New branch from " + from);
        dialog.setContentText("Branch name");
        dialog.getEditor().setId("branch-name");
        dialog.getEditor().setPromptText("feature/my-change");
        return dialog.showAndWait().map(String::strip).filter(s -> !s.isEmpty());
    }

    static boolean confirm(Window owner, String id, String header, String detail, ButtonType yes) {
        return alert(owner, id, header, detail, yes, ButtonType.CANCEL).showAndWait().orElse(ButtonType.CANCEL) == yes;
    }

    private static Alert alert(Window owner, String id, String header, String detail, ButtonType... buttons) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, detail, buttons);
        prepare(alert, owner, id, header);
        return alert;
    }

    static void prepare(Dialog<?> dialog, Window owner, String id, String header) {
        dialog.setTitle("Source control");
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.setResizable(true);
        if (owner != null) {
            dialog.initOwner(owner);
            if (owner.getScene() != null) dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        return grid;
    }

    static TextField field(String id, String prompt) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(28);
        return field;
    }
}
