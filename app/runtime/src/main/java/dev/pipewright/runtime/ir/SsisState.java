package dev.pipewright.runtime.ir;

/** Azure-SSIS IR states (ADF's {@code IntegrationRuntimeState} for managed IRs). Billing runs from Starting to Stopping. */
public enum SsisState {
    INITIAL("Initial"), STARTING("Starting"), STARTED("Started"), STOPPING("Stopping"), STOPPED("Stopped");

    private final String label;

    SsisState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** ADF: "Editing/deleting your Azure-SSIS IR can only be done when it's stopped" (never started counts). */
    public boolean editable() {
        return this == INITIAL || this == STOPPED;
    }

    /** Whether nodes are allocated and billed. */
    public boolean billed() {
        return this == STARTING || this == STARTED || this == STOPPING;
    }
}
