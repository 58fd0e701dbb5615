package dev.pipewright.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * The {@code pipewright} command. Exit codes: 0 = done, no errors; 1 = done, errors found;
 * 2 = could not run (bad arguments, missing folder).
 */
@Command(name = "pipewright", mixinStandardHelpOptions = true, version = "Pipewright 0.1.0",
        description = "Offline studio and tools for Azure Data Factory and Synapse pipelines.%n"
                + "Run without arguments to open the studio.",
        subcommands = {ValidateCommand.class, ExportCommand.class, ResolveCommand.class, TestConnectionCommand.class, PreviewCommand.class, BrowseCommand.class, IrCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int PROBLEMS_FOUND = 1;
    public static final int COULD_NOT_RUN = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command with the given output streams (tests use this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("pipewright: " + e.getMessage());
            return COULD_NOT_RUN;
        });
        return cl.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
