package dev.pipewright.runtime.placement;

/**
 * Which IR runs something and where.
 *
 * @param integrationRuntime the IR's name as the factory spells it; null for orchestration (no IR)
 * @param kind               what kind of runtime that is
 * @param region             region display name; null for self-hosted IRs (they run on your nodes) and when unknown
 */
public record RuntimeChoice(String integrationRuntime, PlacementKind kind, String region) {
    /** Like ADF's {@code effectiveIntegrationRuntime}: {@code "AutoResolveIntegrationRuntime (West US)"}, or the bare name. */
    public String display() {
        String name = integrationRuntime != null ? integrationRuntime : kind == PlacementKind.ORCHESTRATION ? "Orchestration" : "(none)";
        return region == null ? name : name + " (" + region + ")";
    }
}
