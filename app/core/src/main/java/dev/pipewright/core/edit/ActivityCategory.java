package dev.pipewright.core.edit;

/** The groups of ADF Studio's Activities toolbox, in the order the toolbox lists them. */
public enum ActivityCategory {
    MOVE_AND_TRANSFORM("Move and transform"),
    SYNAPSE("Synapse"),
    AZURE_DATA_EXPLORER("Azure Data Explorer"),
    AZURE_FUNCTION("Azure Function"),
    BATCH_SERVICE("Batch Service"),
    DATABRICKS("Databricks"),
    DATA_LAKE_ANALYTICS("Data Lake Analytics"),
    GENERAL("General"),
    HDINSIGHT("HDInsight"),
    ITERATION_AND_CONDITIONALS("Iteration & conditionals"),
    MACHINE_LEARNING("Machine Learning"),
    POWER_QUERY("Power Query");

    private final String displayName;

    ActivityCategory(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }
}
