package dev.pipewright.git;

import dev.pipewright.core.problem.ProblemCode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.ConfigConstants;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.StoredConfig;
import org.eclipse.jgit.lib.UserConfig;
import org.eclipse.jgit.revwalk.RevCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A git working copy holding a factory: the one object the studio's branch selector, Changes view, commit, pull/push
 * and merge view (and the CLI) talk to. Every method may touch the disk or the network: call it from a background
 * task, never the JavaFX thread; long ones take a {@link TaskMonitor} for progress and Cancel. Every failure is a
 * {@link GitProblemException} (PW92x–PW93x) after which files and refs are as before. One instance is used by one
 * thread at a time.
 */
public final class WorkingCopy implements AutoCloseable {
    private final Repository repo;
    private final Git git;
    private final GitSettingsStore store;
    private final RemoteAccess access;
    private final WorkingTreeScan scan;
    private GitSettings settings;

    private WorkingCopy(Repository repo, GitSettingsStore store, RemoteAccess access, GitSettings settings) {
        this.repo = repo;
        this.git = new Git(repo);
        this.store = store;
        this.access = access;
        this.settings = settings;
        this.scan = new WorkingTreeScan(repo);
    }

    /**
     * Opens the working copy that contains {@code folder} (the repository's top or any folder inside it). The settings
     * are the ones kept in {@code store}, else found: the root folder is {@code folder} when it holds a factory (else the
     * first folder under the top that does), the collaboration branch origin's default branch (else main / master), the
     * publish branch from {@code publish_config.json} on it.
     */
    public static WorkingCopy open(Path folder, GitSettingsStore store, RemoteAccess access) {
        return open(folder, store, access, null);
    }

    /** Opens with these settings (checked, then kept in {@code store}): the settings dialog's "Save". */
    public static WorkingCopy open(Path folder, GitSettingsStore store, RemoteAccess access, GitSettings settings) {
        Repository repo = Repositories.open(folder);
        try {
            Repositories.check(repo);
            Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
            GitSettings chosen = settings != null ? settings
                    : store.gitSettings(workTree).orElseGet(() -> Repositories.found(repo, folder));
            WorkingCopy wc = new WorkingCopy(repo, store, access, chosen);
            wc.checkRootFolder(chosen);
            if (settings != null || store.gitSettings(workTree).isEmpty()) store.saveGitSettings(workTree, chosen);
            return wc;
        } catch (RuntimeException e) {
            repo.close();
            throw e;
        }
    }

    /**
     * Clones {@code url} into {@code folder} (which must not exist or be empty) and opens it. A user and password in the
     * URL are taken out of it (so they never reach .git/config) and used as the credentials. On failure or Cancel the
     * folder is left as it was.
     *
     * @param branch the branch to check out, null for the remote's default
     */
    public static WorkingCopy clone(String url, String branch, Path folder, GitSettingsStore store, RemoteAccess access, TaskMonitor monitor) {
        Repositories.clone(url, branch, folder, access, monitor);
        return open(folder, store, access);
    }

    public Path workTree() {
        return repo.getWorkTree().toPath().toAbsolutePath().normalize();
    }

    /** The factory's root folder on disk (the folder the studio loads). */
    public Path factoryRoot() {
        return settings.rootFolder().isEmpty() ? workTree() : workTree().resolve(settings.rootFolder());
    }

    public GitSettings settings() {
        return settings;
    }

    /** Changes the settings (checked: the root folder must exist) and keeps them in the workspace store. */
    public void updateSettings(GitSettings newSettings) {
        checkRootFolder(newSettings);
        settings = newSettings;
        store.saveGitSettings(workTree(), newSettings);
    }

    private void checkRootFolder(GitSettings s) {
        Path root = s.rootFolder().isEmpty() ? workTree() : workTree().resolve(s.rootFolder()).normalize();
        if (!root.startsWith(workTree()) || !Files.isDirectory(root) || root.startsWith(workTree().resolve(Constants.DOT_GIT))) {
            throw GitProblemException.of(ProblemCode.GIT_ROOT_FOLDER_MISSING, "The root folder '/" + s.rootFolder() + "' is not in the repository " + workTree(),
                    "Set the root folder to the folder that holds pipeline/, dataset/ … ('/' for the repository's top)");
        }
    }

    public HeadState head() {
        try {
            String full = repo.getFullBranch();
            ObjectId id = repo.resolve(Constants.HEAD);
            String branch = full != null && full.startsWith(Constants.R_HEADS) ? full.substring(Constants.R_HEADS.length()) : null;
            return new HeadState(branch, id == null ? null : id.name(), repo.getRepositoryState());
        } catch (IOException e) {
            throw Failures.damaged("HEAD", e);
        }
    }

    /** The author from git's configuration (repository, then user), empty when user.name or user.email is not set. */
    public Optional<PersonIdent> identity() {
        UserConfig user = repo.getConfig().get(UserConfig.KEY);
        if (user.isAuthorNameImplicit() || user.isAuthorEmailImplicit()) return Optional.empty();
        return Optional.of(new PersonIdent(user.getAuthorName(), user.getAuthorEmail()));
    }

    /** Keeps the author in the repository's git configuration (asked once, then used for every commit). */
    public void rememberIdentity(String name, String email) {
        StoredConfig config = repo.getConfig();
        config.setString(ConfigConstants.CONFIG_USER_SECTION, null, ConfigConstants.CONFIG_KEY_NAME, name);
        config.setString(ConfigConstants.CONFIG_USER_SECTION, null, ConfigConstants.CONFIG_KEY_EMAIL, email);
        try {
            config.save();
        } catch (IOException e) {
            throw Failures.other("The git configuration could not be written", e);
        }
    }

    private PersonIdent author(PersonIdent given) {
        if (given != null) return given;
        return identity().orElseThrow(() -> GitProblemException.of(ProblemCode.GIT_IDENTITY_MISSING,
                "git does not know who you are: user.name and user.email are not set",
                "Enter your name and e-mail once; they are kept in the repository's git configuration"));
    }

    /** The changed resources (and other files) under the root folder: HEAD against the working tree. */
    public Changes status(TaskMonitor monitor) {
        try {
            return ChangeList.of(repo, settings.prefix(), scan.scan(settings.prefix(), monitor), repo.readMergeHeads() != null);
        } catch (IOException e) {
            throw io("The working tree could not be read", e);
        }
    }

    /** A file's content at HEAD (for the side-by-side diff), empty when HEAD has no such file. */
    public Optional<byte[]> headContent(String path) {
        try {
            return ChangeList.at(repo, Constants.HEAD, path);
        } catch (IOException e) {
            throw io("HEAD could not be read", e);
        }
    }

    /**
     * Commits these files (relative to the working tree) as they are in the working tree; null commits every change
     * under the root folder ({@link Changes#allPaths()}). Other changes stay uncommitted.
     *
     * @param author null for the configured identity (PW937 when there is none)
     * @return the new commit, empty when the files are as at HEAD
     */
    public Optional<String> commit(String message, Collection<String> paths, PersonIdent author) {
        if (message == null || message.isBlank()) throw new IllegalArgumentException("A commit needs a message");
        if (head().merging()) throw Remotes.mergeInProgress();
        PersonIdent who = author(author);
        Collection<String> chosen = paths != null ? paths : status(TaskMonitor.NONE).allPaths();
        try {
            return new Committer(repo).commit(chosen, message, who).map(ObjectId::name);
        } catch (IOException e) {
            throw io("The commit could not be written", e);
        }
    }

    public List<BranchInfo> branches() {
        try {
            return new Branches(git).list();
        } catch (IOException e) {
            throw io("The branches could not be read", e);
        }
    }

    /** Switches to a local branch, or to origin's branch of that name (creating the local one that tracks it). */
    public void switchBranch(String name, boolean carryUncommitted) {
        if (head().merging()) throw Remotes.mergeInProgress();
        try {
            new Branches(git).switchTo(name, carryUncommitted ? Branches.Uncommitted.CARRY : Branches.Uncommitted.REFUSE);
        } catch (IOException e) {
            throw io("The branch could not be switched", e);
        }
    }

    /** Creates a feature branch from the collaboration branch, and switches to it when {@code switchTo}. */
    public void createBranch(String name, boolean switchTo, boolean carryUncommitted) {
        if (switchTo && head().merging()) throw Remotes.mergeInProgress();
        try {
            new Branches(git).create(name, settings.collaborationBranch(), switchTo,
                    carryUncommitted ? Branches.Uncommitted.CARRY : Branches.Uncommitted.REFUSE);
        } catch (IOException e) {
            throw io("The branch could not be created", e);
        }
    }

    /** Deletes a local branch; {@code force} also when it has commits no other branch has. */
    public void deleteBranch(String name, boolean force) {
        try {
            new Branches(git).delete(name, force);
        } catch (IOException e) {
            throw io("The branch could not be deleted", e);
        }
    }

    /** The files changed or untracked in the whole working tree (what a switch would carry). */
    public List<String> uncommittedFiles() {
        return new Branches(git).uncommitted();
    }

    /** origin's URL (PW939 when there is no origin). */
    public String remoteUrl() {
        return new Remotes(git, access).url();
    }

    public int fetch(TaskMonitor monitor) {
        return new Remotes(git, access).fetch(monitor);
    }

    /**
     * Fetches and merges the current branch's upstream: fast-forward when possible, else a merge in which resource files
     * changed on both sides are merged as JSON; real conflicts are left ({@link PullOutcome.Kind#CONFLICTS}) for the
     * merge view.
     *
     * @param author for a merge commit, null for the configured identity
     */
    public PullOutcome pull(PersonIdent author, TaskMonitor monitor) {
        try {
            return new Remotes(git, access).pull(merges(), author(author), monitor);
        } catch (IOException e) {
            throw io("The pull could not be done", e);
        }
    }

    /** Pushes the current branch to origin (a non-fast-forward is refused with PW930: pull first). */
    public PushOutcome push(TaskMonitor monitor) {
        try {
            return new Remotes(git, access).push(monitor);
        } catch (IOException e) {
            throw io("The push could not be done", e);
        }
    }

    /**
     * ADF's Publish: commits publish output (paths relative to the factory's folder on the publish branch, such as
     * {@code ARMTemplateForFactory.json}) to the publish branch of the settings under {@code <factoryName>/}, without
     * touching the working tree or the current branch, then pushes that branch when there is an origin.
     *
     * @param author null for the configured identity (PW937 when there is none)
     */
    public PublishOutcome publish(String factoryName, Map<String, byte[]> files, PersonIdent author, TaskMonitor monitor) {
        String branch = settings.publishBranch();
        HeadState head = head();
        String message = "Publish " + factoryName + " from " + (head.detached() ? "a detached HEAD" : head.branch())
                + (head.commit() == null ? "" : " at " + head.commit().substring(0, Math.min(7, head.commit().length())));
        try {
            Optional<String> commit = new PublishBranch(repo).commit(branch, factoryName, files, author(author), message).map(ObjectId::name);
            boolean pushed = false;
            boolean hasOrigin = repo.getConfig().getString(ConfigConstants.CONFIG_REMOTE_SECTION, Remotes.ORIGIN, ConfigConstants.CONFIG_KEY_URL) != null;
            if (hasOrigin && !monitor.isCancelled()) pushed = !new Remotes(git, access).push(branch, monitor).upToDate();
            return new PublishOutcome(branch, factoryName + "/", commit.orElse(null), pushed);
        } catch (IOException e) {
            throw io("The publish branch could not be written", e);
        }
    }

    /** The file {@code path} (relative to the working tree) as the tip of {@code branch} holds it, or of origin's. */
    public Optional<byte[]> branchContent(String branch, String path) {
        try {
            ObjectId tip = repo.resolve(Constants.R_HEADS + branch);
            if (tip == null) tip = repo.resolve(Constants.R_REMOTES + Remotes.ORIGIN + "/" + branch);
            if (tip == null) return Optional.empty();
            try (org.eclipse.jgit.revwalk.RevWalk walk = new org.eclipse.jgit.revwalk.RevWalk(repo);
                 org.eclipse.jgit.treewalk.TreeWalk tree = org.eclipse.jgit.treewalk.TreeWalk.forPath(repo, path, walk.parseCommit(tip).getTree())) {
                return tree == null ? Optional.empty() : Optional.of(repo.open(tree.getObjectId(0)).getBytes());
            }
        } catch (IOException e) {
            throw io("The publish branch could not be read", e);
        }
    }

    /** The page that opens a pull request of the current branch into the collaboration branch (GitHub, Azure DevOps). */
    public Optional<String> pullRequestUrl() {
        HeadState head = head();
        if (head.detached()) return Optional.empty();
        return PullRequests.url(remoteUrl(), head.branch(), settings.collaborationBranch());
    }

    public MergeState mergeState() {
        try {
            return merges().state();
        } catch (IOException e) {
            throw io("The merge state could not be read", e);
        }
    }

    public ConflictVersions conflictVersions(String path) {
        try {
            return merges().versions(path);
        } catch (IOException e) {
            throw io("The conflict could not be read", e);
        }
    }

    /** JSON-merges the conflicted resource files again (after a merge made elsewhere); returns the ones now resolved. */
    public List<String> autoResolve() {
        try {
            return merges().autoResolve();
        } catch (IOException e) {
            throw io("The conflicts could not be merged", e);
        }
    }

    /** Writes the resolution of a conflicted file ({@code null}: delete it) and marks it resolved. */
    public void resolve(String path, String text) {
        try {
            merges().resolve(path, text);
        } catch (IOException e) {
            throw io("The resolution could not be written", e);
        }
    }

    /** Commits the merge once every conflict is resolved; {@code message} null for git's prepared one. */
    public String finishMerge(String message, PersonIdent author) {
        try {
            RevCommit commit = merges().finish(message, author(author));
            return commit.name();
        } catch (IOException e) {
            throw io("The merge could not be committed", e);
        }
    }

    /** Abandons the merge: the files it changed go back to HEAD, MERGE_HEAD is removed. */
    public void abortMerge() {
        try {
            merges().abort();
        } catch (IOException e) {
            throw io("The merge could not be aborted", e);
        }
    }

    /** The index lock another git program left behind, if there is one (see PW922). */
    public Optional<Path> staleLock() {
        Path lock = repo.getDirectory().toPath().resolve("index.lock");
        return Files.exists(lock) ? Optional.of(lock) : Optional.empty();
    }

    /** Removes a left-behind index lock (only when the user confirmed that no other git program runs). */
    public void removeStaleLock() {
        try {
            Files.deleteIfExists(repo.getDirectory().toPath().resolve("index.lock"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Merges merges() {
        return new Merges(git, settings.prefix());
    }

    /** The JGit repository, for what this class does not offer (tests, benchmarks). */
    public Repository repository() {
        return repo;
    }

    private static GitProblemException io(String what, IOException e) {
        if (e instanceof CorruptObjectException || e instanceof MissingObjectException) return Failures.damaged(what.toLowerCase(), e);
        return Failures.other(what, e);
    }

    @Override
    public void close() {
        git.close();
        repo.close();
    }
}
