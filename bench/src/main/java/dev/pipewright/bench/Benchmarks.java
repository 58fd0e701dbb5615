package dev.pipewright.bench;

/** Benchmarks: run with ./bench (see BENCHMARKS.md). */
public final class Benchmarks {
    private Benchmarks() {
    }

    public static void main(String[] args) {
        System.out.println("no benchmarks yet");
    }
}
