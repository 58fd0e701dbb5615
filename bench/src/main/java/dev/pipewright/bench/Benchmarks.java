package dev.pipewright.bench;

/**
 * Every benchmark in one run, as {@code ./bench.sh} calls it: the factory model (load, validate, export, heap)
 * and IR placement. Argument: the shared corpus folder (default {@code ../shared/corpus}).
 */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        FactoryBenchmark.main(args.length > 0 ? new String[] {args[0]} : new String[0]);
        PlacementBenchmark.main(new String[0]);
    }
}
