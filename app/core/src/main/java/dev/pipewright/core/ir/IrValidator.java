package dev.pipewright.core.ir;

import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static dev.pipewright.core.ir.IrFields.*;

/**
 * Checks IR settings as ADF's wizard and service do: the IR naming rule, uniqueness, ranges and offered values,
 * managed-VNet-only settings, Synapse mode. One {@link FieldProblem} per finding, naming the field.
 * Azure-SSIS specifics are in {@link SsisRules}.
 */
public final class IrValidator {
    static final Pattern RUNTIME_NAME = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");
    private static final Pattern LINKED_IR_ID = Pattern.compile(
            "/subscriptions/[^/]+/resourcegroups/[^/]+/providers/Microsoft\\.DataFactory/factories/[^/]+/integrationruntimes/[^/]+",
            Pattern.CASE_INSENSITIVE);

    private IrValidator() {
    }

    public static List<FieldProblem> validate(IrSettings settings, IrContext context) {
        Findings f = new Findings();
        checkName(settings.name(), context, f);
        if (!context.creating() && context.editingKind() != settings.kind()) {
            f.add(TYPE, ProblemCode.IR_KIND_CHANGE, "'" + context.editing() + "' is " + article(context.editingKind())
                    + " IR; ADF cannot change it to " + article(settings.kind()) + " IR", "Create a new IR of that kind instead");
        }
        if (settings instanceof AzureIrSettings azure) {
            checkAzure(azure, context, f);
        } else if (settings instanceof SsisIrSettings ssis) {
            SsisRules.check(ssis, context, f);
        } else if (settings instanceof LinkedSelfHostedIrSettings linked) {
            checkLinked(linked, f);
        }
        return f.list();
    }

    /** The name checks alone, for live validation while typing. */
    public static List<FieldProblem> validateName(String name, IrContext context) {
        Findings f = new Findings();
        checkName(name, context, f);
        return f.list();
    }

    private static String article(IntegrationRuntime.Kind kind) {
        return (kind == IntegrationRuntime.Kind.AZURE || kind == IntegrationRuntime.Kind.AZURE_SSIS ? "an " : "a ") + kind.label();
    }

    private static void checkName(String name, IrContext context, Findings f) {
        String n = name == null ? "" : name;
        if (n.length() < 3 || n.length() > 63) {
            f.add(NAME, ProblemCode.NAME_LENGTH, "the name has " + n.length() + " characters; ADF allows 3 to 63",
                    "Choose a name of 3 to 63 characters");
        }
        if (!n.isEmpty() && !RUNTIME_NAME.matcher(n).matches()) {
            f.add(NAME, ProblemCode.NAME_RUNTIME_PATTERN,
                    "'" + n + "' may contain only letters, digits and single dashes, and must start and end with a letter or digit",
                    "For example '" + suggestion(n) + "'");
        }
        if (context.creating()) {
            if (n.equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE)) {
                f.add(NAME, ProblemCode.IR_NAME_TAKEN, "'" + n + "' is the default Azure IR every factory has",
                        "Choose another name");
            } else if (context.runtimeKind(n).isPresent()) {
                f.add(NAME, ProblemCode.IR_NAME_TAKEN, "an integration runtime named '" + n + "' already exists (names ignore case)",
                        "Choose another name");
            }
        } else if (!n.equals(context.editing())) {
            f.add(NAME, ProblemCode.IR_KIND_CHANGE, "ADF cannot rename an integration runtime ('" + context.editing() + "')",
                    "Create a new IR with the new name and point the linked services at it");
        }
    }

    private static String suggestion(String name) {
        String s = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.length() < 3 ? "IR-" + (s.isEmpty() ? "1" : s) : s;
    }

    static void checkRegion(String location, IrContext context, Findings f) {
        if (location == null || location.isBlank()) {
            f.add(LOCATION, ProblemCode.IR_VALUE_REQUIRED, "choose a region", "");
        } else if (!context.knownRegion().test(location)) {
            f.add(LOCATION, ProblemCode.IR_VALUE_NOT_OFFERED, "'" + location + "' is not an Azure region",
                    "Use a region display name such as 'West Europe'");
        }
    }

    private static void checkAzure(AzureIrSettings s, IrContext context, Findings f) {
        if (!s.isAutoResolve()) checkRegion(s.location(), context, f);
        if (context.editingManagedVnet() != null && context.editingManagedVnet() != s.managedVirtualNetwork()) {
            f.add(MANAGED_VNET, ProblemCode.IR_KIND_CHANGE, context.editingManagedVnet()
                            ? "an IR in the managed virtual network cannot become a public Azure IR"
                            : "an existing public Azure IR cannot move into the managed virtual network",
                    "Create a new IR with the other setting");
        }
        AzureIrSettings.DataFlow df = s.dataFlow();
        if (df != null) {
            if (!AzureIrSettings.COMPUTE_TYPES.contains(df.computeType())) {
                f.add(COMPUTE_TYPE, ProblemCode.IR_VALUE_NOT_OFFERED, "compute type '" + df.computeType() + "' is not offered"
                        + ("ComputeOptimized".equals(df.computeType()) ? " (Compute optimized is retired)" : ""),
                        "Use General or MemoryOptimized");
            }
            if (!AzureIrSettings.CORE_COUNTS.contains(df.coreCount())) {
                f.add(CORE_COUNT, ProblemCode.IR_VALUE_NOT_OFFERED, "core count " + df.coreCount() + " is not offered",
                        "Use one of " + AzureIrSettings.CORE_COUNTS);
            }
            range(f, DATA_FLOW_TTL, "data flow time to live", df.timeToLive(), 0, AzureIrSettings.MAX_DATA_FLOW_TTL, " minutes");
        }
        checkScale(s, f);
        AzureIrSettings.InteractiveAuthoring ia = s.interactiveAuthoring();
        if (ia != null && ia.enabled()) {
            if (!s.managedVirtualNetwork()) {
                f.add(INTERACTIVE_AUTHORING, ProblemCode.IR_NEEDS_MANAGED_VNET,
                        "interactive authoring is a setting of IRs in the managed virtual network", "Enable the virtual network or clear it");
            }
            if (ia.timeToLive() < 1) {
                f.add(INTERACTIVE_AUTHORING, ProblemCode.IR_VALUE_OUT_OF_RANGE,
                        "interactive authoring time to live is " + ia.timeToLive() + " minutes; it must be at least 1", "The default is 60");
            }
        }
    }

    private static void checkScale(AzureIrSettings s, Findings f) {
        AzureIrSettings.CopyComputeScale copy = s.copyComputeScale();
        if (copy != null) {
            if (!s.managedVirtualNetwork()) {
                f.add(COPY_DIU, ProblemCode.IR_NEEDS_MANAGED_VNET, "copy compute scale applies only in the managed virtual network",
                        "Enable the virtual network or disable copy compute scale");
            }
            int diu = copy.dataIntegrationUnit();
            if (diu < 4 || diu > 256 || diu % 4 != 0) {
                f.add(COPY_DIU, ProblemCode.IR_VALUE_OUT_OF_RANGE, diu + " DIUs; ADF allows 4 to 256 in steps of 4",
                        "For example " + Math.max(4, Math.min(256, Math.round(diu / 4.0f) * 4)));
            }
            range(f, COPY_TTL, "copy compute time to live", copy.timeToLive(), AzureIrSettings.MIN_SCALE_TTL, Integer.MAX_VALUE, " minutes");
        }
        AzureIrSettings.PipelineExternalComputeScale p = s.pipelineExternalComputeScale();
        if (p != null) {
            if (!s.managedVirtualNetwork()) {
                f.add(PIPELINE_TTL, ProblemCode.IR_NEEDS_MANAGED_VNET,
                        "pipeline and external compute scale applies only in the managed virtual network", "Enable the virtual network");
            }
            range(f, PIPELINE_TTL, "pipeline and external compute time to live", p.timeToLive(), AzureIrSettings.MIN_SCALE_TTL,
                    Integer.MAX_VALUE, " minutes");
            range(f, PIPELINE_NODES, "pipeline nodes", p.numberOfPipelineNodes(), 1, 10, "");
            range(f, EXTERNAL_NODES, "external nodes", p.numberOfExternalNodes(), 1, 10, "");
        }
    }

    private static void checkLinked(LinkedSelfHostedIrSettings s, Findings f) {
        String id = s.resourceId();
        if (id == null || id.isBlank()) {
            f.add(LINKED_RESOURCE_ID, ProblemCode.IR_VALUE_REQUIRED, "paste the resource ID of the shared self-hosted IR",
                    "Copy it from the shared IR's Sharing tab");
        } else if (!LINKED_IR_ID.matcher(id.trim()).matches()) {
            f.add(LINKED_RESOURCE_ID, ProblemCode.IR_VALUE_MALFORMED, "'" + id + "' is not the resource ID of a data factory IR",
                    "/subscriptions/<id>/resourcegroups/<group>/providers/Microsoft.DataFactory/factories/<factory>/integrationruntimes/<ir>");
        }
    }

    static void range(Findings f, String field, String what, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            String allowed = max == Integer.MAX_VALUE ? "at least " + min + unit : min + " to " + max + unit;
            f.add(field, ProblemCode.IR_VALUE_OUT_OF_RANGE, what + " is " + value + unit + "; ADF allows " + allowed,
                    "Use a value of " + allowed);
        }
    }

    /** Collects findings in order. */
    static final class Findings {
        private final List<FieldProblem> list = new ArrayList<>();

        void add(String field, ProblemCode code, String message, String hint) {
            list.add(new FieldProblem(field, code, message, hint));
        }

        List<FieldProblem> list() {
            return List.copyOf(list);
        }
    }
}
