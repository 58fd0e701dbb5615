package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a factory into the resources of ADF's ARM template: one per pipeline, dataset, data flow, linked service,
 * IR, trigger, credential, managed virtual network and private endpoint, grouped by type and sorted by name as
 * publish does; with publish's defaults, its secret handling, the parameter rules and {@code dependsOn} computed
 * from the references each resource holds.
 */
public final class ArmTemplateGenerator {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Factory factory;
    private final PublishConfig config;
    private final ParameterDefinition definition;
    private final List<Problem> problems;
    private final ParameterSet parameters;

    ArmTemplateGenerator(Factory factory, PublishConfig config, ParameterDefinition definition, List<Problem> problems) {
        this.factory = factory;
        this.config = config;
        this.definition = definition;
        this.problems = problems;
        this.parameters = new ParameterSet(problems);
    }

    /** The resources in template order (pipelines, datasets, linked services, triggers, the rest; by name within a type). */
    List<ArmResource> resources(String factoryName) {
        List<Resource> selected = new ArrayList<>();
        for (ResourceKind kind : ArmTypes.PUBLISH_ORDER) {
            List<Resource> ofKind = new ArrayList<>(factory.resources(kind));
            ofKind.sort(Comparator.comparing((Resource r) -> r.id().name())); // ordinal, as publish sorts
            selected.addAll(ofKind);
        }
        Set<ResourceId> present = new LinkedHashSet<>();
        for (Resource r : selected) present.add(r.id());
        boolean withFactory = config.includeFactoryTemplate() && factoryResource(factoryName).isPresent();
        List<ArmResource> out = new ArrayList<>();
        for (Resource r : selected) out.add(convert(r, present, withFactory));
        if (config.includeGlobalParamsTemplate()) globalParameters(factoryName).ifPresent(out::add);
        if (withFactory) out.add(factoryResourceJson(factoryResource(factoryName).get()));
        return out;
    }

    private ArmResource convert(Resource r, Set<ResourceId> present, boolean withFactory) {
        ObjectNode properties = r.json().get("properties") instanceof ObjectNode p ? p.deepCopy() : NODES.objectNode();
        PublishDefaults.apply(r.kind(), properties, factory);
        PublishDefaults.escapeBrackets(properties);
        String prefix = ArmTypes.parameterPrefix(r.id());
        String label = r.id().toString();
        List<ArmParameter> secrets = new ArrayList<>();
        if (r.kind() == ResourceKind.LINKED_SERVICE && StoredSecrets.hasStored(properties.get("typeProperties"))) {
            ObjectNode tp = (ObjectNode) properties.get("typeProperties");
            Optional<StoredSecrets.Field> field = StoredSecrets.fieldFor(r.type(), tp);
            String name = field.map(f -> prefix + "_" + f.name()).orElse(null);
            Optional<StoredSecrets.Field> restored = StoredSecrets.restore(r.type(), tp, name);
            restored.ifPresent(f -> secrets.add(parameters.add(new ArmParameter(name, "secureString", null,
                    Parameterizer.secureMetadata(f.name(), prefix)), label)));
            if (field.isEmpty() && !tp.has("connectionString") && !tp.has("sasUri")) {
                problems.add(Problem.of(ProblemCode.ARM_STORED_SECRET_UNKNOWN, label, r.path(), 0, 0,
                        "The linked service's credential is kept by the service (encryptedCredential), and which property of a '"
                                + r.type() + "' linked service it stands for is not known: the template has no parameter for it",
                        "Put the secret in Azure Key Vault (an AzureKeyVaultSecret reference), or add the secure property to the"
                                + " linked service and parameterize it in arm-template-parameters-definition.json"));
            }
        }
        ObjectNode shell = NODES.objectNode();
        shell.set("properties", properties);
        JsonNode rules = definition.rulesFor(ArmTypes.type(r.kind()), r.type());
        List<ArmParameter> ruled = new ArrayList<>(new Parameterizer(prefix, label, parameters).apply(rules, shell));
        for (Map.Entry<String, ObjectNode> s : StoredSecrets.secureStrings(shell.get("properties"))) {
            ArmParameter p = parameters.add(new ArmParameter(prefix + "_" + s.getKey(), "secureString", null,
                    Parameterizer.secureMetadata(s.getKey(), prefix)), label);
            s.getValue().put("value", p.reference());
            secrets.add(p);
        }
        List<ResourceId> dependsOn = dependencies(r, shell.get("properties"), present);
        ObjectNode json = NODES.objectNode();
        json.put("name", ArmTypes.nameExpression(r.id().name()));
        json.put("type", ArmTypes.type(r.kind()));
        json.put("apiVersion", ArmTypes.API_VERSION);
        json.set("properties", shell.get("properties"));
        ArrayNode deps = json.putArray("dependsOn");
        if (withFactory) deps.add(ArmTypes.FACTORY_ID);
        for (ResourceId d : dependsOn) deps.add(ArmTypes.dependsOnExpression(d));
        return new ArmResource(r.id(), json, dependsOn, secrets, ruled);
    }

    /** Every resource of the template referenced anywhere in the properties, in order of first reference. */
    private static List<ResourceId> dependencies(Resource r, JsonNode properties, Set<ResourceId> present) {
        Set<ResourceId> found = new LinkedHashSet<>();
        if (r.kind() == ResourceKind.MANAGED_PRIVATE_ENDPOINT) found.add(new ResourceId(ResourceKind.MANAGED_VIRTUAL_NETWORK, r.parentName()));
        references(properties, found);
        found.remove(r.id());
        found.retainAll(present);
        return List.copyOf(found);
    }

    private static void references(JsonNode node, Set<ResourceId> found) {
        if (node.isObject()) {
            JsonNode name = node.get("referenceName");
            JsonNode type = node.get("type");
            if (name != null && name.isTextual() && type != null && type.isTextual()) {
                ResourceKind.forReferenceType(type.textValue()).ifPresent(k -> found.add(new ResourceId(k, name.textValue())));
            }
            node.elements().forEachRemaining(child -> references(child, found));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> references(child, found));
        }
    }

    /** The factory file publish takes global parameters from: the one named like the factory, else the first. */
    private Optional<Resource> factoryResource(String factoryName) {
        List<Resource> files = factory.resources(ResourceKind.FACTORY);
        return files.stream().filter(f -> f.name().equalsIgnoreCase(factoryName)).findFirst()
                .or(() -> files.stream().filter(f -> f.properties().has("globalParameters")).findFirst())
                .or(() -> files.stream().findFirst());
    }

    /** The global parameters of the factory ({@code {}} when there are none), as {@code globalParameters/<factory>_GlobalParameters.json} holds them. */
    ObjectNode globalParameterValues(String factoryName) {
        return factoryResource(factoryName).map(f -> f.properties().get("globalParameters"))
                .filter(JsonNode::isObject).map(n -> (ObjectNode) n.deepCopy()).orElseGet(NODES::objectNode);
    }

    private Optional<ArmResource> globalParameters(String factoryName) {
        ObjectNode values = globalParameterValues(factoryName);
        if (values.isEmpty()) return Optional.empty();
        PublishDefaults.escapeBrackets(values);
        ObjectNode shell = NODES.objectNode();
        shell.set("properties", values);
        List<ArmParameter> ruled = new Parameterizer("default", "factory/" + factoryName, parameters)
                .apply(definition.rulesFor(ArmTypes.GLOBAL_PARAMETERS, ""), shell);
        ObjectNode json = NODES.objectNode();
        json.put("name", ArmTypes.nameExpression("default"));
        json.put("type", ArmTypes.GLOBAL_PARAMETERS);
        json.put("apiVersion", ArmTypes.API_VERSION);
        json.set("properties", shell.get("properties"));
        json.putArray("dependsOn");
        return Optional.of(new ArmResource(new ResourceId(ResourceKind.FACTORY, "default"), json, List.of(), List.of(), ruled));
    }

    private ArmResource factoryResourceJson(Resource f) {
        ObjectNode shell = NODES.objectNode();
        ObjectNode properties = NODES.objectNode();
        if (f.properties().get("globalParameters") instanceof ObjectNode gp) properties.set("globalParameters", gp.deepCopy());
        PublishDefaults.escapeBrackets(properties);
        shell.set("properties", properties);
        for (String key : List.of("location", "identity")) if (f.json().has(key)) shell.set(key, f.json().get(key).deepCopy());
        List<ArmParameter> ruled = new Parameterizer("dataFactory", f.id().toString(), parameters)
                .apply(definition.rulesFor(ArmTypes.FACTORY, ""), shell);
        ObjectNode json = NODES.objectNode();
        json.put("name", "[parameters('factoryName')]");
        json.put("type", ArmTypes.FACTORY);
        json.put("apiVersion", ArmTypes.API_VERSION);
        json.set("properties", shell.get("properties"));
        json.putArray("dependsOn");
        for (String key : List.of("location", "identity")) if (shell.has(key)) json.set(key, shell.get(key));
        return new ArmResource(f.id(), json, List.of(), List.of(), ruled);
    }
}
