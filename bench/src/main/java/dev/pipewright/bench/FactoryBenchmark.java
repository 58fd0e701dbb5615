package dev.pipewright.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.validate.Validator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Issue 2's goals: the largest shared-corpus root loaded and validated warm in ≤ 0.5 s (baseline: plain
 * Jackson {@code readTree} of the same files, same run); a generated 10,000-resource factory loaded in ≤ 2 s,
 * exported in ≤ 2 s, with a peak heap ≤ 300 MB — measured in a child JVM started with {@code -Xmx300m}, so
 * the heap figure is what the process really needed.
 */
public final class FactoryBenchmark {
    private static final int GENERATED_RESOURCES = 10_000;

    private FactoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            generatedFactory(Path.of(args[1]));
            return;
        }
        Path corpus = Path.of(args.length > 0 ? args[0] : System.getProperty("pipewright.corpus", "../shared/corpus"));
        largestCorpusRoot(corpus);
        Path work = Files.createTempDirectory("pipewright-bench-"); // the generated factory and the child's exports
        try {
            Path generated = work.resolve("factory");
            GeneratedFactory.write(generated, GENERATED_RESOURCES);
            runChild(generated);
        } finally {
            deleteTree(work);
        }
    }

    private static void largestCorpusRoot(Path corpus) throws IOException {
        Path root = largestRoot(corpus);
        List<Path> files = jsonFiles(root);
        ObjectMapper jackson = new ObjectMapper();
        int warmups = 5;
        int runs = 15;
        long[] ours = new long[runs];
        long[] baseline = new long[runs];
        int resources = 0;
        int problems = 0;
        for (int i = -warmups; i < runs; i++) {
            long t0 = System.nanoTime();
            Factory f = Factory.load(root);
            List<Problem> found = Validator.validate(f);
            long t1 = System.nanoTime();
            for (Path file : files) jackson.readTree(Files.readAllBytes(file));
            long t2 = System.nanoTime();
            if (i >= 0) {
                ours[i] = t1 - t0;
                baseline[i] = t2 - t1;
            }
            resources = f.resources().size();
            problems = found.size();
        }
        double oursMs = Stats.medianMs(ours);
        double baseMs = Stats.medianMs(baseline);
        Stats.line("corpus load + validate (" + root.getFileName() + ", " + files.size() + " files, " + resources + " resources, "
                + problems + " problems), warm median of " + runs, oursMs, 500,
                String.format(Locale.ROOT, "baseline Jackson readTree of the same files %.0f ms, ratio %.1fx", baseMs, oursMs / baseMs));
    }

    /**
     * Runs in the child JVM (-Xmx300m). Pass 0 is cold and measures heap: before each phase a full GC and a
     * reset of the heap pools' peaks, so each phase's peak is what it needed on top of what was live before it.
     * Passes 1..runs are timed warm.
     */
    private static void generatedFactory(Path root) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        int runs = 3; // each pass writes 20,000 files: on a slow disk that is tens of seconds
        long[] load = new long[runs + 1];
        long[] validate = new long[runs + 1];
        long[] export = new long[runs + 1];
        long[] plainWrite = new long[runs + 1];
        long[] serialize = new long[runs + 1];
        long[] peaks = new long[3];
        long liveAfterLoad = 0;
        int resources = 0;
        int problems = 0;
        // Outputs are deleted only at the end: deleting 10,000 files between passes leaves the file system
        // busy (journal, discard) during the next pass's writes, which measured the deletes, not the export.
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            boolean cold = i == 0;
            Path out = Files.createTempDirectory(root.getParent(), "export-");
            Path plain = Files.createTempDirectory(root.getParent(), "plain-");
            outputs.add(out);
            outputs.add(plain);
            if (cold) resetPeaks(heap);
            long t0 = System.nanoTime();
            Factory f = Factory.load(root);
            long t1 = System.nanoTime();
            if (cold) {
                peaks[0] = peak(heap);
                liveAfterLoad = liveHeap();
                resetPeaks(heap);
            }
            long t2 = System.nanoTime();
            problems = Validator.validate(f).size();
            long t3 = System.nanoTime();
            if (cold) {
                peaks[1] = peak(heap);
                resetPeaks(heap);
            }
            long t4 = System.nanoTime();
            FactoryWriter.Result written = FactoryWriter.export(f, out);
            long t5 = System.nanoTime();
            if (cold) peaks[2] = peak(heap);
            if (!written.ok()) throw new IllegalStateException("export failed: " + written.problems());
            long t6 = System.nanoTime();
            plainWrite(f, plain);
            long t7 = System.nanoTime();
            long bytes = 0;
            for (Resource r : f.resources()) bytes += r.canonicalBytes().length;
            serialize[i] = System.nanoTime() - t7;
            if (bytes == 0) throw new IllegalStateException("nothing serialized");
            load[i] = t1 - t0;
            validate[i] = t3 - t2;
            export[i] = t5 - t4;
            plainWrite[i] = t7 - t6;
            resources = f.resources().size();
        }
        for (Path p : outputs) deleteTree(p);
        String first = "first (cold) pass %.0f ms";
        Stats.line("generated factory load (" + resources + " resources), warm median of " + runs, Stats.medianMs(tail(load)), 2000,
                String.format(Locale.ROOT, first, load[0] / 1e6));
        Stats.line("generated factory validate (" + problems + " problems), warm median of " + runs, Stats.medianMs(tail(validate)), -1,
                String.format(Locale.ROOT, first + "; no target", validate[0] / 1e6));
        double plainMs = Stats.medianMs(tail(plainWrite));
        double exportMs = Stats.medianMs(tail(export));
        Stats.line("generated factory export (" + resources + " files to an empty folder), warm median of " + runs, exportMs, 2000,
                String.format(Locale.ROOT, first + "; baseline: each resource's canonicalBytes() by one Files.write, sequentially, %.0f ms,"
                                + " ratio %.1fx; serializing alone %.0f ms; folder on %s", export[0] / 1e6, plainMs, exportMs / plainMs,
                        Stats.medianMs(tail(serialize)), Files.getFileStore(root).type()));
        long maxPeak = Math.max(peaks[0], Math.max(peaks[1], peaks[2]));
        Stats.figure("generated factory peak heap, cold load / validate / export (child JVM -Xmx"
                        + Runtime.getRuntime().maxMemory() / MB + "m)", (double) maxPeak / MB, "MB", 300,
                String.format(Locale.ROOT, "per phase %d / %d / %d MB, sum of the heap pools' peaks, garbage included; live heap after load %d MB",
                        peaks[0] / MB, peaks[1] / MB, peaks[2] / MB, liveAfterLoad / MB));
    }

    private static final long MB = 1024 * 1024;

    private static void resetPeaks(List<MemoryPoolMXBean> heap) {
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** An upper bound: each pool's own peak, summed (pools may peak at different moments). */
    private static long peak(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    /** Heap in use after a full GC: what the loaded factory retains (it is still referenced by the caller). */
    private static long liveHeap() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** The baseline for export: each file's bytes written with one plain Files.write, sequentially. */
    private static void plainWrite(Factory f, Path out) throws IOException {
        for (Resource r : f.resources()) {
            Path target = out.resolve(r.canonicalPath());
            Files.createDirectories(target.getParent());
            Files.write(target, r.canonicalBytes());
        }
    }

    private static long[] tail(long[] values) {
        long[] t = new long[values.length - 1];
        System.arraycopy(values, 1, t, 0, t.length);
        return t;
    }

    private static void runChild(Path generated) throws IOException, InterruptedException {
        runChild(FactoryBenchmark.class, "300m", "the generated-factory run", generated);
    }

    /** Runs {@code main} of {@code type} with {@code --child <folder>} in a JVM limited to {@code heap}, printing its output. */
    static void runChild(Class<?> type, String heap, String what, Path folder) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                type.getName(), "--child", folder.toString()).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            out.lines().forEach(System.out::println);
        }
        if (child.waitFor() != 0) System.out.println("MISS: " + what + " failed under -Xmx" + heap + " (exit " + child.exitValue() + ")");
    }

    private static Path largestRoot(Path corpus) throws IOException {
        if (!Files.isDirectory(corpus)) throw new IOException("shared corpus not found at " + corpus.toAbsolutePath());
        try (Stream<Path> roots = Files.list(corpus)) {
            List<Path> dirs = roots.filter(Files::isDirectory).toList();
            Path best = null;
            long bestCount = -1;
            for (Path d : dirs) {
                long n = jsonFiles(d).size();
                if (n > bestCount) {
                    best = d;
                    bestCount = n;
                }
            }
            return best;
        }
    }

    private static List<Path> jsonFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".json") && Files.isRegularFile(p)).sorted().toList();
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) return;
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
