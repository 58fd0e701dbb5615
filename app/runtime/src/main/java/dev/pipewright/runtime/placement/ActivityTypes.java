package dev.pipewright.runtime.placement;

import java.util.Set;

/** Which placement rule an activity type follows, and what a self-hosted IR can dispatch. */
public final class ActivityTypes {
    /** The placement rule of an activity type; local runs price activities by it too. */
    public enum Rule {
        /** Control flow: the factory's orchestration, no IR. */
        ORCHESTRATION,
        /** Copy: source and sink IRs, sink-region auto-resolve. */
        COPY,
        /** Lookup, Get Metadata, Delete, Validation: the IR of the dataset's linked service. */
        DATASET,
        /** Transformation dispatch: the IR of the compute (or store) linked service. */
        EXTERNAL,
        /** Web and WebHook: their own {@code connectVia}. */
        WEB,
        /** Execute Data Flow and Power Query: their {@code integrationRuntime}, Azure IRs only. */
        DATA_FLOW,
        /** Execute SSIS package: its {@code connectVia}, an Azure-SSIS IR. */
        SSIS,
        /** A type the rules do not know. */
        UNKNOWN
    }

    private static final Set<String> ORCHESTRATION = Set.of("IfCondition", "ForEach", "Switch", "Until", "Wait",
            "SetVariable", "AppendVariable", "ExecutePipeline", "Filter", "Fail");
    private static final Set<String> DATASET = Set.of("Lookup", "GetMetadata", "Delete", "Validation");
    private static final Set<String> EXTERNAL = Set.of("AzureDataExplorerCommand", "AzureFunctionActivity",
            "AzureMLBatchExecution", "AzureMLExecutePipeline", "AzureMLUpdateResource", "Custom", "DatabricksNotebook",
            "DatabricksSparkJar", "DatabricksSparkPython", "DataLakeAnalyticsU-SQL", "HDInsightHive", "HDInsightMapReduce",
            "HDInsightPig", "HDInsightSpark", "HDInsightStreaming", "Script", "SqlServerStoredProcedure", "SynapseNotebook",
            "SparkJob");

    /**
     * What a self-hosted IR runs, from the reference's capability list ([IR-concepts]): copy, and the dispatch of
     * Azure Function, Custom, U-SQL, Get Metadata, HDInsight (BYOC), Lookup, ML classic, ML Execute Pipeline,
     * Stored Procedure, Validation and Web. Delete and Script are added: both are documented with self-hosted
     * IRs on their own pages (file deletes on-premises, scripts against SQL Server), though not in that list.
     */
    private static final Set<String> SELF_HOSTED_RUNS = Set.of("Copy", "Lookup", "GetMetadata", "Delete", "Validation",
            "Script", "SqlServerStoredProcedure", "AzureFunctionActivity", "Custom", "DataLakeAnalyticsU-SQL", "HDInsightHive",
            "HDInsightMapReduce", "HDInsightPig", "HDInsightSpark", "HDInsightStreaming", "AzureMLBatchExecution",
            "AzureMLUpdateResource", "AzureMLExecutePipeline", "WebActivity");

    private ActivityTypes() {
    }

    public static Rule ruleOf(String type) {
        if (ORCHESTRATION.contains(type)) return Rule.ORCHESTRATION;
        if (DATASET.contains(type)) return Rule.DATASET;
        if (EXTERNAL.contains(type)) return Rule.EXTERNAL;
        return switch (type) {
            case "Copy" -> Rule.COPY;
            case "WebActivity", "WebHook" -> Rule.WEB;
            case "ExecuteDataFlow", "ExecuteWranglingDataflow" -> Rule.DATA_FLOW;
            case "ExecuteSSISPackage" -> Rule.SSIS;
            default -> Rule.UNKNOWN;
        };
    }

    static boolean selfHostedRuns(String type) {
        return SELF_HOSTED_RUNS.contains(type);
    }

    /** For hints: what a self-hosted IR can run. */
    static String selfHostedList() {
        return "Copy, Lookup, GetMetadata, Delete, Validation, Script, SqlServerStoredProcedure, AzureFunctionActivity, Custom, "
                + "DataLakeAnalyticsU-SQL, HDInsight*, AzureML* and WebActivity";
    }
}
