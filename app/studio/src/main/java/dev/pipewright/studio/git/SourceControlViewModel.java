package dev.pipewright.studio.git;

import dev.pipewright.core.diff.ChangeKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.git.BranchInfo;
import dev.pipewright.git.Changes;
import dev.pipewright.git.ConflictVersions;
import dev.pipewright.git.GitProblemException;
import dev.pipewright.git.GitSettingsStore;
import dev.pipewright.git.HeadState;
import dev.pipewright.git.MergeState;
import dev.pipewright.git.PullOutcome;
import dev.pipewright.git.PushOutcome;
import dev.pipewright.git.RemoteAccess;
import dev.pipewright.git.TaskMonitor;
import dev.pipewright.git.WorkingCopy;
import dev.pipewright.git.auth.Credentials;
import dev.pipewright.git.auth.GitCredentials;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import dev.pipewright.studio.files.FolderWatcher;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Source control of the open factory, as ADF Studio's git mode: the working copy it is in (none when the folder is
 * not in one), the current branch and the others, the changed resources (for the Changes view and the colours of
 * Factory Resources), a merge in progress, and every git operation as a background task with progress and Cancel.
 * All git work runs on one thread of its own (a repository is not shared between threads); the JavaFX thread only
 * reads the results. Operations that change the files (pull, switch, merge) tell {@link #setOnFilesChanged}.
 */
public final class SourceControlViewModel implements AutoCloseable {
    private final ExecutorService git = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pipewright-git");
        t.setDaemon(true);
        return t;
    });
    private final GitSettingsStore store;
    private dev.pipewright.studio.tasks.BackgroundTasks tasks;
    private final Supplier<RemoteAccess> access;
    private final ReadOnlyObjectWrapper<WorkingCopy> workingCopy = new ReadOnlyObjectWrapper<>(this, "workingCopy");
    private final ReadOnlyObjectWrapper<HeadState> head = new ReadOnlyObjectWrapper<>(this, "head");
    private final ObservableList<BranchInfo> branches = FXCollections.observableArrayList();
    private final ObservableList<Changes.ChangedResource> changes = FXCollections.observableArrayList();
    private final ObservableList<String> otherFiles = FXCollections.observableArrayList();
    private final ObservableMap<String, ChangeKind> changeById = FXCollections.observableHashMap();
    private final ReadOnlyObjectWrapper<MergeState> merge = new ReadOnlyObjectWrapper<>(this, "merge", MergeState.NONE);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyStringWrapper step = new ReadOnlyStringWrapper(this, "step", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<GitProblemException> failure = new ReadOnlyObjectWrapper<>(this, "failure");
    private Runnable onFilesChanged = () -> { };
    /** Credentials typed after a refusal (PW924), tried before the kept ones until the factory closes. */
    private volatile Credentials typed = Credentials.NONE;
    /** The last operation, to run again once a prompt (host key, author, credentials) is answered. */
    private Runnable last = () -> { };
    private volatile Task<?> current;
    private Path openedFor;

    /** @param access remotes' credentials, SSH folder and known hosts, asked for at each call (the secret store may unlock later) */
    public SourceControlViewModel(GitSettingsStore store, Supplier<RemoteAccess> access) {
        this.store = store;
        this.access = access;
    }

    /** Credentials from the secret store when it is open ({@code store} null: none kept yet). */
    public static Credentials kept(Supplier<dev.pipewright.runtime.secrets.SecretStore> store) {
        return url -> {
            var secrets = store.get();
            return secrets == null ? java.util.Optional.empty() : new dev.pipewright.git.auth.CredentialStore(secrets).forUrl(url);
        };
    }

    /** What to do after an operation changed the factory's files (the studio reloads them, keeping unsaved work). */
    public void setOnFilesChanged(Runnable action) {
        onFilesChanged = action == null ? () -> { } : action;
    }

    // ---- opening ----

    /** Looks for the working copy the factory is in (in the background); none when it is not in one. */
    public void open(Path factoryRoot) {
        if (factoryRoot != null && factoryRoot.equals(openedFor)) {
            refresh();
            return;
        }
        openedFor = factoryRoot;
        closeWorkingCopy();
        if (factoryRoot == null) return;
        run("Opening the repository", m -> {
            try {
                return WorkingCopy.open(factoryRoot, store, remote());
            } catch (GitProblemException e) {
                if (e.is(ProblemCode.GIT_NOT_A_WORKING_COPY)) return null; // a plain folder: no source control
                throw e;
            }
        }, wc -> {
            if (!factoryRoot.equals(openedFor)) {
                if (wc != null) git.execute(wc::close);
                return;
            }
            workingCopy.set(wc);
            if (wc != null) {
                watch(wc);
                refresh();
            }
        });
    }

    /** Clones a repository and opens the working copy (the studio then opens its factory root folder). */
    public Task<WorkingCopy> cloneRepository(String url, String branch, Path folder, GitCredentials credentials, boolean keep) {
        last = () -> cloneRepository(url, branch, folder, credentials, keep);
        return run("Cloning " + url, m -> {
            RemoteAccess a = credentials == null ? remote() : remote().withCredentials(Credentials.of(credentials).or(remote().credentials()));
            WorkingCopy wc = WorkingCopy.clone(url, branch == null || branch.isBlank() ? null : branch.strip(), folder, store, a, m);
            if (keep && credentials != null) keep(url, credentials);
            return wc;
        }, wc -> {
            closeWorkingCopy();
            openedFor = wc.factoryRoot();
            workingCopy.set(wc);
            watch(wc);
            refresh();
        });
    }

    /** Keeps credentials for the remote's server in the secret store (when it is open). */
    private void keep(String url, GitCredentials credentials) {
        keeper.accept(url, credentials);
    }

    private java.util.function.BiConsumer<String, GitCredentials> keeper = (url, c) -> { };

    /** Where credentials typed in a dialog are kept (the secret store, when it is open). */
    public void setCredentialKeeper(java.util.function.BiConsumer<String, GitCredentials> keeper) {
        this.keeper = keeper;
    }

    // ---- state ----

    /** Reads the branch, the branches, the changed resources and any merge in progress again. */
    public Task<?> refresh() {
        WorkingCopy wc = workingCopy.get();
        if (wc == null) return null;
        record State(HeadState head, List<BranchInfo> branches, Changes changes, MergeState merge, String pullRequest) {
        }
        Task<State> task = run("Reading changes", m -> new State(wc.head(), wc.branches(), wc.status(m), wc.mergeState(), pullRequestOf(wc)), s -> {
            pullRequest.set(s.pullRequest());
            head.set(s.head());
            branches.setAll(s.branches());
            changes.setAll(s.changes().resources());
            otherFiles.setAll(s.changes().otherFiles());
            Map<String, ChangeKind> byId = new java.util.HashMap<>();
            for (Changes.ChangedResource r : s.changes().resources()) byId.put(key(r.change().kind().folder(), r.change().name()), r.change().change());
            changeById.keySet().retainAll(byId.keySet());
            changeById.putAll(byId);
            merge.set(s.merge());
        });
        return task;
    }

    /** The key of {@link #changeById()}: {@code folder/name}, lower case (ADF names ignore case). */
    public static String key(String folder, String name) {
        return (folder + "/" + name).toLowerCase(Locale.ROOT);
    }

    // ---- operations ----

    /** Commits the chosen resources (null: every change) with the message; the author from git config. */
    public Task<java.util.Optional<String>> commit(String text, Collection<Changes.ChangedResource> chosen) {
        last = () -> commit(text, chosen);
        WorkingCopy wc = workingCopy.get();
        List<String> paths = chosen == null ? null : chosen.stream().flatMap(r -> r.paths().stream()).toList();
        return run("Committing", m -> wc.commit(text, paths, null), id -> {
            message.set(id.map(c -> "Committed " + c.substring(0, Math.min(7, c.length())) + " on " + branchName()).orElse("Nothing to commit"));
            refresh();
        });
    }

    /** Keeps the author for commits of this repository (asked once when git config has none). */
    public Task<Void> rememberIdentity(String name, String email) {
        WorkingCopy wc = workingCopy.get();
        return run("Saving the author", m -> {
            wc.rememberIdentity(name, email);
            return null;
        }, v -> message.set("Commits are authored by " + name + " <" + email + ">"));
    }

    /**
     * Changes the working copy's git configuration (kept in the workspace store); when the root folder moved, tells
     * {@code moved} the factory folder to open instead.
     */
    public Task<Path> updateSettings(dev.pipewright.git.GitSettings settings, Consumer<Path> moved) {
        WorkingCopy wc = workingCopy.get();
        return run("Saving the git configuration", m -> {
            wc.updateSettings(settings);
            return wc.factoryRoot();
        }, root -> {
            message.set("Collaboration branch " + settings.collaborationBranch() + ", publish branch " + settings.publishBranch()
                    + ", root folder /" + settings.rootFolder());
            if (!root.equals(openedFor)) {
                openedFor = root;
                watch(wc);
                moved.accept(root);
            }
            refresh();
        });
    }

    public Task<Void> switchBranch(String name, boolean carry) {
        WorkingCopy wc = workingCopy.get();
        return filesTask("Switching to " + name, m -> {
            wc.switchBranch(name, carry);
            return null;
        }, v -> message.set("On branch " + name));
    }

    /** Creates a feature branch from the collaboration branch and switches to it. */
    public Task<Void> createBranch(String name, boolean carry) {
        WorkingCopy wc = workingCopy.get();
        return filesTask("Creating " + name, m -> {
            wc.createBranch(name, true, carry);
            return null;
        }, v -> message.set("Created " + name + " from " + wc.settings().collaborationBranch() + " and switched to it"));
    }

    public Task<Void> deleteBranch(String name, boolean force) {
        WorkingCopy wc = workingCopy.get();
        return run("Deleting " + name, m -> {
            wc.deleteBranch(name, force);
            return null;
        }, v -> {
            message.set("Deleted branch " + name);
            refresh();
        });
    }

    public Task<PullOutcome> pull() {
        last = this::pull;
        WorkingCopy wc = workingCopy.get();
        return filesTask("Pulling", m -> wc.pull(null, m), outcome -> message.set(switch (outcome.kind()) {
            case UP_TO_DATE -> "Already up to date";
            case FAST_FORWARD -> "Pulled: fast-forwarded to " + shortId(outcome.commit());
            case MERGED -> "Pulled and merged (" + files(outcome.merged().size()) + " merged as JSON)";
            case CONFLICTS -> "Pulled with conflicts in " + files(outcome.conflicts().conflicts().size()) + ": resolve them in Changes";
            case NO_UPSTREAM -> "This branch has no remote branch yet: Push creates it";
        }));
    }

    /** ADF's Publish: the templates as a commit on the publish branch (pushed when there is an origin). */
    public Task<dev.pipewright.git.PublishOutcome> publish(String factoryName, java.util.Map<String, byte[]> files) {
        last = () -> publish(factoryName, files);
        WorkingCopy wc = workingCopy.get();
        return run("Publishing", m -> wc.publish(factoryName, files, null, m), outcome -> message.set(outcome.commit() == null
                ? outcome.branch() + " holds this publish already"
                : "Published to " + outcome.branch() + " (" + shortId(outcome.commit()) + ")" + (outcome.pushed() ? " and pushed" : "")));
    }

    public Task<PushOutcome> push() {
        last = this::push;
        WorkingCopy wc = workingCopy.get();
        return run("Pushing", m -> wc.push(m), outcome -> {
            message.set(outcome.upToDate() ? "Nothing to push" : "Pushed " + outcome.branch() + " to " + outcome.remoteBranch());
            refresh();
        });
    }

    /** The web page that compares this branch with the collaboration branch (GitHub, Azure DevOps), if the remote has one. */
    public java.util.Optional<String> pullRequestUrl() {
        return java.util.Optional.ofNullable(pullRequest.get());
    }

    /** {@link #pullRequestUrl()} as last read (null: none), for bindings. */
    public ReadOnlyStringProperty pullRequestProperty() {
        return pullRequest.getReadOnlyProperty();
    }

    private final ReadOnlyStringWrapper pullRequest = new ReadOnlyStringWrapper(this, "pullRequest");

    /** Read on the git thread: no remote, or one that is not GitHub or Azure DevOps, has no page. */
    private static String pullRequestOf(WorkingCopy wc) {
        try {
            return wc.pullRequestUrl().orElse(null);
        } catch (GitProblemException e) {
            return null;
        }
    }

    public Task<ConflictVersions> conflict(String path) {
        WorkingCopy wc = workingCopy.get();
        return run("Reading " + path, m -> wc.conflictVersions(path), v -> { });
    }

    /** Writes the resolution of one conflicted file (null: delete it) and stages it. */
    public Task<Void> resolve(String path, String text) {
        WorkingCopy wc = workingCopy.get();
        return filesTask("Resolving " + path, m -> {
            wc.resolve(path, text);
            return null;
        }, v -> message.set("Resolved " + path));
    }

    public Task<String> finishMerge() {
        WorkingCopy wc = workingCopy.get();
        return filesTask("Finishing the merge", m -> wc.finishMerge(null, null), id -> message.set("Merge committed: " + shortId(id)));
    }

    public Task<Void> abortMerge() {
        WorkingCopy wc = workingCopy.get();
        return filesTask("Aborting the merge", m -> {
            wc.abortMerge();
            return null;
        }, v -> message.set("Merge aborted: the files are as before the pull"));
    }

    /** The resource's file as HEAD has it (text), or null when HEAD has none (an added resource). */
    public Task<String> headText(String path) {
        WorkingCopy wc = workingCopy.get();
        return run("Reading HEAD", m -> wc.headContent(path).map(b -> new String(b, java.nio.charset.StandardCharsets.UTF_8)).orElse(null), v -> { });
    }

    /** Cancels the running operation (it ends with PW938 and changes nothing). */
    public void cancel() {
        Task<?> t = current;
        if (t != null) t.cancel(false);
    }

    /** Uses these credentials for the remotes from now on (typed after a refusal), keeping them if asked, and runs the last operation again. */
    public void useCredentials(String url, GitCredentials credentials, boolean keepThem) {
        typed = Credentials.of(credentials).or(typed);
        WorkingCopy wc = workingCopy.get();
        if (keepThem) git.execute(() -> keep(url, credentials));
        if (wc != null) {
            Path root = wc.factoryRoot();
            // the working copy holds its remote access: open it again with the typed credentials
            closeWorkingCopy();
            openedFor = null;
            open(root);
        }
        retryLast();
    }

    /** Trusts the SSH host key the last operation was refused for (the user compared its fingerprint) and runs it again. */
    public void trustHostKey(dev.pipewright.git.auth.HostKey key) {
        Path file = knownHostsFile();
        run("Trusting " + key.host(), m -> {
            new dev.pipewright.git.auth.KnownHosts(file).trust(key);
            return null;
        }, v -> retryLast());
    }

    /** Runs the last operation again (after the prompt its failure asked for was answered). */
    public void retryLast() {
        git.execute(() -> javafx.application.Platform.runLater(last));
    }

    /** The remote access of the working copy: typed credentials first, then the kept ones. */
    private RemoteAccess remote() {
        RemoteAccess a = access.get();
        return a.withCredentials(typed.or(a.credentials()));
    }

    /** The remote's URL (for prompts), or "". */
    public String remoteUrl() {
        WorkingCopy wc = workingCopy.get();
        try {
            return wc == null ? "" : wc.remoteUrl();
        } catch (GitProblemException e) {
            return "";
        }
    }

    /** Lists git work in the status bar's tasks (progress and Cancel) from now on. */
    public void listTasksIn(dev.pipewright.studio.tasks.BackgroundTasks list) {
        this.tasks = list;
    }

    /** Where trusted SSH host keys are kept. */
    public Path knownHostsFile() {
        return access.get().knownHosts();
    }

    // ---- running ----

    private <T> Task<T> filesTask(String title, Function<TaskMonitor, T> work, Consumer<T> done) {
        return run(title, work, v -> {
            done.accept(v);
            refresh();
            onFilesChanged.run();
        });
    }

    /** Runs git work on the git thread as a task; a failure is told in {@link #messageProperty()} and {@link #failureProperty()}. */
    private <T> Task<T> run(String title, Function<TaskMonitor, T> work, Consumer<T> done) {
        Task<T> task = new Task<>() {
            {
                updateTitle(title);
            }

            @Override
            protected T call() {
                updateMessage(title + "…");
                return work.apply(StepProgress.monitor(this::isCancelled, (s, p) -> {
                    updateMessage(s);
                    updateProgress(p, 1);
                }));
            }
        };
        // handlers added, not set: callers may set their own onSucceeded to use the value
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SCHEDULED, e -> {
            current = task;
            running.set(true);
            failure.set(null);
            step.bind(task.messageProperty());
            progress.bind(task.progressProperty());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_SUCCEEDED, e -> {
            ended(task);
            done.accept(task.getValue());
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> {
            ended(task);
            Throwable error = task.getException();
            if (error instanceof GitProblemException g) {
                failure.set(g);
                message.set(g.problem().message());
            } else {
                message.set(title + " failed: " + error.getMessage());
            }
        });
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> {
            ended(task);
            message.set(title + ": cancelled, nothing was changed");
        });
        git.execute(task);
        if (tasks != null) tasks.track(task);
        return task;
    }

    private void ended(Task<?> task) {
        if (current == task) current = null;
        step.unbind();
        progress.unbind();
        step.set("");
        progress.set(-1);
        running.set(current != null);
    }

    private String branchName() {
        HeadState h = head.get();
        return h == null || h.branch() == null ? "HEAD" : h.branch();
    }

    private static String files(int n) {
        return n + (n == 1 ? " file" : " files");
    }

    private static String shortId(String id) {
        return id == null ? "" : id.substring(0, Math.min(7, id.length()));
    }

    /** Reads the changes again when files under the factory change (saves, checkouts, edits outside the studio). */
    private void watch(WorkingCopy wc) {
        if (watcher != null) watcher.close();
        watcher = FolderWatcher.watch(wc.factoryRoot(), () -> {
            if (refreshQueued.compareAndSet(false, true)) javafx.application.Platform.runLater(() -> {
                refreshQueued.set(false);
                if (workingCopy.get() == wc) refresh();
            });
        });
    }

    private FolderWatcher watcher;
    private final java.util.concurrent.atomic.AtomicBoolean refreshQueued = new java.util.concurrent.atomic.AtomicBoolean();

    /** Shows a line in the message (e.g. a page to open when no browser can be started). */
    public void showMessage(String text) {
        message.set(text);
    }

    private void closeWorkingCopy() {
        if (watcher != null) watcher.close();
        watcher = null;
        WorkingCopy wc = workingCopy.get();
        workingCopy.set(null);
        head.set(null);
        branches.clear();
        changes.clear();
        otherFiles.clear();
        changeById.clear();
        pullRequest.set(null);
        merge.set(MergeState.NONE);
        if (wc != null) git.execute(wc::close);
    }

    @Override
    public void close() {
        closeWorkingCopy();
        git.shutdown();
    }

    // ---- read-only state for the views ----

    public ReadOnlyObjectProperty<WorkingCopy> workingCopyProperty() {
        return workingCopy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<HeadState> headProperty() {
        return head.getReadOnlyProperty();
    }

    public ObservableList<BranchInfo> branches() {
        return branches;
    }

    public ObservableList<Changes.ChangedResource> changes() {
        return changes;
    }

    public ObservableList<String> otherFiles() {
        return otherFiles;
    }

    /** The change of each changed resource by {@link #key(String, String)}, for the colours of Factory Resources. */
    public ObservableMap<String, ChangeKind> changeById() {
        return changeById;
    }

    public ReadOnlyObjectProperty<MergeState> mergeProperty() {
        return merge.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The running step's progress from 0 to 1, or -1 when not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** What the last operation did, or why it failed. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The last operation's failure (with its problem code: host key unknown, identity missing …), or null. */
    public ReadOnlyObjectProperty<GitProblemException> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** The problem of the last failure, for the problem lists. */
    public List<Problem> problems() {
        GitProblemException f = failure.get();
        return f == null ? List.of() : new ArrayList<>(List.of(f.problem()));
    }
}
