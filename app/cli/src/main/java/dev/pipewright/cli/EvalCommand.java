package dev.pipewright.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.expression.ContextScope;
import dev.pipewright.core.expression.EvaluationException;
import dev.pipewright.core.expression.Evaluator;
import dev.pipewright.core.expression.ExpressionSyntaxException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code pipewright eval}: ADF's expression language, evaluated here. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate an ADF property value with ADF's expression rules and print the value as JSON.",
                "",
                "The value is read as ADF reads a property: \"@expr\" keeps the expression's type, \"text @{expr}\" is a string, "
                        + "\"@@\" escapes a literal @, anything else is the text itself.",
                "Context (--context, or \"context\" per line): {\"parameters\", \"globalParameters\", \"variables\", \"activities\": "
                        + "{\"Name\": {\"status\", \"output\"}}, \"item\", \"dataset\", \"linkedService\", \"trigger\", \"triggerBody\", "
                        + "\"system\": {\"RunId\", \"Pipeline\", \"DataFactory\", \"TriggerTime\", \"TriggerType\", …, \"utcNow\"}}.",
                "--jsonl reads one {\"expr\", \"context\"} per line from standard input and writes one {\"value\": …} or "
                        + "{\"error\": \"…\"} per line, in order.",
                "Exit status: 0 = evaluated (every line, with --jsonl), 1 = an expression failed, 2 = could not run (bad context file)."})
final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "<expression>", description = "The property value, e.g. \"@concat('a', pipeline().RunId)\".")
    String expression;

    @Option(names = "--context", paramLabel = "<file.json>", description = "The values the expression reads (keys above).")
    Path context;

    @Option(names = "--jsonl", description = "Read {\"expr\", \"context\"} lines from standard input; write one result line each.")
    boolean jsonl;

    @ParentCommand
    Main main;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (jsonl) {
            if (expression != null || context != null) throw new IllegalArgumentException("--jsonl takes no <expression> or --context: each line carries its own");
            return lines(out);
        }
        if (expression == null) throw new IllegalArgumentException("give an <expression>, or --jsonl to read them from standard input");
        JsonNode ctx = context == null ? null : readContext(context);
        try {
            out.println(write(Evaluator.evaluateValue(expression, ContextScope.of(ctx))));
            return Main.OK;
        } catch (ExpressionSyntaxException | EvaluationException e) {
            spec.commandLine().getErr().println("pipewright eval: " + message(e));
            return Main.PROBLEMS_FOUND;
        }
    }

    private int lines(PrintWriter out) {
        int status = Main.OK;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(main.stdin, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                if (line.isBlank()) continue;
                ObjectNode result = JSON.createObjectNode();
                try {
                    JsonNode request = JSON.readTree(line);
                    if (!request.isObject() || !request.path("expr").isTextual()) {
                        throw new IllegalArgumentException("line " + number + " is not {\"expr\": \"...\", \"context\": {...}}");
                    }
                    result.set("value", Evaluator.evaluateValue(request.get("expr").asText(), ContextScope.of(request.get("context"))));
                } catch (JsonProcessingException e) {
                    result.put("error", "line " + number + " is not JSON: " + e.getOriginalMessage());
                } catch (ExpressionSyntaxException | EvaluationException | IllegalArgumentException e) {
                    result.put("error", message(e));
                }
                if (result.has("error")) status = Main.PROBLEMS_FOUND;
                out.println(write(result));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read standard input: " + e.getMessage(), e);
        }
        return status;
    }

    private static JsonNode readContext(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException("--context: no such file " + file);
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IllegalArgumentException("--context: " + file + " is not JSON: " + e.getMessage());
        }
    }

    private static String message(RuntimeException e) {
        if (e instanceof ExpressionSyntaxException s) return "syntax error at " + s.position() + ": " + e.getMessage();
        return e.getMessage();
    }

    private static String write(JsonNode v) {
        try {
            return JSON.writeValueAsString(v);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
