package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryFile;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Which properties of which resources become template parameters: ADF's default parameterization template, or
 * the factory's {@code arm-template-parameters-definition.json}. Top-level keys are resource types; under linked
 * services and datasets the next level is the connector type ({@code *} for all others). A string leaf is a
 * {@link ParameterRule}; {@code *} matches every property of its level (not recursively; named keys win); an
 * array applies its first element to every element of the value, named by the path its second element gives
 * (e.g. {@code pipelineReference.referenceName}) or else by the index.
 */
public final class ParameterDefinition {
    static final String RESOURCE = "default-parameters-definition.json";
    /** The definition file of a Synapse workspace, at the root of its collaboration branch. */
    public static final String SYNAPSE_FILE = "template-parameters-definition.json";
    static final String SYNAPSE_PREFIX = "Microsoft.Synapse/workspaces";
    private static final List<String> BY_CONNECTOR = List.of(ArmTypes.FACTORY + "/linkedServices", ArmTypes.FACTORY + "/datasets");

    private final ObjectNode root;
    private final String file;

    private ParameterDefinition(ObjectNode root, String file) {
        this.root = root;
        this.file = file;
    }

    /** ADF's default parameterization template (docs: "Default parameterization template"). */
    public static ParameterDefinition defaults() {
        return new ParameterDefinition((ObjectNode) JsonReader.read(defaultText(), RESOURCE).root(), null);
    }

    /** The text of the default template, as a start for a factory's own definition file. */
    public static String defaultText() {
        try (InputStream in = ParameterDefinition.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The factory's definition (its {@code arm-template-parameters-definition.json}, else the default), with the
     * problems of the file at their line and column; an unreadable file was already reported while loading.
     */
    public static ParameterDefinition of(Factory factory, List<Problem> problems) {
        FactoryFile custom = factory.configFile(Factory.ARM_PARAMETERS_DEFINITION).orElse(null);
        if (custom == null || !(custom.content() instanceof ObjectNode o)) return defaults();
        ParameterDefinition definition = new ParameterDefinition(o, Factory.ARM_PARAMETERS_DEFINITION);
        problems.addAll(definition.check(textOf(factory.root(), custom)));
        return definition;
    }

    /**
     * A Synapse workspace's definition: its {@code template-parameters-definition.json} when the root has one (keys
     * {@code Microsoft.Synapse/workspaces/...}), else the default template.
     */
    public static ParameterDefinition ofWorkspace(Factory factory, List<Problem> problems) {
        Path file = factory.root().resolve(SYNAPSE_FILE);
        if (!Files.isRegularFile(file)) return defaults();
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), SYNAPSE_FILE, problems);
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, null, SYNAPSE_FILE, 0, 0, "Cannot read the file: " + e.getMessage(),
                    "Check that the file is readable UTF-8 JSON"));
            return defaults();
        }
    }

    /** Reads a definition from text (the studio's editor checks with it); problems carry line and column. */
    public static ParameterDefinition parse(String text, List<Problem> problems) {
        return parse(text, Factory.ARM_PARAMETERS_DEFINITION, problems);
    }

    private static ParameterDefinition parse(String text, String fileName, List<Problem> problems) {
        ParsedJson parsed = JsonReader.read(text, fileName);
        problems.addAll(parsed.problems());
        if (!(parsed.root() instanceof ObjectNode o)) {
            if (parsed.root() != null) problems.add(problem(fileName, "", text, "The definition file must hold one JSON object keyed by resource type"));
            return defaults();
        }
        if (parsed.hasErrors()) return defaults();
        ParameterDefinition definition = new ParameterDefinition(o, fileName);
        problems.addAll(definition.check(text));
        return definition;
    }

    private static String textOf(Path root, FactoryFile file) {
        try {
            return Files.readString(root.resolve(file.path()), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }

    /**
     * The rules for one resource: the section of its ARM type, for linked services and datasets the one of its
     * connector type if the definition has it, else {@code *}. Null when nothing of it is parameterized.
     */
    JsonNode rulesFor(String armType, String connectorType) {
        JsonNode section = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (factoryType(e.getKey()).equalsIgnoreCase(armType)) section = e.getValue();
        }
        if (section == null || !BY_CONNECTOR.stream().anyMatch(armType::equalsIgnoreCase)) return section;
        JsonNode specific = section.get(connectorType);
        return specific != null ? specific : section.get("*");
    }

    private List<Problem> check(String text) {
        List<Problem> problems = new ArrayList<>();
        root.fields().forEachRemaining(e -> {
            String pointer = JsonLocator.child("", e.getKey());
            if (!factoryType(e.getKey()).regionMatches(true, 0, ArmTypes.FACTORY, 0, ArmTypes.FACTORY.length())) {
                problems.add(problem(file, pointer, text, "'" + e.getKey() + "' is not a Data Factory resource type (such as "
                        + ArmTypes.FACTORY + "/pipelines)"));
            } else if (!e.getValue().isObject()) {
                problems.add(problem(file, pointer, text, "The section of '" + e.getKey() + "' must be an object"));
            } else {
                checkNode(e.getValue(), pointer, text, problems);
            }
        });
        return problems;
    }

    private void checkNode(JsonNode node, String pointer, String text, List<Problem> problems) {
        if (node.isTextual()) {
            String[] error = new String[1];
            if (ParameterRule.parse(node.textValue(), error).isEmpty()) problems.add(problem(file, pointer, text, error[0]));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> checkNode(e.getValue(), JsonLocator.child(pointer, e.getKey()), text, problems));
        } else if (node.isArray()) {
            if (node.isEmpty() || node.size() > 2 || !(node.get(0).isObject() || node.get(0).isTextual())
                    || node.size() == 2 && !node.get(1).isTextual()) {
                problems.add(problem(file, pointer, text, "An array in the definition holds the rules for each element (an object or a rule),"
                        + " optionally followed by the property that names each element, e.g. [{...}, \"pipelineReference.referenceName\"]"));
            } else {
                checkNode(node.get(0), JsonLocator.child(pointer, 0), text, problems);
            }
        } else {
            problems.add(problem(file, pointer, text, "A rule is a string \"<action>:<name>:<type>\", an object or an array, not " + node));
        }
    }

    private static Problem problem(String file, String pointer, String text, String message) {
        JsonLocator.Position at = JsonLocator.locate(text, pointer);
        return Problem.of(ProblemCode.ARM_DEFINITION_INVALID, null, file, at.line(), at.column(), message,
                "See docs/publish.md, Parameterization; nothing is published until the definition file is fixed");
    }

    /** A Synapse section key ({@code Microsoft.Synapse/workspaces/linkedServices}) as the Data Factory type it stands for. */
    private static String factoryType(String key) {
        return key.regionMatches(true, 0, SYNAPSE_PREFIX, 0, SYNAPSE_PREFIX.length()) ? ArmTypes.FACTORY + key.substring(SYNAPSE_PREFIX.length()) : key;
    }

    /** The file the definition came from, or null for the default template. */
    public String file() {
        return file;
    }
}
