package dev.pipewright.studio.git;

import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.BranchInfo;
import dev.pipewright.git.GitProblemException;
import dev.pipewright.git.HeadState;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Source control in the studio's shell: the Changes hub, the branch selector of the top bar (switch, new feature
 * branch from the collaboration branch, delete, pull, push, pull request), File › Clone repository…, and the
 * questions a failed operation asks (trust a host key, the author, credentials, carry uncommitted files, pull before
 * push). It follows the open factory: the working copy is looked up whenever the factory's root folder changes.
 */
public final class SourceControlShell {
    private final SourceControlViewModel vm;
    private final Supplier<Window> window;
    private final BiConsumer<String, Runnable> whenChangesHandled;
    private final ChangesView changesView;
    private final MenuButton branchSelector = new MenuButton();
    private Consumer<String> browser;
    /** The branch a switch was refused for with uncommitted files in the way (PW934), to carry them if asked. */
    private String pendingSwitch;

    /**
     * @param factoryRoot        the open factory's root folder (null: none)
     * @param whenChangesHandled runs an action once unsaved editor work is saved or discarded (the text names it)
     * @param openFactory        opens a factory folder (after a clone)
     */
    public SourceControlShell(SourceControlViewModel vm, ObservableValue<Path> factoryRoot, Supplier<Window> window,
                              BiConsumer<String, Runnable> whenChangesHandled, Consumer<Path> openFactory) {
        this.vm = vm;
        this.window = window;
        this.whenChangesHandled = whenChangesHandled;
        this.browser = url -> vm.showMessage("Open this page in your browser: " + url);
        changesView = new ChangesView(vm, action -> whenChangesHandled.accept("change the files through source control", action),
                url -> browser.accept(url));
        factoryRoot.addListener((o, was, now) -> vm.open(now));
        vm.open(factoryRoot.getValue());
        vm.failureProperty().addListener((o, was, now) -> {
            if (now != null) Platform.runLater(() -> answer(now));
        });
        this.openFactory = openFactory;

        branchSelector.setId("branch-selector");
        branchSelector.getStyleClass().add("branch-selector");
        branchSelector.visibleProperty().bind(vm.workingCopyProperty().isNotNull());
        branchSelector.managedProperty().bind(branchSelector.visibleProperty());
        branchSelector.setTooltip(new Tooltip("The branch you work on: switch, create a feature branch, pull, push"));
        vm.headProperty().addListener((o, was, now) -> fillBranches());
        vm.branches().addListener((ListChangeListener<BranchInfo>) c -> fillBranches());
        vm.pullRequestProperty().addListener((o, was, now) -> fillBranches());
        fillBranches();
    }

    private final Consumer<Path> openFactory;

    /**
     * Source control for a window: remotes reached with the credentials of the secret store (once unlocked), SSH
     * keys and known hosts in Pipewright's folder; credentials typed in a prompt kept there when asked.
     */
    public static SourceControlShell create(dev.pipewright.git.GitSettingsStore settings, dev.pipewright.studio.hub.HubServices services,
                                            ObservableValue<Path> factoryRoot, Supplier<Window> window,
                                            java.util.function.BiPredicate<String, Runnable> whenChangesHandled, Consumer<Path> openFactory) {
        Supplier<dev.pipewright.runtime.secrets.SecretStore> secrets = () -> services.isUnlocked() ? services.secrets() : null;
        SourceControlViewModel vm = new SourceControlViewModel(settings, () -> dev.pipewright.git.RemoteAccess.standard(SourceControlViewModel.kept(secrets)));
        vm.listTasksIn(services.tasks());
        vm.setCredentialKeeper((url, credentials) -> {
            var store = secrets.get();
            if (store != null) new dev.pipewright.git.auth.CredentialStore(store).save(url, credentials);
        });
        return new SourceControlShell(vm, factoryRoot, window, whenChangesHandled::test, openFactory);
    }

    /** How Create pull request opens a web page (the application's host services); without it the URL is shown. */
    /** Opens a page or file in the system's browser (or says where it is when none can be started). */
    public void browse(String url) {
        browser.accept(url);
    }

    public void setBrowser(Consumer<String> browser) {
        this.browser = browser;
    }

    public ChangesView changesView() {
        return changesView;
    }

    public MenuButton branchSelector() {
        return branchSelector;
    }

    public SourceControlViewModel viewModel() {
        return vm;
    }

    /** File › Clone repository…: asks where from and where to, clones in the background, then opens its factory. */
    public void cloneRepository(Path defaultParent) {
        whenChangesHandled.accept("clone a repository", () -> new CloneDialog(window.get(), defaultParent).ask().ifPresent(r ->
                vm.cloneRepository(r.url(), r.branch(), r.folder(), r.credentials(), r.keep())
                        .setOnSucceeded(e -> openFactory.accept(((javafx.concurrent.Task<dev.pipewright.git.WorkingCopy>) e.getSource()).getValue().factoryRoot()))));
    }

    /** The selector: the current branch as its text; the local branches to switch to, then the branch operations. */
    private void fillBranches() {
        HeadState head = vm.headProperty().get();
        branchSelector.setText(head == null ? "" : head.detached() ? "Detached at " + head.shortCommit() : head.branch());
        List<MenuItem> items = new java.util.ArrayList<>();
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        Menu delete = new Menu("Delete branch");
        delete.setId("branch-delete");
        for (BranchInfo b : vm.branches()) {
            if (!b.local()) continue;
            RadioMenuItem item = new RadioMenuItem(b.name() + aheadBehind(b));
            item.setId("branch-" + b.name().replace('/', '-'));
            item.setToggleGroup(group);
            item.setSelected(b.current());
            item.setOnAction(e -> {
                if (!b.current()) switchTo(b.name());
                else item.setSelected(true);
            });
            items.add(item);
            if (!b.current()) {
                MenuItem d = new MenuItem(b.name());
                d.setOnAction(e -> deleteBranch(b.name()));
                delete.getItems().add(d);
            }
        }
        delete.setDisable(delete.getItems().isEmpty());
        MenuItem create = new MenuItem("New branch…");
        create.setId("branch-new");
        create.setOnAction(e -> newBranch());
        MenuItem pull = new MenuItem("Pull");
        pull.setOnAction(e -> whenChangesHandled.accept("pull", vm::pull));
        MenuItem push = new MenuItem("Push");
        push.setOnAction(e -> vm.push());
        MenuItem pr = new MenuItem("Create pull request");
        pr.setId("branch-pull-request");
        pr.setDisable(vm.pullRequestUrl().isEmpty());
        pr.setOnAction(e -> vm.pullRequestUrl().ifPresent(browser));
        MenuItem settings = new MenuItem("Git configuration…");
        settings.setId("branch-settings");
        settings.setOnAction(e -> editSettings());
        items.addAll(List.of(new SeparatorMenuItem(), create, delete, new SeparatorMenuItem(), pull, push, pr, new SeparatorMenuItem(), settings));
        branchSelector.getItems().setAll(items);
    }

    private static String aheadBehind(BranchInfo b) {
        if (b.upstream() == null) return "";
        return (b.ahead() > 0 ? "  ↑" + b.ahead() : "") + (b.behind() > 0 ? "  ↓" + b.behind() : "");
    }

    private void switchTo(String branch) {
        whenChangesHandled.accept("switch to " + branch, () -> {
            pendingSwitch = branch;
            vm.switchBranch(branch, false);
        });
    }

    private void newBranch() {
        var wc = vm.workingCopyProperty().get();
        if (wc == null) return;
        GitPrompts.branchName(window.get(), wc.settings().collaborationBranch())
                .ifPresent(name -> whenChangesHandled.accept("create branch " + name, () -> vm.createBranch(name, true)));
    }

    private void editSettings() {
        var wc = vm.workingCopyProperty().get();
        if (wc == null) return;
        GitPrompts.settings(window.get(), wc.settings(), wc.workTree()).ifPresent(s ->
                whenChangesHandled.accept("change the git configuration", () -> vm.updateSettings(s, openFactory)));
    }

    private void deleteBranch(String name) {
        if (GitPrompts.confirm(window.get(), "git-prompt-delete", "Delete the local branch " + name + "?",
                "Its commits stay on the remote if they were pushed.", ButtonType.OK)) vm.deleteBranch(name, false);
    }

    /** Asks what a failure needs and goes on: trust, author, credentials, carry, pull first; others stay in the message line. */
    private void answer(GitProblemException failure) {
        Window owner = window.get();
        if (failure.is(ProblemCode.GIT_HOST_KEY_UNKNOWN) && failure.hostKey().isPresent()) {
            if (GitPrompts.trustHostKey(owner, failure.hostKey().get())) vm.trustHostKey(failure.hostKey().get());
        } else if (failure.is(ProblemCode.GIT_IDENTITY_MISSING)) {
            GitPrompts.identity(owner).ifPresent(who -> {
                vm.rememberIdentity(who[0], who[1]);
                vm.retryLast();
            });
        } else if (failure.is(ProblemCode.GIT_AUTH_FAILED)) {
            String url = vm.remoteUrl();
            GitPrompts.credentials(owner, url, failure.problem().message()).ifPresent(t -> vm.useCredentials(url, t.credentials(), t.keep()));
        } else if (failure.is(ProblemCode.GIT_UNCOMMITTED_CHANGES) && pendingSwitch != null) {
            String branch = pendingSwitch;
            pendingSwitch = null;
            if (GitPrompts.carry(owner, branch, failure.paths())) vm.switchBranch(branch, true);
        } else if (failure.is(ProblemCode.GIT_PUSH_REJECTED)) {
            if (GitPrompts.pullFirst(owner, failure.problem().message())) whenChangesHandled.accept("pull", vm::pull);
        }
    }
}
