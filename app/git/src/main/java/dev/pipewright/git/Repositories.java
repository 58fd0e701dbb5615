package dev.pipewright.git;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.ProblemCode;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.URIish;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Opening a repository from any folder inside it, checking it can be read, cloning, and the settings found in it. */
final class Repositories {
    private Repositories() {
    }

    static Repository open(Path folder) {
        JGitSetup.ensure();
        Path start = folder.toAbsolutePath().normalize();
        if (!Files.isDirectory(start)) {
            throw GitProblemException.of(ProblemCode.GIT_NOT_A_WORKING_COPY, "There is no folder " + start, "Open a folder inside a clone");
        }
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(start.toFile());
        if (builder.getGitDir() == null) {
            for (Path dir = start; dir != null; dir = dir.getParent()) {
                if (Files.exists(dir.resolve(Constants.DOT_GIT))) { // there, but JGit does not take it for a repository
                    throw Failures.damaged(dir.resolve(Constants.DOT_GIT) + " is not a readable repository (HEAD or its layout is broken)", null);
                }
            }
            throw GitProblemException.of(ProblemCode.GIT_NOT_A_WORKING_COPY, start + " is not inside a git working copy (no .git above it)",
                    "Open a folder inside a clone, or clone the repository first (File › Clone repository…)");
        }
        try {
            Repository repo = builder.setMustExist(true).build();
            if (repo.isBare()) {
                repo.close();
                throw GitProblemException.of(ProblemCode.GIT_NOT_A_WORKING_COPY, builder.getGitDir() + " is a bare repository, with no working tree",
                        "Clone it into a folder and open the clone");
            }
            return repo;
        } catch (IOException | IllegalArgumentException e) {
            throw Failures.damaged(builder.getGitDir() + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Reads HEAD, its commit and the index, so that a damaged .git is reported on open rather than half-way later. */
    static void check(Repository repo) {
        try {
            Ref head = repo.exactRef(Constants.HEAD);
            if (head == null) throw Failures.damaged("HEAD is missing or not readable", null);
            if (head.getObjectId() != null) repo.parseCommit(head.getObjectId());
            else if (head.isSymbolic() && !Repository.isValidRefName(head.getTarget().getName())) throw Failures.damaged("HEAD", null);
            DirCache.read(repo);
        } catch (IOException | RuntimeException e) {
            if (e instanceof GitProblemException p) throw p;
            throw Failures.damaged(e.getClass().getSimpleName(), e);
        }
    }

    /** The settings a working copy suggests: see {@link WorkingCopy#open(Path, GitSettingsStore, RemoteAccess)}. */
    static GitSettings found(Repository repo, Path opened) {
        Path workTree = repo.getWorkTree().toPath().toAbsolutePath().normalize();
        Path folder = opened.toAbsolutePath().normalize();
        Path root = holdsFactory(folder) ? folder : firstFactoryBelow(workTree).orElse(folder);
        String rootFolder = workTree.relativize(root).toString().replace('\\', '/');
        String collaboration = collaborationBranch(repo);
        return new GitSettings(collaboration, publishBranch(repo, collaboration, new GitSettings(collaboration, null, rootFolder).prefix()), rootFolder);
    }

    private static boolean holdsFactory(Path folder) {
        if (Files.isRegularFile(folder.resolve(Factory.PUBLISH_CONFIG))) return true;
        for (ResourceKind kind : ResourceKind.values()) {
            if (kind != ResourceKind.MANAGED_PRIVATE_ENDPOINT && Files.isDirectory(folder.resolve(kind.folder()))) return true;
        }
        return false;
    }

    /** The first folder (by name, breadth first, two levels deep) under the top that holds ADF's resource folders. */
    private static Optional<Path> firstFactoryBelow(Path top) {
        if (holdsFactory(top)) return Optional.of(top);
        for (int level = 1; level <= 2; level++) {
            int depth = level;
            try (Stream<Path> walk = Files.walk(top, depth)) {
                Optional<Path> found = walk.filter(Files::isDirectory).filter(p -> top.relativize(p).getNameCount() == depth)
                        .filter(p -> !p.getFileName().toString().startsWith(".")).sorted(Comparator.comparing(Path::toString))
                        .filter(Repositories::holdsFactory).findFirst();
                if (found.isPresent()) return found;
            } catch (IOException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** origin's default branch (origin/HEAD), else main, master or the current branch, as they exist. */
    static String collaborationBranch(Repository repo) {
        try {
            Ref originHead = repo.exactRef(Constants.R_REMOTES + Remotes.ORIGIN + "/" + Constants.HEAD);
            if (originHead != null && originHead.isSymbolic()) {
                return originHead.getTarget().getName().substring((Constants.R_REMOTES + Remotes.ORIGIN + "/").length());
            }
            for (String candidate : List.of("main", "master")) {
                if (repo.exactRef(Constants.R_HEADS + candidate) != null || repo.exactRef(Constants.R_REMOTES + Remotes.ORIGIN + "/" + candidate) != null) {
                    return candidate;
                }
            }
            String current = repo.getBranch();
            return current == null || ObjectId.isId(current) ? GitSettings.DEFAULT_COLLABORATION_BRANCH : current;
        } catch (IOException e) {
            return GitSettings.DEFAULT_COLLABORATION_BRANCH;
        }
    }

    /** {@code publishBranch} of publish_config.json in the root folder on the collaboration branch, else null (the default). */
    static String publishBranch(Repository repo, String collaboration, String prefix) {
        try {
            for (String rev : List.of(Constants.R_HEADS + collaboration, Constants.R_REMOTES + Remotes.ORIGIN + "/" + collaboration)) {
                Optional<byte[]> config = ChangeList.at(repo, rev, prefix + Factory.PUBLISH_CONFIG);
                if (config.isPresent()) {
                    JsonNode root = JsonReader.read(config.get(), null, null).root();
                    JsonNode branch = root == null ? null : root.get("publishBranch");
                    return branch != null && branch.isTextual() ? branch.textValue() : null;
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable publish_config.json: ADF then publishes to the default branch too
        }
        return null;
    }

    static void clone(String url, String branch, Path folder, RemoteAccess access, TaskMonitor monitor) {
        JGitSetup.ensure();
        Path target = folder.toAbsolutePath().normalize();
        boolean existed = Files.exists(target);
        try {
            if (existed) {
                try (Stream<Path> entries = Files.list(target)) {
                    if (entries.findAny().isPresent()) {
                        throw GitProblemException.of(ProblemCode.GIT_FAILED, target + " is not empty", "Clone into a new or empty folder");
                    }
                }
            }
        } catch (IOException e) {
            throw Failures.other("The folder " + target + " cannot be read", e);
        }
        URIish uri;
        try {
            uri = new URIish(url);
        } catch (URISyntaxException e) {
            throw GitProblemException.of(ProblemCode.GIT_FAILED, "'" + url + "' is not a git URL", "Give an https://, ssh://, git@host:path or file:// URL, or a folder");
        }
        RemoteAccess chosen = access;
        String cleanUrl = url;
        if (uri.getPass() != null) { // never write a password into .git/config
            chosen = access.withCredentials(dev.pipewright.git.auth.Credentials.of(
                    new dev.pipewright.git.auth.GitCredentials.Https(uri.getUser(), uri.getPass())).or(access.credentials()));
            cleanUrl = uri.setUser(null).setPass(null).toString();
        }
        Connection connection = new Connection(cleanUrl, chosen);
        try (connection) {
            var clone = connection.apply(Git.cloneRepository().setURI(cleanUrl).setDirectory(target.toFile())
                    .setProgressMonitor(new Progress(monitor)));
            if (branch != null && !branch.isBlank()) clone.setBranch(Constants.R_HEADS + branch);
            try (Git git = clone.call()) {
                Progress.check(monitor);
                String checkedOut = git.getRepository().getBranch();
                if (branch != null && !branch.isBlank() && !branch.equals(checkedOut)) {
                    throw Branches.refused("The remote has no branch '" + branch + "'", "Clone its default branch, or pick one it has");
                }
            }
        } catch (GitAPIException | IOException | RuntimeException e) {
            removeClone(target, existed);
            throw e instanceof GitProblemException p ? p : Failures.remote(e, connection, monitor);
        }
    }

    /** What a failed clone left: the folder it created, or the content it put into an empty one. */
    private static void removeClone(Path target, boolean keepFolder) {
        if (!Files.exists(target)) return;
        try (Stream<Path> walk = Files.walk(target)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (!keepFolder || !p.equals(target)) Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: the folder is reported by the problem
        }
    }
}
