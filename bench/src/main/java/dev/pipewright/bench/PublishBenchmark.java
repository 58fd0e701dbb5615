package dev.pipewright.bench;

import dev.pipewright.core.arm.ArmExport;
import dev.pipewright.core.arm.ArmOutput;
import dev.pipewright.core.arm.FactoryId;
import dev.pipewright.core.factory.Factory;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 13's goal: {@code build export} of the generated 10,000-resource factory — validation, the templates
 * (single and linked, split) and writing them — in ≤ 1.5 s with a peak heap ≤ 400 MB, measured in a child JVM
 * started with {@code -Xmx400m}. Baseline (same run): serializing the factory's resources as git files
 * ({@code canonicalBytes()} of each), the work any export of the same model does at least. Prints the split.
 */
public final class PublishBenchmark {
    private static final int GENERATED_RESOURCES = 10_000;
    private static final long MB = 1024 * 1024;
    /** The bench factory's connection strings hold no secret; it parameterizes its runtimes' descriptions only (under 256 parameters). */
    static final String DEFINITION = """
            {"Microsoft.DataFactory/factories/integrationRuntimes": {"properties": {"description": "="}}}""";

    private PublishBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--child")) {
            child(Path.of(args[1]));
            return;
        }
        Path work = Files.createTempDirectory("pipewright-publish-bench-");
        try {
            Path root = work.resolve("factory");
            GeneratedFactory.write(root, GENERATED_RESOURCES, true);
            Files.writeString(root.resolve("arm-template-parameters-definition.json"), DEFINITION);
            FactoryBenchmark.runChild(PublishBenchmark.class, "400m", "the build export run", root);
        } finally {
            FactoryBenchmark.deleteTree(work);
        }
    }

    /** Pass 0 is cold and measures the heap (full GC and reset of the pools' peaks before it); passes 1..runs are timed warm. */
    private static void child(Path root) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
        FactoryId id = FactoryId.parse("/subscriptions/0/resourceGroups/bench/providers/Microsoft.DataFactory/factories/BenchFactory");
        int runs = 5;
        long[] load = new long[runs + 1];
        long[] export = new long[runs + 1];
        long[] baseline = new long[runs + 1];
        long peak = 0;
        ArmExport.Result last = null;
        List<Path> outputs = new ArrayList<>();
        for (int i = 0; i <= runs; i++) {
            if (i == 0) {
                System.gc();
                heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            }
            long t0 = System.nanoTime();
            Factory factory = Factory.load(root);
            long t1 = System.nanoTime();
            ArmExport.Result result = ArmExport.build(factory, id, ArmExport.Options.ADF);
            if (!result.ok()) throw new IllegalStateException("export failed: " + result.problems().subList(0, Math.min(5, result.problems().size())));
            Path out = root.getParent().resolve("ArmTemplate-" + i);
            ArmOutput.write(result.files(), out);
            long t2 = System.nanoTime();
            if (i == 0) peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            outputs.add(out);
            long bytes = 0;
            for (var r : factory.resources()) bytes += r.canonicalBytes().length;
            baseline[i] = System.nanoTime() - t2;
            if (bytes == 0) throw new IllegalStateException("nothing serialized");
            load[i] = t1 - t0;
            export[i] = t2 - t1;
            last = result;
        }
        for (Path p : outputs) FactoryBenchmark.deleteTree(p);
        double exportMs = Stats.medianMs(tail(export));
        double baseMs = Stats.medianMs(tail(baseline));
        long total = last.files().values().stream().mapToLong(b -> b.length).sum();
        Stats.line("build export of the generated factory (" + last.resources() + " resources, " + last.parameters() + " parameters; validate,"
                        + " templates, write " + last.files().size() + " files), warm median of " + runs, exportMs, 1500,
                String.format(Locale.ROOT, "first (cold) pass %.0f ms; loading the factory before it %.0f ms warm; baseline: serializing every"
                        + " resource as its git file %.0f ms, ratio %.1fx; %,d bytes written", export[0] / 1e6, Stats.medianMs(tail(load)), baseMs,
                        exportMs / baseMs, total));
        Stats.figure("build export peak heap, cold load + export (child JVM -Xmx" + Runtime.getRuntime().maxMemory() / MB + "m)",
                (double) peak / MB, "MB", 400, "sum of the heap pools' peaks, garbage included");
        int biggest = last.parts().stream().mapToInt(ArmExport.Part::resources).max().orElse(0);
        long largest = last.parts().stream().mapToLong(ArmExport.Part::bytes).max().orElse(0);
        System.out.printf(Locale.ROOT, "build export split: %d linked templates, at most %d resources and %,d bytes in one (limits 800 and %,d);"
                + " ARMTemplateForFactory.json %,d bytes%n", last.parts().size(), biggest, largest, ArmExport.MAX_BYTES,
                last.files().get("ARMTemplateForFactory.json").length);
        for (int i = 0; i < last.parts().size(); i += Math.max(1, last.parts().size() / 6)) {
            ArmExport.Part p = last.parts().get(i);
            System.out.printf(Locale.ROOT, "  %s: %d resources, %,d bytes%n", p.file(), p.resources(), p.bytes());
        }
    }

    private static long[] tail(long[] values) {
        long[] t = new long[values.length - 1];
        System.arraycopy(values, 1, t, 0, t.length);
        return t;
    }
}
