package dev.pipewright.runtime.placement;

/** What runs an activity, as the CLI and canvas show it. */
public enum PlacementKind {
    /** A global (public-network) Azure IR, auto-resolve or with a fixed region. */
    AZURE("Azure"),
    /** An Azure IR inside the factory's managed virtual network. */
    MANAGED_VNET("ManagedVNet"),
    /** A self-hosted IR, or a linked (shared) one: runs on your nodes, no Azure region. */
    SELF_HOSTED("SelfHosted"),
    /** An Azure-SSIS IR: runs SSIS packages only. */
    AZURE_SSIS("AzureSSIS"),
    /** Control activities (If, ForEach, Wait, Execute Pipeline …): the factory's own orchestration, no IR. */
    ORCHESTRATION("Orchestration");

    private final String label;

    PlacementKind(String label) {
        this.label = label;
    }

    /** The stable spelling used in JSON output. */
    public String label() {
        return label;
    }
}
