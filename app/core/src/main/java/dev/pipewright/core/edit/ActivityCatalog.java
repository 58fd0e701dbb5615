package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.ActivityKind.Policy;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.pipewright.core.edit.ActivityCategory.*;

/**
 * The 40 activity types of API 2018-06-01 (the reference's §1.2 plus Databricks Job), grouped as ADF Studio's
 * toolbox groups them, and the JSON of a new activity of each: ADF's key order ({@code name, type, dependsOn,
 * policy, userProperties, typeProperties}) and ADF's default policy.
 */
public final class ActivityCatalog {
    static final Set<String> CONTAINERS = Set.of("ForEach", "Until", "IfCondition", "Switch");
    /** What ADF Studio writes as a new activity's timeout (12 hours). */
    static final String DEFAULT_TIMEOUT = "0.12:00:00";
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final List<ActivityKind> ALL = List.of(
            kind("Copy", "Copy data", MOVE_AND_TRANSFORM, Policy.FULL),
            kind("ExecuteDataFlow", "Data flow", MOVE_AND_TRANSFORM, Policy.FULL),
            kind("SynapseNotebook", "Notebook", SYNAPSE, Policy.FULL),
            kind("SparkJob", "Spark job definition", SYNAPSE, Policy.FULL),
            kind("AzureDataExplorerCommand", "Azure Data Explorer Command", AZURE_DATA_EXPLORER, Policy.FULL),
            kind("AzureFunctionActivity", "Azure Function", AZURE_FUNCTION, Policy.FULL),
            kind("Custom", "Custom", BATCH_SERVICE, Policy.FULL),
            kind("DatabricksNotebook", "Notebook", DATABRICKS, Policy.FULL),
            kind("DatabricksSparkJar", "Jar", DATABRICKS, Policy.FULL),
            kind("DatabricksSparkPython", "Python", DATABRICKS, Policy.FULL),
            kind("DatabricksJob", "Job", DATABRICKS, Policy.FULL),
            kind("DataLakeAnalyticsU-SQL", "U-SQL", DATA_LAKE_ANALYTICS, Policy.FULL),
            kind("AppendVariable", "Append variable", GENERAL, Policy.NONE),
            kind("Delete", "Delete", GENERAL, Policy.FULL),
            kind("ExecutePipeline", "Execute Pipeline", GENERAL, Policy.SECURE_INPUT),
            kind("ExecuteSSISPackage", "Execute SSIS package", GENERAL, Policy.FULL),
            kind("Fail", "Fail", GENERAL, Policy.NONE),
            kind("GetMetadata", "Get Metadata", GENERAL, Policy.FULL),
            kind("Lookup", "Lookup", GENERAL, Policy.FULL),
            kind("Script", "Script", GENERAL, Policy.FULL),
            kind("SetVariable", "Set variable", GENERAL, Policy.SECURE_INPUT_OUTPUT),
            kind("SqlServerStoredProcedure", "Stored procedure", GENERAL, Policy.FULL),
            kind("Validation", "Validation", GENERAL, Policy.NONE),
            kind("Wait", "Wait", GENERAL, Policy.NONE),
            kind("WebActivity", "Web", GENERAL, Policy.FULL),
            kind("WebHook", "Webhook", GENERAL, Policy.SECURE_INPUT_OUTPUT),
            kind("HDInsightHive", "Hive", HDINSIGHT, Policy.FULL),
            kind("HDInsightMapReduce", "MapReduce", HDINSIGHT, Policy.FULL),
            kind("HDInsightPig", "Pig", HDINSIGHT, Policy.FULL),
            kind("HDInsightSpark", "Spark", HDINSIGHT, Policy.FULL),
            kind("HDInsightStreaming", "Streaming", HDINSIGHT, Policy.FULL),
            kind("Filter", "Filter", ITERATION_AND_CONDITIONALS, Policy.NONE),
            kind("ForEach", "ForEach", ITERATION_AND_CONDITIONALS, Policy.NONE),
            kind("IfCondition", "If Condition", ITERATION_AND_CONDITIONALS, Policy.NONE),
            kind("Switch", "Switch", ITERATION_AND_CONDITIONALS, Policy.NONE),
            kind("Until", "Until", ITERATION_AND_CONDITIONALS, Policy.NONE),
            kind("AzureMLBatchExecution", "ML Batch Execution", MACHINE_LEARNING, Policy.FULL),
            kind("AzureMLExecutePipeline", "Machine Learning Execute Pipeline", MACHINE_LEARNING, Policy.FULL),
            kind("AzureMLUpdateResource", "ML Update Resource", MACHINE_LEARNING, Policy.FULL),
            kind("ExecuteWranglingDataflow", "Power Query", POWER_QUERY, Policy.FULL));

    private ActivityCatalog() {
    }

    private static ActivityKind kind(String type, String name, ActivityCategory category, Policy policy) {
        return new ActivityKind(type, name, category, policy);
    }

    /** All types, toolbox order. */
    public static List<ActivityKind> all() {
        return ALL;
    }

    public static List<ActivityKind> in(ActivityCategory category) {
        return ALL.stream().filter(k -> k.category() == category).toList();
    }

    public static Optional<ActivityKind> byType(String type) {
        return ALL.stream().filter(k -> k.type().equals(type)).findFirst();
    }

    /** The JSON ADF Studio writes for a new activity of {@code kind} named {@code name}. */
    public static ObjectNode newActivity(ActivityKind kind, String name) {
        ObjectNode a = NODES.objectNode();
        a.put("name", name);
        a.put("type", kind.type());
        a.set("dependsOn", NODES.arrayNode());
        ObjectNode policy = policy(kind.policy());
        if (policy != null) a.set("policy", policy);
        a.set("userProperties", NODES.arrayNode());
        a.set("typeProperties", typeProperties(kind.type()));
        return a;
    }

    private static ObjectNode policy(Policy kind) {
        if (kind == Policy.NONE) return null;
        ObjectNode p = NODES.objectNode();
        if (kind == Policy.FULL) {
            p.put("timeout", DEFAULT_TIMEOUT);
            p.put("retry", 0);
            p.put("retryIntervalInSeconds", 30);
        }
        if (kind != Policy.SECURE_INPUT) p.put("secureOutput", false);
        p.put("secureInput", false);
        return p;
    }

    private static ObjectNode typeProperties(String type) {
        ObjectNode tp = NODES.objectNode();
        switch (type) {
            case "Wait" -> tp.put("waitTimeInSeconds", 1);
            case "ForEach" -> {
                tp.set("items", expression(""));
                tp.set("activities", NODES.arrayNode());
            }
            case "Until" -> {
                tp.set("expression", expression(""));
                tp.set("activities", NODES.arrayNode());
                tp.put("timeout", DEFAULT_TIMEOUT);
            }
            case "IfCondition" -> {
                tp.set("expression", expression(""));
                tp.set("ifTrueActivities", NODES.arrayNode());
                tp.set("ifFalseActivities", NODES.arrayNode());
            }
            case "Switch" -> {
                tp.set("on", expression(""));
                tp.set("cases", NODES.arrayNode());
                tp.set("defaultActivities", NODES.arrayNode());
            }
            case "Filter" -> {
                tp.set("items", expression(""));
                tp.set("condition", expression(""));
            }
            case "Copy" -> {
                tp.set("source", NODES.objectNode());
                tp.set("sink", NODES.objectNode());
                tp.put("enableStaging", false);
            }
            case "SetVariable", "AppendVariable" -> tp.put("variableName", "");
            case "Fail" -> {
                tp.put("message", "");
                tp.put("errorCode", "");
            }
            case "ExecutePipeline" -> tp.put("waitOnCompletion", true);
            case "WebActivity" -> tp.put("method", "GET");
            default -> {
                // the other types start with empty type properties, filled in the properties pane
            }
        }
        return tp;
    }

    static ObjectNode expression(String value) {
        ObjectNode e = NODES.objectNode();
        e.put("value", value);
        e.put("type", "Expression");
        return e;
    }

    /** Copies of a list of activity JSON objects (for the clipboard). */
    static ArrayNode copies(List<ObjectNode> activities) {
        ArrayNode array = NODES.arrayNode();
        activities.forEach(a -> array.add(a.deepCopy()));
        return array;
    }
}
