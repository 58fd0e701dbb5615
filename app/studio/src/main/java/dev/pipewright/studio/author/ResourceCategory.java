package dev.pipewright.studio.author;

import dev.pipewright.core.factory.ResourceKind;

/** The top-level groups of the Author hub's "Factory Resources" tree, in ADF Studio's order. */
public enum ResourceCategory {
    PIPELINES(ResourceKind.PIPELINE, "Pipelines"),
    DATASETS(ResourceKind.DATASET, "Datasets"),
    DATA_FLOWS(ResourceKind.DATA_FLOW, "Data flows"),
    TRIGGERS(ResourceKind.TRIGGER, "Triggers");

    private final ResourceKind kind;
    private final String displayName;

    ResourceCategory(ResourceKind kind, String displayName) {
        this.kind = kind;
        this.displayName = displayName;
    }

    public ResourceKind kind() {
        return kind;
    }

    /** Plural, capitalized: "Data flows". */
    public String displayName() {
        return displayName;
    }

    /** Style class for this category's icon and its resources' icons (e.g. {@code icon-data-flows}). */
    public String styleClass() {
        return "icon-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
