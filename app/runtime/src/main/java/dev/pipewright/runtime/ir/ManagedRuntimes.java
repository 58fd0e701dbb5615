package dev.pipewright.runtime.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.ir.AzureIrSettings;
import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.ir.IrContext;
import dev.pipewright.core.ir.IrEditor;
import dev.pipewright.core.ir.IrFields;
import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.core.ir.IrSettings;
import dev.pipewright.core.ir.IrSettingsReader;
import dev.pipewright.core.ir.SsisIrSettings;
import dev.pipewright.core.model.FactoryInfo;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.runtime.secrets.SecretStore;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The Manage hub's integration runtime operations on one factory, for the studio and the CLI alike: create and
 * edit through {@link IrEditor} with the runtime's region catalog, secrets into the {@link SecretStore} (never the
 * files), Azure-SSIS edits only when stopped, the SSIS lifecycle, self-hosted nodes and each IR's status.
 */
public final class ManagedRuntimes {
    private final Factory factory;
    private final String scope;
    private final Supplier<SecretStore> secrets;
    private final SsisLifecycle ssis;
    private final SelfHostedNodes selfHosted;
    private final boolean synapse;
    private final IrStateStore state;

    public ManagedRuntimes(Factory factory, SecretStore secrets, IrStateStore state, Clock clock, double ssisTimeScale, boolean synapse) {
        this(factory, () -> secrets, state, clock, ssisTimeScale, synapse);
    }

    /**
     * @param secrets the secret store, asked for only when a secret is written or read (the studio unlocks it
     *                with the user's passphrase on first use)
     */
    public ManagedRuntimes(Factory factory, Supplier<SecretStore> secrets, IrStateStore state, Clock clock, double ssisTimeScale,
                           boolean synapse) {
        this.factory = factory;
        this.scope = scopeOf(factory.root());
        this.secrets = secrets;
        this.synapse = synapse;
        this.state = state;
        this.ssis = new SsisLifecycle(state, scope, clock, ssisTimeScale);
        String factoryName = FactoryInfo.of(factory).map(FactoryInfo::name).orElse(factory.root().getFileName().toString());
        this.selfHosted = new SelfHostedNodes(scope, factoryName, secrets, state, clock, null);
    }

    /**
     * The node status of the factory's self-hosted IRs by name (ignoring case) as this machine's runtime state has
     * it, read once (a CLI call); {@code beat}: this process is this machine's runtime, so its nodes are Online.
     */
    public static java.util.function.Function<String, SelfHostedNodes.Status> nodeStatuses(Factory factory, IrStateStore state, Clock clock,
                                                                                           boolean beat) {
        SelfHostedNodes nodes = new ManagedRuntimes(factory, () -> null, state, clock, 1, false).selfHosted();
        if (beat) nodes.heartbeat();
        java.util.Map<String, SelfHostedNodes.Status> byName = new java.util.HashMap<>();
        for (dev.pipewright.core.model.IntegrationRuntime ir : dev.pipewright.core.model.IntegrationRuntime.all(factory)) {
            if (ir.kind() == dev.pipewright.core.model.IntegrationRuntime.Kind.SELF_HOSTED) {
                byName.put(ir.name().toLowerCase(java.util.Locale.ROOT), nodes.status(ir.name()));
            }
        }
        return name -> byName.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), SelfHostedNodes.Status.NEED_REGISTRATION);
    }

    /** The secret store scope of a factory: its root folder's absolute path. */
    public static String scopeOf(Path root) {
        return root.toAbsolutePath().normalize().toString();
    }

    public Factory factory() {
        return factory;
    }

    public String scope() {
        return scope;
    }

    public boolean synapse() {
        return synapse;
    }

    public SsisLifecycle ssis() {
        return ssis;
    }

    public SelfHostedNodes selfHosted() {
        return selfHosted;
    }

    public static boolean knownRegion(String region) {
        return RegionCatalog.standard().find(region).isPresent();
    }

    public IrContext createContext() {
        return IrContext.forCreate(factory, ManagedRuntimes::knownRegion, synapse);
    }

    public IrContext editContext(String name) {
        return IrContext.forEdit(factory, name, ManagedRuntimes::knownRegion, synapse);
    }

    public Optional<IntegrationRuntime> runtime(String name) {
        return factory.get(ResourceKind.INTEGRATION_RUNTIME, name).map(IntegrationRuntime::new);
    }

    /**
     * The settings of an existing IR, for its edit wizard. Interactive authoring is not in ADF's JSON (ADF switches it
     * with an API call); Pipewright keeps it in the runtime state file.
     */
    public IrSettings settings(String name) {
        IrSettings s = IrSettingsReader.read(runtime(name).orElseThrow(() -> new IllegalArgumentException("No integration runtime '" + name + "'")));
        if (s instanceof AzureIrSettings a) {
            return state.interactiveAuthoring(scope, name).map(v -> new AzureIrSettings(a.name(), a.description(), a.location(),
                    a.managedVirtualNetwork(), a.dataFlow(), a.copyComputeScale(), a.pipelineExternalComputeScale(),
                    new AzureIrSettings.InteractiveAuthoring(v[0] != 0, v[1]))).orElse(a);
        }
        return s;
    }

    /** Creates an IR in the factory model (saved by FactoryWriter) and keeps its secrets in the store. */
    public IrEditor.Result create(IrSettings settings) {
        IrEditor.Result result = IrEditor.create(factory, settings, createContext());
        if (result.ok()) keepOutsideTheFile(settings);
        return result;
    }

    /** Edits an IR; an Azure-SSIS IR only while it is stopped (or was never started). */
    public IrEditor.Result update(IrSettings settings) {
        Optional<IntegrationRuntime> existing = runtime(settings.name());
        if (existing.isPresent() && existing.get().kind() == IntegrationRuntime.Kind.AZURE_SSIS && !ssis.canEdit(existing.get().name())) {
            SsisState state = ssis.state(existing.get().name());
            return new IrEditor.Result(List.of(new FieldProblem(IrFields.TYPE, ProblemCode.SSIS_EDIT_WHILE_RUNNING,
                    "'" + settings.name() + "' is " + state.label() + "; ADF edits an Azure-SSIS IR only when it is stopped",
                    "Stop it first")), null);
        }
        IrEditor.Result result = IrEditor.update(factory, settings, editContext(settings.name()));
        if (result.ok()) keepOutsideTheFile(settings);
        return result;
    }

    /** What ADF keeps outside the IR file: secrets to the secret store, interactive authoring to the state file. */
    private void keepOutsideTheFile(IrSettings settings) {
        if (settings instanceof AzureIrSettings a && a.interactiveAuthoring() != null) {
            state.putInteractiveAuthoring(scope, a.name(), a.interactiveAuthoring().enabled(), a.interactiveAuthoring().timeToLive());
        }
        for (Map.Entry<String, String> e : settings.secrets().entrySet()) {
            secrets.get().put(new SecretKey(scope, IrSecrets.resource(settings.name()), e.getKey()), e.getValue());
        }
    }

    /**
     * Why ADF would not delete the IR now, beyond references (see {@code core.manage.Deletion}): an Azure-SSIS IR is
     * deleted only when stopped, as it is edited. Empty when nothing stands in the way.
     */
    public Optional<String> deleteRefusal(String name) {
        Optional<IntegrationRuntime> ir = runtime(name);
        if (ir.isPresent() && ir.get().kind() == IntegrationRuntime.Kind.AZURE_SSIS && !ssis.canEdit(ir.get().name())) {
            return Optional.of("'" + name + "' is " + ssis.state(ir.get().name()).label()
                    + "; ADF deletes an Azure-SSIS IR only when it is stopped: stop it first");
        }
        return Optional.empty();
    }

    /** Whether creating or updating with these settings writes to the secret store. */
    public static boolean writesSecrets(IrSettings settings) {
        return !settings.secrets().isEmpty();
    }

    /** Whether a secret of an IR is in the store (the wizard shows "stored" instead of an empty field). */
    public boolean hasSecret(String runtime, String property) {
        return secrets.get().contains(new SecretKey(scope, IrSecrets.resource(runtime), property));
    }

    /** Starts an Azure-SSIS IR of the factory. */
    public SsisLifecycle.Status start(String name) {
        return ssis.start(name, (SsisIrSettings) settings(name));
    }

    public SsisLifecycle.Status stop(String name) {
        return ssis.stop(name);
    }

    /**
     * The status ADF's list would show: Azure IRs "Running"; self-hosted Need registration / Online / Limited /
     * Offline from the nodes; Azure-SSIS its lifecycle state; a linked IR's status belongs to the sharing factory
     * and is "Unknown" offline.
     */
    public String status(String name) {
        if (name.equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE) && runtime(name).isEmpty()) return "Running";
        IntegrationRuntime ir = runtime(name).orElseThrow(() -> new IllegalArgumentException("No integration runtime '" + name + "'"));
        return switch (ir.kind()) {
            case AZURE -> "Running";
            case SELF_HOSTED -> selfHosted.status(ir.name()).label();
            case LINKED_SELF_HOSTED -> "Unknown";
            case AZURE_SSIS -> ssis.state(ir.name()).label();
        };
    }
}
