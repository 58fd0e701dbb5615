package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.validate.Validator;

import java.util.ArrayList;
import java.util.List;

/**
 * The Manage hub's JSON editor for linked services and credentials (ADF's "{ }" code view): reads the edited
 * text, checks it as ADF would (valid JSON, the resource shape, the name unchanged, ADF's naming and reference
 * rules), and applies it to the factory model. Secret values are masked by {@link SecretFields} before the
 * tree reaches the factory.
 */
public final class ResourceJsonEditor {
    /** The tree that would be saved, or the problems that refuse it (positions are in the edited text). */
    public record Result(ObjectNode json, List<Problem> problems) {
        public boolean ok() {
            return json != null && problems.stream().noneMatch(Problem::isError);
        }
    }

    private ResourceJsonEditor() {
    }

    /** The text ADF's code view shows for a resource. */
    public static String text(Resource resource) {
        return AdfJsonWriter.pretty(resource.json());
    }

    /** A new linked service as ADF's "New linked service" starts it: annotations, type, empty typeProperties. */
    public static ObjectNode newLinkedService(String name, String type) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("name", name);
        ObjectNode p = json.putObject("properties");
        p.putArray("annotations");
        p.put("type", type);
        p.putObject("typeProperties");
        return json;
    }

    /**
     * Reads {@code text} as the new content of the {@code kind} resource {@code name} ({@code existing}: whether it
     * exists already) and checks it against the rest of {@code factory}.
     */
    public static Result check(Factory factory, ResourceKind kind, String name, boolean existing, String text) {
        String file = kind.folder() + "/" + name + ".json";
        ParsedJson parsed = JsonReader.read(text, file);
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.hasErrors() || parsed.root() == null) return new Result(null, problems);
        if (!(parsed.root() instanceof ObjectNode json) || !(json.get("properties") instanceof ObjectNode properties)) {
            problems.add(Problem.of(ProblemCode.WRONG_SHAPE, kind.folder() + "/" + name, file, 1, 1,
                    "The JSON is not a " + kind.displayName() + ": {\"name\": ..., \"properties\": {...}} expected", ""));
            return new Result(null, problems);
        }
        JsonNode n = json.get("name");
        if (n == null || !n.isTextual() || (existing && !n.textValue().equals(name))) {
            problems.add(Problem.of(ProblemCode.NAME_FILE_MISMATCH, kind.folder() + "/" + name, file, 1, 1,
                    "\"name\" must stay \"" + name + "\"" + (existing ? " (ADF does not rename in the code view)" : ""),
                    "Put back \"name\": \"" + name + "\""));
            return new Result(null, problems);
        }
        JsonNode t = properties.get("type");
        if (t == null || !t.isTextual() || t.textValue().isBlank()) {
            problems.add(Problem.of(ProblemCode.WRONG_SHAPE, kind.folder() + "/" + name, file, 1, 1,
                    "properties.type is missing: ADF needs the " + kind.displayName() + "'s type", "For example \"AzureBlobStorage\""));
            return new Result(null, problems);
        }
        if (!existing && factory.contains(ResourceId.of(kind, name))) {
            problems.add(Problem.of(ProblemCode.DUPLICATE_RESOURCE, kind.folder() + "/" + name, file, 1, 1,
                    "A " + kind.displayName() + " named '" + name + "' already exists (names ignore case)", "Choose another name"));
            return new Result(null, problems);
        }
        problems.addAll(rulesFor(factory, kind, name, json));
        return new Result(json, problems);
    }

    /** ADF's naming and reference rules for this one resource, as if it were in the factory. */
    private static List<Problem> rulesFor(Factory factory, ResourceKind kind, String name, ObjectNode json) {
        Factory probe = probe(factory, kind, json);
        String id = ResourceId.of(kind, name).toString();
        return Validator.validate(probe).stream().filter(p -> id.equalsIgnoreCase(p.resource())).toList();
    }

    /**
     * A copy of {@code factory} (same root) with {@code json} in place of (or added as) its {@code kind} resource: what
     * the factory would be after Apply, for checks and for testing a connection before anything is saved.
     */
    public static Factory probe(Factory factory, ResourceKind kind, ObjectNode json) {
        ResourceId id = ResourceId.of(kind, json.path("name").asText());
        Factory probe = new Factory(factory.root());
        for (Resource r : factory.resources()) {
            if (!r.id().equals(id)) probe.add(Resource.create(r.kind(), r.json()));
        }
        probe.add(Resource.create(kind, json));
        return probe;
    }

    /**
     * Applies a checked tree: adds the resource or replaces its content. Returns the content before (null when
     * new), for undo.
     */
    public static ObjectNode apply(Factory factory, ResourceKind kind, ObjectNode json) {
        String name = json.get("name").textValue();
        var existing = factory.get(kind, name);
        if (existing.isPresent()) {
            ObjectNode before = existing.get().json().deepCopy();
            existing.get().replaceContent(json);
            return before;
        }
        factory.add(Resource.create(kind, json));
        return null;
    }

    /** Sets or removes {@code properties.connectVia} (null or the default IR's name: none, as ADF writes it). */
    public static void connectVia(ObjectNode json, String runtime) {
        ObjectNode p = (ObjectNode) json.get("properties");
        if (runtime == null || runtime.isBlank() || runtime.equalsIgnoreCase("AutoResolveIntegrationRuntime")) {
            p.remove("connectVia");
            return;
        }
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("referenceName", runtime);
        ref.put("type", "IntegrationRuntimeReference");
        p.set("connectVia", ref);
    }
}
