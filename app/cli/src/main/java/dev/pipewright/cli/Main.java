package dev.pipewright.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code pipewright} command. */
@Command(name = "pipewright", mixinStandardHelpOptions = true, version = "Pipewright 0.1.0",
        description = "Offline studio and tools for Azure Data Factory and Synapse pipelines.")
public final class Main implements Runnable {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
