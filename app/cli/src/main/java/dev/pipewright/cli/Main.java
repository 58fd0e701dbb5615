package dev.pipewright.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.Console;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The {@code pipewright} command. Exit codes: 0 = done, no errors; 1 = done, errors found;
 * 2 = could not run (bad arguments, missing folder).
 */
@Command(name = "pipewright", mixinStandardHelpOptions = true, version = "Pipewright 0.1.0",
        description = "Offline studio and tools for Azure Data Factory and Synapse pipelines.%n"
                + "Run without arguments to open the studio.",
        subcommands = {StudioCommand.class, ValidateCommand.class, ExportCommand.class, BuildCommand.class, StagesCheckCommand.class, ResolveCommand.class, TestConnectionCommand.class, PreviewCommand.class, BrowseCommand.class, EvalCommand.class, TriggerTimesCommand.class, RunCommand.class, RunsCommand.class, SecretCommand.class, IrCommand.class, DiffCommand.class, MergeDriverCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int PROBLEMS_FOUND = 1;
    public static final int COULD_NOT_RUN = 2;

    /** Asks for a passphrase without echo; null when no terminal is attached. */
    @FunctionalInterface
    interface PassphrasePrompt {
        char[] ask(String prompt);
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Environment variables ({@code System::getenv}; tests give their own). */
    final Function<String, String> environment;
    /** The terminal's no-echo prompt, or null without a terminal (System.console()). */
    final PassphrasePrompt prompt;
    /** Standard input (eval --jsonl reads it; tests give their own). */
    java.io.InputStream stdin = System.in;

    Main(Function<String, String> environment, PassphrasePrompt prompt) {
        this.environment = environment;
        this.prompt = prompt;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        if (isPlainMergeDriverCall(args)) {
            // git starts one JVM per merged file: skip building picocli's tree of every command (about half the start)
            System.exit(MergeDriver.run(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), args.length == 5 ? args[4] : null, err));
        }
        System.exit(run(new PrintWriter(System.out, true), err, args));
    }

    /** {@code merge-driver <base> <ours> <theirs> [<path>]} with no options: what git's driver line runs. */
    static boolean isPlainMergeDriverCall(String[] args) {
        if (args.length < 4 || args.length > 5 || !args[0].equals(MergeDriverCommand.NAME)) return false;
        for (int i = 1; i < args.length; i++) if (args[i].startsWith("-")) return false;
        return true;
    }

    /** Runs the command with the given output streams (tests use this). */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Console console = System.console();
        return run(out, err, System::getenv, console == null ? null : p -> console.readPassword("%s", p), args);
    }

    /** Runs the command with the given environment and terminal prompt (tests use this). */
    static int run(PrintWriter out, PrintWriter err, Function<String, String> environment, PassphrasePrompt prompt, String... args) {
        return run(out, err, environment, prompt, System.in, args);
    }

    /** Runs the command with the given environment, prompt and standard input (tests use this). */
    static int run(PrintWriter out, PrintWriter err, Function<String, String> environment, PassphrasePrompt prompt, java.io.InputStream stdin,
                   String... args) {
        Main main = new Main(environment, prompt);
        main.stdin = stdin;
        CommandLine cl = new CommandLine(main);
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
