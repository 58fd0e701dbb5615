package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.validate.Validator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * ADF's publish, offline: validates the factory, then builds {@code ARMTemplateForFactory.json},
 * {@code ARMTemplateParametersForFactory.json}, {@code globalParameters/<factory>_GlobalParameters.json} and the
 * linked templates ({@code linkedTemplates/ArmTemplate_master.json}, {@code ArmTemplate_0..N.json},
 * {@code ArmTemplateParameters_master.json}), each byte for byte in ADF's format. Nothing is built when the
 * factory or the parameter definition has errors.
 */
public final class ArmExport {
    /** The most parameters ARM accepts in one template. */
    public static final int MAX_PARAMETERS = 256;
    /** The most resources ARM accepts in one template. */
    public static final int MAX_RESOURCES = 800;
    /** ARM's template size limit (4 MB). */
    public static final long MAX_BYTES = 4L * 1024 * 1024;
    /** Resources per linked template in ADF's publish output. */
    public static final int ADF_RESOURCES_PER_PART = 20;

    /** How to split linked templates: at most {@code resourcesPerPart} (≤ 800) resources and {@code maxPartBytes} bytes per part. */
    public record Options(int resourcesPerPart, long maxPartBytes, boolean validate) {
        public static final Options ADF = new Options(ADF_RESOURCES_PER_PART, MAX_BYTES, true);

        public Options {
            if (resourcesPerPart < 1 || resourcesPerPart > MAX_RESOURCES) {
                throw new IllegalArgumentException("resources per linked template must be 1 to " + MAX_RESOURCES + ", not " + resourcesPerPart);
            }
        }
    }

    /** One linked template: its file, how many resources it deploys and its size. */
    public record Part(String file, int resources, long bytes) {
    }

    /** The files by path relative to the output folder (empty when an error stopped the export) and what was found. */
    public record Result(Map<String, byte[]> files, List<Problem> problems, List<Part> parts, int resources, int parameters) {
        public boolean ok() {
            return problems.stream().noneMatch(Problem::isError);
        }
    }

    private ArmExport() {
    }

    public static Result build(Factory factory, FactoryId id, Options options) {
        if (id.synapse()) return buildWorkspace(factory, id, options);
        List<Problem> problems = new ArrayList<>();
        if (options.validate()) problems.addAll(Validator.validate(factory));
        ParameterDefinition definition = ParameterDefinition.of(factory, problems);
        if (problems.stream().anyMatch(Problem::isError)) return failed(problems);

        String name = id.factoryName();
        ArmTemplateGenerator generator = new ArmTemplateGenerator(factory, PublishConfig.of(factory), definition, problems);
        List<ArmResource> resources = generator.resources(name);
        Map<String, ArmParameter> parameters = ArmDocuments.parametersOf(resources);
        checkParameterCount(parameters, problems, Factory.ARM_PARAMETERS_DEFINITION);
        ClearSecrets.check(resources, parameters, problems);
        List<ArmResource> ordered = LinkedTemplates.dependencyOrder(resources, problems);
        Map<ResourceId, ResourceText> texts = new java.util.concurrent.ConcurrentHashMap<>();
        resources.parallelStream().forEach(r -> texts.put(r.id(), new ResourceText(r.json()))); // each serializes its own tree
        List<List<ArmResource>> split = LinkedTemplates.split(ordered, texts, options.resourcesPerPart(), options.maxPartBytes(), problems);
        if (problems.stream().anyMatch(Problem::isError)) return failed(problems);

        Map<String, byte[]> files = new LinkedHashMap<>();
        List<List<String>> fullDependsOn = resources.stream().map(r -> texts(r.json().get("dependsOn"))).toList();
        put(files, "ARMTemplateForFactory.json", ArmDocuments.templateText(ArmDocuments.template(name, parameters.values(), List.of(), false),
                resources.stream().map(r -> texts.get(r.id())).toList(), fullDependsOn));
        long singleBytes = files.get("ARMTemplateForFactory.json").length;
        if (singleBytes > MAX_BYTES || resources.size() > MAX_RESOURCES) {
            problems.add(Problem.of(ProblemCode.ARM_SINGLE_TEMPLATE_TOO_LARGE, null, null, 0, 0, String.format(java.util.Locale.ROOT,
                    "ARMTemplateForFactory.json holds %d resources in %,d bytes; ARM accepts at most %d resources and %,d bytes in one template",
                    resources.size(), singleBytes, MAX_RESOURCES, MAX_BYTES),
                    "Deploy linkedTemplates/ArmTemplate_master.json (with containerUri and containerSasToken) instead of the single template"));
        }
        put(files, "ARMTemplateParametersForFactory.json", ArmDocuments.parametersFile(name, parameters.values(), false));
        put(files, "globalParameters/" + name + "_GlobalParameters.json", generator.globalParameterValues(name));
        List<ObjectNode> deployments = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < split.size(); i++) {
            List<ArmResource> part = split.get(i);
            Set<ResourceId> members = new HashSet<>();
            part.forEach(r -> members.add(r.id()));
            Map<String, ArmParameter> partParameters = ArmDocuments.parametersOf(part);
            String file = "linkedTemplates/ArmTemplate_" + i + ".json";
            byte[] bytes = put(files, file, ArmDocuments.templateText(ArmDocuments.template(name, partParameters.values(), List.of(), false),
                    part.stream().map(r -> texts.get(r.id())).toList(), part.stream().map(r -> LinkedTemplates.dependsOnInPart(r, members)).toList()));
            parts.add(new Part(file, part.size(), bytes.length));
            deployments.add(ArmDocuments.deployment(name, i, partParameters.values()));
        }
        put(files, "linkedTemplates/ArmTemplate_master.json", ArmDocuments.template(name, parameters.values(), deployments, true));
        put(files, "linkedTemplates/ArmTemplateParameters_master.json", ArmDocuments.parametersFile(name, parameters.values(), true));
        return new Result(files, problems, parts, resources.size(), parameters.size() + 1);
    }

    /**
     * Synapse mode: {@code TemplateForWorkspace.json} and {@code TemplateParametersForWorkspace.json} (what
     * {@code workspace_publish} holds), with the workspace's {@code template-parameters-definition.json}. No linked
     * templates and no global parameters: Synapse has neither.
     */
    public static Result buildWorkspace(Factory factory, FactoryId id, Options options) {
        List<Problem> problems = new ArrayList<>();
        if (options.validate()) problems.addAll(Validator.validate(factory));
        ParameterDefinition definition = ParameterDefinition.ofWorkspace(factory, problems);
        if (problems.stream().anyMatch(Problem::isError)) return failed(problems);
        String name = id.factoryName();
        List<ArmResource> resources = new ArmTemplateGenerator(factory, new PublishConfig("workspace_publish", false, false), definition, problems)
                .resources(name);
        Map<String, ArmParameter> parameters = ArmDocuments.parametersOf(resources);
        checkParameterCount(parameters, problems, ParameterDefinition.SYNAPSE_FILE);
        ClearSecrets.check(resources, parameters, problems);
        LinkedTemplates.dependencyOrder(resources, problems);
        if (problems.stream().anyMatch(Problem::isError)) return failed(problems);
        Map<String, byte[]> files = new LinkedHashMap<>();
        put(files, WorkspaceTemplates.TEMPLATE, WorkspaceTemplates.template(name, parameters.values(), resources));
        put(files, WorkspaceTemplates.PARAMETERS, WorkspaceTemplates.parametersFile(name, parameters.values()));
        return new Result(files, problems, List.of(), resources.size(), parameters.size() + 1);
    }

    /**
     * The structural check of every template of a built export ({@link ArmTemplateCheck}) as Problems (PW955); empty
     * for every export Pipewright builds. {@code build validate} runs it; the export itself does not re-read what it wrote.
     */
    public static List<Problem> check(Result result) {
        if (result.files().isEmpty()) return List.of();
        return ArmTemplateCheck.checkExport(result.files()).stream()
                .map(f -> Problem.of(ProblemCode.ARM_TEMPLATE_INVALID, null, null, 0, 0, f, "This is a defect: please report it with the factory"))
                .toList();
    }

    /** The single template of a built export: ARMTemplateForFactory.json, or TemplateForWorkspace.json in Synapse mode. */
    public static byte[] singleTemplate(Result result) {
        byte[] factory = result.files().get("ARMTemplateForFactory.json");
        return factory != null ? factory : result.files().get(WorkspaceTemplates.TEMPLATE);
    }

    private static void checkParameterCount(Map<String, ArmParameter> parameters, List<Problem> problems, String definitionFile) {
        int count = parameters.size() + 1; // factoryName
        boolean linked = definitionFile.equals(Factory.ARM_PARAMETERS_DEFINITION);
        int master = linked ? count + 2 : count; // containerUri, containerSasToken
        if (master <= MAX_PARAMETERS) return;
        List<String> names = new ArrayList<>();
        names.add("factoryName");
        names.addAll(parameters.keySet());
        String which = count > MAX_PARAMETERS ? "The template would have " + count + " parameters"
                : "The linked templates' master would have " + master + " parameters (with containerUri and containerSasToken)";
        problems.add(Problem.of(ProblemCode.ARM_TOO_MANY_PARAMETERS, null, definitionFile, 0, 0,
                which + "; ARM accepts at most " + MAX_PARAMETERS + ": " + String.join(", ", names),
                "Parameterize fewer properties in " + definitionFile + " (remove rules, or use \"-\" names and"
                        + " global parameters for values shared by many resources), or split the factory"));
    }

    private static byte[] put(Map<String, byte[]> files, String path, ObjectNode json) {
        return put(files, path, AdfJsonWriter.pretty(json));
    }

    private static byte[] put(Map<String, byte[]> files, String path, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        files.put(path, bytes);
        return bytes;
    }

    private static List<String> texts(com.fasterxml.jackson.databind.JsonNode array) {
        List<String> list = new ArrayList<>(array.size());
        array.forEach(n -> list.add(n.textValue()));
        return list;
    }

    private static Result failed(List<Problem> problems) {
        return new Result(Map.of(), problems, List.of(), 0, 0);
    }
}
