package dev.pipewright.git.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The real {@code git} command, run in a folder with a fixed identity and no system or user configuration, so what
 * tests check (fsck, log, status) is git's own view and does not depend on the machine's set-up.
 */
public final class GitCli {
    public static final String NAME = "Test Author";
    public static final String EMAIL = "author@example.com";

    private GitCli() {
    }

    /** Runs {@code git args…} in {@code dir}; fails on a non-zero exit. Returns stdout. */
    public static String git(Path dir, String... args) {
        Result r = run(dir, args);
        if (r.exitCode() != 0) throw new AssertionError("git " + String.join(" ", args) + " exited " + r.exitCode() + ": " + r.err() + r.out());
        return r.out();
    }

    /** The outcome of a git command that may fail. */
    public record Result(int exitCode, String out, String err) {
    }

    public static Result run(Path dir, String... args) {
        List<String> command = new ArrayList<>();
        command.add("git");
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        environment(pb.environment(), dir);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
            String out = read(p.getInputStream());
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("git " + String.join(" ", args) + " did not finish");
            }
            return new Result(p.exitValue(), out, err.join());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** git's environment for tests: identity, no system/global configuration, a HOME of its own. */
    static void environment(Map<String, String> env, Path dir) {
        env.put("GIT_AUTHOR_NAME", NAME);
        env.put("GIT_AUTHOR_EMAIL", EMAIL);
        env.put("GIT_COMMITTER_NAME", NAME);
        env.put("GIT_COMMITTER_EMAIL", EMAIL);
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("GIT_CONFIG_GLOBAL", "/dev/null");
        env.put("GIT_TERMINAL_PROMPT", "0");
        env.put("GIT_EDITOR", "true");
        env.remove("GIT_DIR");
        env.remove("GIT_WORK_TREE");
    }

    private static String read(java.io.InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
