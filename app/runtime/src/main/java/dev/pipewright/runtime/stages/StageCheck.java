package dev.pipewright.runtime.stages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.placement.Region;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * ADF's documented CI/CD requirements, checked before a deployment instead of failing in it: every integration
 * runtime has the same name, type and sub-type in every stage; every template parameter has a value in every
 * stage's parameters file; no parameters file holds a secret in clear; each stage's stores stay in the geographies
 * its profile keeps data in.
 */
public final class StageCheck {
    /** A value that holds a secret whatever its parameter's type: an account key, a SAS signature, a password in a connection string. */
    private static final Pattern SECRET = Pattern.compile("(?i)(AccountKey=|SharedAccessKey=|[?&]sig=|(^|;)\\s*(password|pwd)\\s*=)");

    private final Factory factory;
    private final Map<String, JsonNode> declared;
    private final RegionCatalog regions;
    private final List<Problem> problems = new ArrayList<>();

    /** {@code declared}: the template's parameters (name → declaration with {@code type} and maybe {@code defaultValue}). */
    private StageCheck(Factory factory, Map<String, JsonNode> declared, RegionCatalog regions) {
        this.factory = factory;
        this.declared = declared;
        this.regions = regions;
    }

    public static List<Problem> check(Factory factory, Map<String, JsonNode> templateParameters, List<Stage> stages, RegionCatalog regions) {
        StageCheck c = new StageCheck(factory, templateParameters, regions);
        c.runtimes(stages);
        for (Stage s : stages) {
            if (s.parameters() != null) c.parameters(s);
            c.residency(s);
        }
        return c.problems;
    }

    /** Same name, type and sub-type in every stage: what a stage's profile and parameters make of each runtime. */
    private void runtimes(List<Stage> stages) {
        if (stages.size() < 2) return;
        for (Resource ir : factory.resources(ResourceKind.INTEGRATION_RUNTIME)) {
            Map<String, String> kinds = new LinkedHashMap<>();
            for (Stage s : stages) kinds.put(s.name(), kindIn(ir, s));
            if (kinds.values().stream().distinct().count() > 1) {
                StringBuilder each = new StringBuilder();
                kinds.forEach((stage, kind) -> each.append(each.length() == 0 ? "" : "; ").append(stage).append(": ").append(kind));
                problems.add(Problem.of(ProblemCode.STAGE_RUNTIME_MISMATCH, ir.id().toString(), ir.path(), 0, 0,
                        "Integration runtime '" + ir.name() + "' is not the same kind in every stage (" + each + ")",
                        "ADF's CI/CD deploys one template to every stage: give the runtime the same type and sub-type everywhere"
                                + " (a linked self-hosted runtime needs its shared runtime's resource id in every stage)"));
            }
        }
    }

    private static String kindIn(Resource ir, Stage s) {
        String type = ir.type();
        JsonNode tp = ir.properties().path("typeProperties");
        if (type.equals("Managed")) {
            boolean ssis = tp.has("ssisProperties");
            boolean inVnet = ir.properties().has("managedVirtualNetwork");
            if (inVnet && s.profile().managedVirtualNetwork().map(v -> !v).orElse(false)) return "Azure, no managed virtual network in this stage";
            return (ssis ? "Azure-SSIS" : "Azure") + (inVnet ? " in the managed virtual network" : "");
        }
        if (type.equals("SelfHosted")) {
            if (!tp.has("linkedInfo")) return "self-hosted";
            String parameter = ir.name() + "_properties_typeProperties_linkedInfo_resourceId";
            if (s.parameters() != null && s.parameters().has(parameter)) {
                JsonNode value = s.parameters().get(parameter).get("value");
                if (value != null && value.isTextual() && value.textValue().isBlank()) return "self-hosted (no shared runtime given)";
            }
            return "linked self-hosted";
        }
        return type.isEmpty() ? "unknown" : type;
    }

    private void parameters(Stage s) {
        JsonNode given = s.parameters();
        for (Map.Entry<String, JsonNode> p : declared.entrySet()) {
            String name = p.getKey();
            JsonNode entry = given.get(name);
            boolean secure = p.getValue().path("type").asText("").toLowerCase(java.util.Locale.ROOT).startsWith("secure");
            boolean reference = entry != null && entry.has("reference");
            JsonNode value = entry == null ? null : entry.get("value");
            boolean empty = value == null || value.isNull() || value.isTextual() && value.textValue().isEmpty();
            if (entry == null || !reference && empty) {
                problems.add(Problem.of(ProblemCode.STAGE_PARAMETER_MISSING, null, s.parametersFile(), 0, 0,
                        "Stage '" + s.name() + "' gives no value for template parameter '" + name + "'"
                                + (p.getValue().has("defaultValue") ? " (the deployment would take the development value)" : ""),
                        secure ? "Add it as a Key Vault reference: {\"reference\": {\"keyVault\": {\"id\": \"<vault resource id>\"}, \"secretName\": \"<name>\"}}"
                                : "Add {\"" + name + "\": {\"value\": …}} to the stage's parameters file"));
            } else if (!reference && (secure || value.isTextual() && SECRET.matcher(value.textValue()).find())) {
                problems.add(Problem.of(ProblemCode.STAGE_SECRET_IN_CLEAR, null, s.parametersFile(), 0, 0,
                        "Stage '" + s.name() + "' writes " + (secure ? "secure parameter" : "a secret into parameter") + " '" + name + "' in clear",
                        "Replace the value by a Key Vault reference: {\"reference\": {\"keyVault\": {\"id\": …}, \"secretName\": …}}"));
            }
        }
        given.fieldNames().forEachRemaining(name -> {
            if (!declared.containsKey(name)) {
                problems.add(Problem.of(ProblemCode.STAGE_UNKNOWN_PARAMETER, null, s.parametersFile(), 0, 0,
                        "Stage '" + s.name() + "' sets '" + name + "', which the template does not declare", "Remove it or correct its name"));
            }
        });
    }

    private void residency(Stage s) {
        List<String> keep = s.profile().keepDataIn();
        if (keep.isEmpty()) return;
        for (EnvironmentProfile.LinkedServiceSettings ls : s.profile().linkedServices()) {
            Optional<Region> region = ls.region().flatMap(regions::find);
            if (region.isEmpty() || keep.stream().anyMatch(g -> g.equalsIgnoreCase(region.get().geography()))) continue;
            problems.add(Problem.of(ProblemCode.STAGE_RESIDENCY, "linkedService/" + ls.name(), s.profile().source().file(), 0, 0,
                    "In stage '" + s.name() + "', linked service '" + ls.name() + "' is in " + region.get().displayName() + " (geography "
                            + region.get().geography() + "), outside keepDataIn " + String.join(", ", keep),
                    "Use a store in " + String.join(", ", keep) + " for this stage, or correct the profile"));
        }
    }
}
