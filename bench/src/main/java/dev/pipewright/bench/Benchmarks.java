package dev.pipewright.bench;

/**
 * Every benchmark in one run, as {@code ./bench.sh} calls it: the factory model (corpus load + validate, the
 * generated 10,000-resource factory's load, validate, export and heap), IR placement, source control (status and commit on the generated factory in git), the merge driver and semantic diff, and data preview (1 GB CSV,
 * 10-million-row SQLite table). Argument: the
 * shared corpus folder (default: system property {@code pipewright.corpus}, else {@code ../shared/corpus}).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("machine: %d CPUs, JDK %s (%s), max heap of this JVM %d MB%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.runtime.version"), System.getProperty("java.vm.name"), Runtime.getRuntime().maxMemory() >> 20);
        // first: it times child JVMs, which this one's garbage collection and compilation after the big factory would slow
        MergeBenchmark.main(new String[0]);
        FactoryBenchmark.main(args.length > 0 ? new String[] {args[0]} : new String[0]);
        PublishBenchmark.main(new String[0]);
        PlacementBenchmark.main(new String[0]);
        GitBenchmark.main(new String[0]);
        ConnectorBenchmark.main(new String[0]);
        CopyBenchmark.main(new String[0]);
    }
}
