package dev.pipewright.core.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.model.LinkedService;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What validation of one IR needs to know about its surroundings.
 *
 * @param editing        the name of the IR being edited, or null when creating one
 * @param editingKind    its kind before the edit, or null when creating
 * @param runtimes       the factory's IRs and their kinds, by lower-case name
 * @param linkedServices the factory's linked services and their types, by lower-case name
 * @param knownRegion    whether a region display name is one ADF offers (the runtime's region catalog)
 * @param synapse        whether the environment is a Synapse workspace (no Azure-SSIS IRs there)
 * @param editingManagedVnet for an edited Azure IR, whether it was in the managed VNet; null otherwise
 */
public record IrContext(String editing, IntegrationRuntime.Kind editingKind, Map<String, IntegrationRuntime.Kind> runtimes,
                        Map<String, String> linkedServices, Predicate<String> knownRegion, boolean synapse,
                        Boolean editingManagedVnet) {

    /** For creating a new IR in {@code factory}. */
    public static IrContext forCreate(Factory factory, Predicate<String> knownRegion, boolean synapse) {
        return new IrContext(null, null, runtimes(factory), linkedServices(factory), knownRegion, synapse, null);
    }

    /** For editing the IR named {@code name} of {@code factory}. */
    public static IrContext forEdit(Factory factory, String name, Predicate<String> knownRegion, boolean synapse) {
        IntegrationRuntime ir = factory.get(ResourceKind.INTEGRATION_RUNTIME, name).map(IntegrationRuntime::new)
                .orElseThrow(() -> new IllegalArgumentException("No integration runtime named '" + name + "'"));
        Boolean vnet = ir.kind() == IntegrationRuntime.Kind.AZURE ? ir.managedVirtualNetwork().isPresent() : null;
        return new IrContext(ir.name(), ir.kind(), runtimes(factory), linkedServices(factory), knownRegion, synapse, vnet);
    }

    private static Map<String, IntegrationRuntime.Kind> runtimes(Factory factory) {
        return IntegrationRuntime.all(factory).stream()
                .collect(Collectors.toMap(ir -> key(ir.name()), IntegrationRuntime::kind, (a, b) -> a));
    }

    private static Map<String, String> linkedServices(Factory factory) {
        return LinkedService.all(factory).stream().collect(Collectors.toMap(ls -> key(ls.name()), LinkedService::type, (a, b) -> a));
    }

    static String key(String name) {
        return name == null ? "" : name.toLowerCase(Locale.ROOT);
    }

    public boolean creating() {
        return editing == null;
    }

    public Optional<IntegrationRuntime.Kind> runtimeKind(String name) {
        return Optional.ofNullable(runtimes.get(key(name)));
    }

    public Optional<String> linkedServiceType(String name) {
        return Optional.ofNullable(linkedServices.get(key(name)));
    }
}
