package dev.pipewright.bench;

import dev.pipewright.git.Changes;
import dev.pipewright.git.GitSettingsStore;
import dev.pipewright.git.RemoteAccess;
import dev.pipewright.git.TaskMonitor;
import dev.pipewright.git.WorkingCopy;
import dev.pipewright.git.auth.Credentials;
import org.eclipse.jgit.lib.PersonIdent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Source control on the generated 10,000-resource factory committed in a git repository, against the real {@code git}
 * command in the same run: the Changes view's status (changed resources under the root folder, HEAD against the
 * working tree) and a commit of 100 changed resources.
 */
public final class GitBenchmark {
    private static final int RESOURCES = 10_000;
    private static final int CHANGED = 100;

    private GitBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("pipewright.git.timestamps", "sync"); // measured once here, not during a timed call
        Path work = Files.createTempDirectory("pipewright-bench-git-");
        try {
            run(work);
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static void run(Path work) throws Exception {
        Path repo = work.resolve("repo");
        Path root = repo.resolve("adf");
        GeneratedFactory.write(root, RESOURCES);
        git(repo.getParent(), "init", "-q", "-b", "main", repo.toString());
        git(repo, "add", "-A");
        git(repo, "-c", "gc.auto=0", "commit", "-q", "-m", "Generated factory");
        git(repo, "gc", "-q"); // packed, as a clone is (and no automatic gc running in the background during the runs)
        git(repo, "config", "gc.auto", "0");
        PersonIdent author = new PersonIdent("Bench", "bench@example.com");

        long coldStart = System.nanoTime();
        try (WorkingCopy wc = WorkingCopy.open(root, GitSettingsStore.inMemory(), RemoteAccess.in(work.resolve("ws"), Credentials.NONE))) {
            Changes first = wc.status(TaskMonitor.NONE);
            double cold = (System.nanoTime() - coldStart) / 1e6;
            if (!first.isEmpty()) throw new IllegalStateException("a fresh commit has changes: " + first.resources().size());

            long[] ours = new long[15];
            long[] theirs = new long[15];
            for (int i = 0; i < 5; i++) {
                wc.status(TaskMonitor.NONE);
                git(repo, "status", "--porcelain");
            }
            for (int i = 0; i < ours.length; i++) { // alternated, so both see the same machine load
                long t = System.nanoTime();
                wc.status(TaskMonitor.NONE);
                ours[i] = System.nanoTime() - t;
                t = System.nanoTime();
                git(repo, "status", "--porcelain");
                theirs[i] = System.nanoTime() - t;
            }
            double status = Stats.medianMs(ours);
            double gitStatus = Stats.medianMs(theirs);
            double ratio = status / gitStatus;
            System.out.println(String.format(Locale.ROOT, "git status, 10,000 resources, clean, warm median: %.1f ms (target ≤ 300 ms and ≤ 1.5× "
                            + "git status --porcelain, %.1f ms here: %.2f×; first status after open %.0f ms)  %s",
                    status, gitStatus, ratio, cold, status <= 300 && ratio <= 1.5 ? "PASS" : "MISS"));

            long[] changedStatus = new long[7];
            long[] commits = new long[7];
            long[] gitCommits = new long[7];
            for (int round = 0; round < commits.length; round++) {
                List<String> paths = change(root, round, "pw");
                long t = System.nanoTime();
                Changes changes = wc.status(TaskMonitor.NONE);
                changedStatus[round] = System.nanoTime() - t;
                if (changes.resources().size() != CHANGED) throw new IllegalStateException(changes.resources().size() + " changed");
                t = System.nanoTime();
                wc.commit("Change " + CHANGED + " pipelines", paths, author).orElseThrow();
                commits[round] = System.nanoTime() - t;

                List<String> cliPaths = change(root, round, "cli");
                List<String> add = new ArrayList<>(List.of("add", "--"));
                add.addAll(cliPaths);
                t = System.nanoTime();
                git(repo, add.toArray(String[]::new));
                git(repo, "commit", "-q", "-m", "Change " + CHANGED + " pipelines");
                gitCommits[round] = System.nanoTime() - t;
            }
            Stats.line("git status, 100 changed resources with semantic summaries, median", Stats.medianMs(changedStatus), -1,
                    "the Changes view's content");
            Stats.line("git commit of 100 changed resources, median", Stats.medianMs(commits), 500,
                    String.format(Locale.ROOT, "git add + git commit %.1f ms, %.2f×", Stats.medianMs(gitCommits),
                            Stats.medianMs(commits) / Stats.medianMs(gitCommits)));
            String fsck = git(repo, "fsck", "--no-progress");
            String porcelain = git(repo, "status", "--porcelain");
            if (!porcelain.isEmpty()) throw new IllegalStateException("git status after the commits: " + porcelain + fsck);
        }
    }

    /** Changes the wait time of 100 pipelines (a different hundred each round, and per side); returns their paths. */
    private static List<String> change(Path root, int round, String side) throws IOException {
        List<String> paths = new ArrayList<>();
        int offset = (side.equals("pw") ? 0 : 2_000) + round * CHANGED;
        for (int i = offset; i < offset + CHANGED; i++) {
            Path file = root.resolve("pipeline/PL_" + i + ".json");
            String text = Files.readString(file);
            String changed = text.replace("\"name\": \"PL_" + i + "\"", "\"name\": \"PL_" + i + "\",\n\t\"description\": \"" + side + round + "\"");
            if (changed.equals(text)) throw new IllegalStateException("no name in " + file);
            Files.writeString(file, changed);
            paths.add("adf/pipeline/PL_" + i + ".json");
        }
        return paths;
    }

    private static String git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_AUTHOR_NAME", "Bench");
        pb.environment().put("GIT_AUTHOR_EMAIL", "bench@example.com");
        pb.environment().put("GIT_COMMITTER_NAME", "Bench");
        pb.environment().put("GIT_COMMITTER_EMAIL", "bench@example.com");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) throw new IllegalStateException("git " + String.join(" ", args) + ": " + out);
        return out;
    }
}
