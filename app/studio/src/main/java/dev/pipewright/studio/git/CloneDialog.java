package dev.pipewright.studio.git;

import dev.pipewright.git.auth.CredentialStore;
import dev.pipewright.git.auth.GitCredentials;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * File › Clone repository…: the remote's URL (a path, {@code file://}, HTTPS or SSH), the branch (empty: the remote's
 * default), the local folder, and for HTTPS a user and token kept in the secret store if asked. The folder must not
 * exist or be empty; the clone itself runs in the background with progress and Cancel in the Changes hub.
 */
public final class CloneDialog extends Dialog<CloneDialog.Request> {
    public static final ButtonType CLONE = new ButtonType("Clone", ButtonBar.ButtonData.OK_DONE);

    /** What to clone where; {@code credentials} null when none were typed. */
    public record Request(String url, String branch, Path folder, GitCredentials credentials, boolean keep) {
    }

    private final TextField url = GitPrompts.field("clone-url", "https://github.com/contoso/adf.git, git@host:org/repo.git or a folder");
    private final TextField branch = GitPrompts.field("clone-branch", "the remote's default branch");
    private final TextField folder = GitPrompts.field("clone-folder", "an empty or new folder");
    private final TextField user = GitPrompts.field("clone-user", "only if the server asks");
    private final PasswordField token = new PasswordField();
    private final CheckBox keep = new CheckBox("Keep the token in Pipewright's secret store");

    public CloneDialog(Window owner, Path defaultParent) {
        GitPrompts.prepare(this, owner, "clone-dialog", "Clone a repository");
        token.setId("clone-token");
        token.setPromptText("password or personal access token");
        keep.setId("clone-keep");
        keep.setSelected(true);
        // the folder follows the URL's last segment until the user types one of their own
        url.textProperty().addListener((o, was, now) -> {
            if (folder.getText().isEmpty() || folder.getText().equals(suggested(defaultParent, was))) folder.setText(suggested(defaultParent, now));
        });
        Button browse = new Button("Browse…");
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            chooser.setTitle("Folder to clone into");
            File chosen = chooser.showDialog(getDialogPane().getScene().getWindow());
            if (chosen != null) folder.setText(chosen.getAbsolutePath());
        });
        HBox folderRow = new HBox(6, folder, browse);
        HBox.setHgrow(folder, Priority.ALWAYS);

        GridPane grid = GitPrompts.grid();
        grid.addRow(0, new Label("Repository URL"), url);
        grid.addRow(1, new Label("Branch"), branch);
        grid.addRow(2, new Label("Local folder"), folderRow);
        grid.addRow(3, new Label("User"), user);
        grid.addRow(4, new Label("Token"), token);
        grid.add(keep, 1, 5);
        Label note = new Label("SSH remotes use a key: Pipewright asks for it, and to trust the server's host key, on first contact.");
        note.setWrapText(true);
        note.setMaxWidth(520);
        grid.add(note, 0, 6, 2, 1);
        var ssh = url.textProperty().map(CloneDialog::isSsh);
        for (var n : new javafx.scene.Node[] {user, token, keep}) n.disableProperty().bind(ssh);
        getDialogPane().setContent(grid);
        getDialogPane().getButtonTypes().setAll(CLONE, ButtonType.CANCEL);
        getDialogPane().lookupButton(CLONE).disableProperty().bind(Bindings.createBooleanBinding(
                () -> url.getText().isBlank() || folder.getText().isBlank(), url.textProperty(), folder.textProperty()));
        setResultConverter(b -> b == CLONE ? request() : null);
    }

    private Request request() {
        boolean withToken = !isSsh(url.getText()) && !token.getText().isEmpty();
        GitCredentials credentials = withToken ? new GitCredentials.Https(user.getText().isBlank() ? "git" : user.getText().strip(), token.getText()) : null;
        return new Request(url.getText().strip(), branch.getText().strip(), Path.of(folder.getText().strip()), credentials, withToken && keep.isSelected());
    }

    /** An SSH remote (a key, no token); false while the URL is not one yet. */
    static boolean isSsh(String url) {
        try {
            return url != null && !url.isBlank() && CredentialStore.isSsh(url.strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** {@code <parent>/<repository name>}: the URL's last path segment without {@code .git}. */
    static String suggested(Path parent, String url) {
        if (url == null || url.isBlank() || parent == null) return "";
        String s = url.strip().replaceAll("[/\\\\]+$", "");
        String last = s.substring(Math.max(Math.max(s.lastIndexOf('/'), s.lastIndexOf(':')), s.lastIndexOf('\\')) + 1);
        if (last.toLowerCase(Locale.ROOT).endsWith(".git")) last = last.substring(0, last.length() - 4);
        return last.isEmpty() ? "" : parent.resolve(last).toString();
    }

    public Optional<Request> ask() {
        return showAndWait();
    }
}
