package dev.pipewright.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pipewright studio}: opens the studio. The studio is a separate module on the same class path (the
 * command line does not depend on it), so it is started by its launcher's name.
 */
@Command(name = "studio", mixinStandardHelpOptions = true,
        description = {"Open the studio on a factory's git root folder.",
                "",
                "Without <root>, ./pipewright opens the bundled demo factory with its local profile.",
                "Without --env, the environment profile last made active for the factory is used again.",
                "Exit status: 0 = the studio was closed, 2 = could not run."})
final class StudioCommand implements Callable<Integer> {
    /** The studio's entry point (a main class that does not extend javafx.application.Application). */
    static final String LAUNCHER = "dev.pipewright.studio.StudioLauncher";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<root>",
            description = "The factory's git root folder (holds pipeline/, dataset/ ...).")
    Path root;

    @Option(names = "--env", paramLabel = "<profile.json>",
            description = "Make this environment profile active for the factory (a JSON file outside the root).")
    Path env;

    @Override
    public Integer call() throws Exception {
        Class<?> launcher;
        try {
            launcher = Class.forName(LAUNCHER);
        } catch (ClassNotFoundException e) {
            spec.commandLine().getErr().println("pipewright: the studio is not installed with this command line ("
                    + LAUNCHER + " is not on the class path); run it through ./pipewright or the installed package");
            return Main.COULD_NOT_RUN;
        }
        try {
            launcher.getMethod("main", String[].class).invoke(null, (Object) studioArguments().toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        return Main.OK;
    }

    /** The studio's own argument form: the root first, options as {@code --name=value}. */
    List<String> studioArguments() {
        List<String> args = new ArrayList<>();
        if (root != null) args.add(root.toString());
        if (env != null) args.add("--env=" + env);
        return args;
    }
}
