package dev.pipewright.runtime.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.expression.EvaluationException;
import dev.pipewright.core.expression.Evaluator;
import dev.pipewright.core.expression.ExpressionSyntaxException;
import dev.pipewright.core.expression.Scope;
import dev.pipewright.core.expression.SimpleScope;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Dataset;
import dev.pipewright.core.model.FactoryInfo;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.core.text.Suggestions;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Turns a linked service or dataset of the factory into what a connector sees: every expression in its
 * {@code typeProperties} evaluated with its parameters (defaults, or values given), the factory's global
 * parameters, and the profile's stand-in binding. An expression that cannot be resolved is PW711, naming
 * the property.
 */
final class SpecResolver {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Factory factory;
    private final EnvironmentProfile profile;
    private final Path baseDir;
    private final ObjectNode globals;
    private final Secrets secrets;
    private final Function<String, Map<String, String>> stored;
    private final Consumer<Map<String, Object>> vaults;
    private String missingHint;

    /**
     * @param stored the secret store's values for a linked service, by key under typeProperties
     * @param vaults replaces Key Vault references whose vault stands in as the local secret store (see {@link KeyVaults})
     */
    SpecResolver(Factory factory, EnvironmentProfile profile, Path baseDir, Secrets secrets, Function<String, Map<String, String>> stored,
                 Consumer<Map<String, Object>> vaults) {
        this.factory = factory;
        this.profile = profile;
        this.baseDir = baseDir;
        this.secrets = secrets;
        this.stored = stored;
        this.vaults = vaults;
        this.globals = NODES.objectNode();
        FactoryInfo.of(factory).ifPresent(f -> f.globalParameters().forEach(g -> globals.set(g.name(), g.value() == null ? NODES.nullNode() : g.value())));
    }

    LinkedService linkedServiceResource(String name) throws ProblemException {
        return new LinkedService(resource(ResourceKind.LINKED_SERVICE, name, ProblemCode.MISSING_LINKED_SERVICE, "Linked service"));
    }

    Dataset datasetResource(String name) throws ProblemException {
        return new Dataset(resource(ResourceKind.DATASET, name, ProblemCode.MISSING_DATASET, "Dataset"));
    }

    /** The resource, or the "does not exist" problem with the closest name. */
    private Resource resource(ResourceKind kind, String name, ProblemCode missing, String label) throws ProblemException {
        Optional<Resource> r = factory.get(kind, name);
        if (r.isPresent()) return r.get();
        List<String> names = factory.resources(kind).stream().map(Resource::name).toList();
        throw new ProblemException(Problem.of(missing, kind.folder() + "/" + name, null, 0, 0,
                label + " " + name + " does not exist" + Suggestions.didYouMean(name, names),
                "Check the name (it ignores case); pipewright validate lists the factory's resources"));
    }

    /** The linked service with its parameters set from {@code given} (already resolved values) or their defaults. */
    LinkedServiceSpec linkedService(LinkedService ls, JsonNode given) throws ProblemException {
        ObjectNode params = parameters(ls.parameters(), given, "Linked service " + ls.name(), null);
        Scope scope = new SimpleScope().pipeline(SimpleScope.pipelineWith(null, globals)).linkedService(params);
        JsonNode props = resolve(ls.typeProperties(), scope, "linkedService/" + ls.name(), "typeProperties");
        JsonNode binding = profile.linkedService(ls.name()).localEndpoint();
        Props endpoint = binding == null || !binding.isObject() ? Props.EMPTY : secrets.fromEnvironment(ls.name(), toProps(binding));
        Map<String, Object> fromStore = new LinkedHashMap<>(stored.apply(ls.name()));
        if (!fromStore.isEmpty()) endpoint = new Props(fromStore).with(endpoint); // the binding wins over the store
        Props properties = toProps(props);
        vaults.accept(properties.asMap());
        secrets.collect(properties);
        secrets.collect(endpoint);
        return new LinkedServiceSpec(ls.name(), ls.type(), properties, endpoint, baseDir);
    }

    /** The dataset with parameters from {@code given} (text from the command line) or defaults, and its linked service. */
    DatasetSpec dataset(Dataset ds, Map<String, String> given, String query) throws ProblemException {
        return dataset(ds, parameters(ds.parameters(), null, "Dataset " + ds.name(), given), query);
    }

    /** The dataset with parameters from {@code given} (values a run evaluated) or defaults, and its linked service. */
    DatasetSpec dataset(Dataset ds, JsonNode given, String query) throws ProblemException {
        return dataset(ds, parameters(ds.parameters(), given, "Dataset " + ds.name(), null), query);
    }

    private DatasetSpec dataset(Dataset ds, ObjectNode params, String query) throws ProblemException {
        Scope scope = new SimpleScope().pipeline(SimpleScope.pipelineWith(null, globals)).dataset(params);
        String owner = "dataset/" + ds.name();
        List<String> unset = ds.parameters().keySet().stream().filter(k -> !params.has(k)).toList();
        if (!unset.isEmpty()) {
            missingHint = "Dataset parameter " + String.join(", ", unset) + " has no default value: pass --param "
                    + unset.get(0) + "=VALUE (repeat for each)";
        }
        JsonNode props = resolve(ds.typeProperties(), scope, owner, "typeProperties");
        JsonNode ref = ds.properties().path("linkedServiceName");
        JsonNode lsParams = ref.has("parameters") ? resolve(ref.get("parameters"), scope, owner, "linkedServiceName.parameters") : null;
        LinkedService ls = linkedServiceResource(ds.linkedServiceName().orElse(""));
        return new DatasetSpec(ds.name(), ds.type(), toProps(props), linkedService(ls, lsParams), query);
    }

    /**
     * A source's query as text: expressions in it evaluated with the pipeline's parameter defaults ({@code declared}: the
     * pipeline's parameters) and the factory's global parameters, as a debug run without arguments would.
     */
    String query(JsonNode query, Map<String, ObjectNode> declared, String owner) throws ProblemException {
        ObjectNode defaults = parameters(declared, null, owner, null);
        Scope scope = new SimpleScope().pipeline(SimpleScope.pipelineWith(defaults, globals));
        missingHint = "Activity outputs, item() and variables have values only in a run: preview the dataset from its own "
                + "tab, or give the query's pipeline parameters default values";
        return resolve(query, scope, owner, "the source's query").asText();
    }

    private ObjectNode parameters(Map<String, ObjectNode> declared, JsonNode given, String owner, Map<String, String> text) throws ProblemException {
        ObjectNode values = NODES.objectNode();
        for (Map.Entry<String, ObjectNode> p : declared.entrySet()) {
            JsonNode def = p.getValue().get("defaultValue");
            if (def != null && !def.isNull()) values.set(p.getKey(), def);
        }
        if (given != null) given.fields().forEachRemaining(e -> values.set(e.getKey(), e.getValue()));
        if (text != null) {
            for (Map.Entry<String, String> e : text.entrySet()) {
                String declaredName = declared.keySet().stream().filter(k -> k.equalsIgnoreCase(e.getKey())).findFirst()
                        .orElseThrow(() -> new ProblemException(Problem.of(ProblemCode.CONNECT_EXPRESSION, null, null, 0, 0,
                                owner + " has no parameter " + e.getKey(), "Its parameters: " + String.join(", ", declared.keySet()))));
                values.set(declaredName, typed(declared.get(declaredName).path("type").asText("String"), e.getValue()));
            }
        }
        return values;
    }

    private static JsonNode typed(String type, String text) {
        try {
            return switch (type.toLowerCase(java.util.Locale.ROOT)) {
                case "int" -> NODES.numberNode(Long.parseLong(text.trim()));
                case "float" -> NODES.numberNode(Double.parseDouble(text.trim()));
                case "bool" -> NODES.booleanNode(Boolean.parseBoolean(text.trim()));
                case "array", "object" -> MAPPER.readTree(text);
                default -> NODES.textNode(text);
            };
        } catch (Exception e) {
            return NODES.textNode(text);
        }
    }

    /** Evaluates every string and Expression object, naming the property that fails. */
    private JsonNode resolve(JsonNode node, Scope scope, String resource, String path) throws ProblemException {
        if (node == null) return NODES.objectNode();
        if (node.isTextual() || Evaluator.isExpressionObject(node)) {
            try {
                return Evaluator.resolve(node, scope);
            } catch (EvaluationException | ExpressionSyntaxException e) {
                throw new ProblemException(Problem.of(ProblemCode.CONNECT_EXPRESSION, resource, null, 0, 0,
                        path + " cannot be resolved: " + e.getMessage(),
                        missingHint != null ? missingHint : "Give the parameter a default value, or pass its value with --param name=value"));
            }
        }
        if (node.isObject()) {
            ObjectNode out = NODES.objectNode();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                out.set(f.getKey(), isSecretReference(f.getValue()) ? f.getValue() : resolve(f.getValue(), scope, resource, path + "." + f.getKey()));
            }
            return out;
        }
        if (node.isArray()) {
            var out = NODES.arrayNode();
            for (int i = 0; i < node.size(); i++) out.add(resolve(node.get(i), scope, resource, path + "[" + i + "]"));
            return out;
        }
        return node;
    }

    /** Key Vault references and SecureStrings are passed to the connector as they are. */
    private static boolean isSecretReference(JsonNode n) {
        String type = n.path("type").asText("");
        return n.isObject() && (type.equals("AzureKeyVaultSecret") || type.equals("SecureString"));
    }

    @SuppressWarnings("unchecked")
    static Props toProps(JsonNode node) {
        if (node == null || !node.isObject()) return Props.EMPTY;
        return new Props(MAPPER.convertValue(node, LinkedHashMap.class));
    }
}
