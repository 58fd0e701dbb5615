package dev.pipewright.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.model.Trigger;
import dev.pipewright.core.trigger.FireTimes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code pipewright trigger-times}: when the factory's triggers fire next, as the studio's trigger editor lists it. */
@Command(name = "trigger-times", mixinStandardHelpOptions = true,
        description = {"List the next fire times of the factory's triggers (schedule: its recurrence in its time zone; tumbling window: "
                + "its windows, run when they end plus the delay).",
                "Exit status: 0 = listed, 1 = a trigger has a value ADF would refuse (said on its line), 2 = could not run."})
final class TriggerTimesCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<root>", description = "The ADF git root folder (pipeline/, trigger/ …).")
    Path root;

    @Parameters(index = "1..*", paramLabel = "<trigger>", description = "Trigger names (default: every trigger).")
    List<String> names = List.of();

    @Option(names = "--count", defaultValue = "5", description = "How many fire times per trigger (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--from", paramLabel = "<instant>", description = "Times after this instant, e.g. 2026-03-10T07:00:00Z (default: now).")
    String from;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Override
    public Integer call() {
        if (count < 1) throw new IllegalArgumentException("--count is 1 or more");
        if (!format.equals("text") && !format.equals("json")) throw new IllegalArgumentException("--format is text or json, not " + format);
        Instant after;
        try {
            after = from == null ? Instant.now() : Instant.parse(from);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--from is an instant like 2026-03-10T07:00:00Z, not " + from);
        }
        Factory factory = FactoryRoot.load(root);
        List<Trigger> triggers = Trigger.all(factory).stream().filter(t -> names.isEmpty() || names.stream().anyMatch(t.name()::equalsIgnoreCase)).toList();
        for (String n : names) {
            if (triggers.stream().noneMatch(t -> t.name().equalsIgnoreCase(n))) throw new IllegalArgumentException("no trigger named " + n + " in " + root);
        }
        PrintWriter out = spec.commandLine().getOut();
        ArrayNode list = JSON.createArrayNode();
        int status = Main.OK;
        for (Trigger t : triggers) {
            FireTimes.Result r = FireTimes.next(t.properties(), after, count);
            if (!r.ok()) status = Main.PROBLEMS_FOUND;
            if (format.equals("json")) {
                ObjectNode o = list.addObject().put("trigger", t.name()).put("type", t.type()).put("runtimeState", t.runtimeState());
                ArrayNode times = o.putArray("fireTimes");
                r.fires().forEach(f -> times.add(f.at().toOffsetDateTime().toString()));
                if (!r.problem().isEmpty()) o.put("problem", r.problem());
                if (!r.note().isEmpty()) o.put("note", r.note());
                continue;
            }
            out.println(t.name() + " (" + t.type() + ", " + t.runtimeState() + ")");
            r.fires().forEach(f -> out.println("  " + f.text()));
            if (!r.problem().isEmpty()) out.println("  refused by ADF: " + r.problem());
            if (!r.note().isEmpty()) out.println("  " + r.note());
        }
        if (format.equals("json")) out.println(list.toPrettyString());
        return status;
    }
}
