package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.ActivityTree;
import dev.pipewright.core.edit.KeyOrder;
import dev.pipewright.core.factory.ResourceKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.pipewright.core.form.Specs.NODES;
import static dev.pipewright.core.form.Specs.isTrue;
import static dev.pipewright.core.form.Specs.oneOf;

/**
 * ADF Studio's type-specific tabs of the activities a data engineer edits most (the General tab is common to
 * all), with the JSON path, kind and rules of every field and the order ADF writes each {@code typeProperties} in
 * (from the corpus: the majority order of real activities of each type). Types without a form here keep the
 * generic editor.
 */
public final class ActivityForms {
    private static final Map<String, List<FormTab>> TABS = new HashMap<>();
    private static final Map<String, KeyOrder> ORDERS = new HashMap<>();
    private static final String TP = "typeProperties/";
    private static final Set<String> SQL_SERVICES = Set.of("AzureSqlDatabase", "SqlServer", "AzureSqlDW", "AzureSqlMI", "AmazonRdsForSqlServer");
    private static final Set<String> AUTH_WITH_RESOURCE = Set.of("MSI", "UserAssignedManagedIdentity", "ServicePrincipal");
    private static final Set<String> AUTH_WITH_PASSWORD = Set.of("Basic", "ServicePrincipal");

    static {
        define("Copy", CopyForm.tabs(), CopyForm.order(activityOrder()));
        lookup();
        getMetadata();
        delete();
        web();
        define("ExecutePipeline", settings(
                Field.reference("pipeline", "Invoked pipeline", TP + "pipeline", ResourceKind.PIPELINE)
                        .follow(Specs.keepDeclared(TP + "parameters", ResourceKind.PIPELINE)),
                Field.bool("waitOnCompletion", "Wait on completion", TP + "waitOnCompletion").defaultOn(),
                Field.table(Field.Kind.ENTRIES, "pipeline-parameters", "Parameters", TP + "parameters").keysFrom(TP + "pipeline").optional()),
                "pipeline", "waitOnCompletion", "parameters");
        define("ForEach", settings(
                Field.bool("isSequential", "Sequential", TP + "isSequential"),
                Field.integer("batchCount", "Batch count", TP + "batchCount", 1, 50).optional().hint("20 (ADF's default)")
                        .shownWhen(t -> !isTrue(TP + "isSequential").test(t)),
                Field.text("items", "Items", TP + "items").expression()), "items", "isSequential", "batchCount", "activities");
        define("IfCondition", List.of(new FormTab("Activities", List.of(
                Field.text("expression", "Expression", TP + "expression").expression()))), "expression", "ifTrueActivities", "ifFalseActivities");
        ObjectNode newCase = NODES.objectNode().put("value", "");
        newCase.set("activities", NODES.arrayNode());
        define("Switch", List.of(new FormTab("Activities", List.of(
                Field.text("on", "Expression", TP + "on").expression(),
                Field.table(Field.Kind.ROWS, "cases", "Cases", TP + "cases", Column.text("Case", "value", Field.Value.PLAIN))
                        .newRow("case", newCase)))), "on", "cases", "defaultActivities");
        define("Until", settings(
                Field.text("expression", "Expression", TP + "expression").expression(),
                timespan("timeout", "Timeout", TP + "timeout").hint("0.12:00:00 (7 days when empty)")), "expression", "activities", "timeout");
        define("Wait", settings(Field.integer("waitTimeInSeconds", "Wait time in seconds", TP + "waitTimeInSeconds", 1, null).dynamic()),
                "waitTimeInSeconds");
        setVariable();
        define("AppendVariable", settings(
                Field.variable("variableName", "Name", TP + "variableName", "Array"),
                Field.text("value", "Value", TP + "value").dynamic()), "variableName", "value");
        define("Filter", settings(
                Field.text("items", "Items", TP + "items").expression(),
                Field.text("condition", "Condition", TP + "condition").expression()), "items", "condition");
        define("Fail", settings(
                Field.text("message", "Fail message", TP + "message").dynamic(),
                Field.text("errorCode", "Error code", TP + "errorCode").dynamic()), "message", "errorCode");
        storedProcedure();
        script();
        dataFlow();
        databricks();
    }

    private ActivityForms() {
    }

    /** ADF's tabs for an activity type after General; empty for types that keep the generic editor. */
    public static List<FormTab> tabs(String type) {
        return TABS.getOrDefault(type, List.of());
    }

    /** Whether {@code type} has type-specific tabs. */
    public static boolean covers(String type) {
        return TABS.containsKey(type);
    }

    public static Set<String> types() {
        return Set.copyOf(TABS.keySet());
    }

    /** The key order of an activity of {@code type} (the activity's members, its typeProperties and below). */
    public static KeyOrder order(String type) {
        return ORDERS.getOrDefault(type, activityOrder());
    }

    private static KeyOrder activityOrder() {
        return new KeyOrder().at("", ActivityTree.KEY_ORDER);
    }

    private static void define(String type, List<FormTab> tabs, KeyOrder order) {
        TABS.put(type, tabs);
        ORDERS.put(type, order);
    }

    private static void define(String type, List<FormTab> tabs, String... typeProperties) {
        define(type, tabs, activityOrder().at("typeProperties", typeProperties));
    }

    private static List<FormTab> settings(Field... fields) {
        return List.of(new FormTab("Settings", List.of(fields)));
    }

    private static Field timespan(String key, String label, String path) {
        return Field.text(key, label, path).optional()
                .pattern("((\\d+)\\.)?(\\d\\d):(60|([0-5][0-9])):(60|([0-5][0-9]))", "enter d.hh:mm:ss, e.g. 0.12:00:00");
    }

    private static void lookup() {
        List<Field> fields = new ArrayList<>(Specs.dataset("dataset", "Source dataset", TP + "dataset",
                Specs.rewrite(TP + "source", (form, name) -> StoreDefaults.source(form.factory(), name)), "preview-source"));
        fields.add(Field.bool("firstRowOnly", "First row only", TP + "firstRowOnly").defaultOn());
        fields.addAll(CopyForm.queries("query", TP + "source"));
        define("Lookup", List.of(new FormTab("Settings", fields)), activityOrder().at("typeProperties", "source", "dataset", "firstRowOnly")
                .at(TP + "source", CopyForm.SOURCE));
    }

    private static void getMetadata() {
        List<Field> fields = new ArrayList<>(Specs.dataset("dataset", "Dataset", TP + "dataset", Specs.all(
                Specs.rewrite(TP + "storeSettings", (form, name) -> StoreDefaults.readSettings(form.factory(), name)),
                Specs.rewrite(TP + "formatSettings", (form, name) -> StoreDefaults.formatReadSettings(form.factory(), name))), null));
        fields.add(Field.table(Field.Kind.STRINGS, "fieldList", "Field list", TP + "fieldList",
                new Column("Argument", Column.SELF, Field.Value.DYNAMIC, Choice.texts("childItems", "columnCount", "contentMD5", "created",
                        "exists", "itemName", "itemType", "lastModified", "size", "structure"), null)));
        define("GetMetadata", List.of(new FormTab("Settings", fields)), "dataset", "fieldList", "storeSettings", "formatSettings");
    }

    private static void delete() {
        List<Field> source = new ArrayList<>(Specs.dataset("dataset", "Dataset", TP + "dataset",
                Specs.rewrite(TP + "storeSettings", (form, name) -> StoreDefaults.readSettings(form.factory(), name)), null));
        source.add(Field.bool("recursive", "Recursively", TP + "storeSettings/recursive").shownWhen(CopyForm.fileStore(TP + "storeSettings")));
        String logging = TP + "enableLogging";
        List<Field> log = List.of(Field.bool("enableLogging", "Enable logging", logging),
                Specs.linkedService("log-linked-service", "Logging account linked service", TP + "logStorageSettings/linkedServiceName",
                        "AzureBlobStorage", "AzureBlobFS").shownWhen(isTrue(logging)),
                Field.text("log-path", "Folder path", TP + "logStorageSettings/path").dynamic().optional().shownWhen(isTrue(logging)));
        define("Delete", List.of(new FormTab("Source", source), new FormTab("Logging settings", log)), activityOrder()
                .at("typeProperties", "dataset", "logStorageSettings", "enableLogging", "storeSettings")
                .at(TP + "logStorageSettings", "linkedServiceName", "path")
                .at(TP + "storeSettings", CopyForm.READ_SETTINGS));
    }

    private static void web() {
        String auth = TP + "authentication";
        String type = auth + "/type";
        ObjectNode secret = Specs.object("type", "AzureKeyVaultSecret");
        List<Field> fields = List.of(
                Field.text("url", "URL", TP + "url").dynamic(),
                Field.choice("method", "Method", TP + "method", Choice.texts("GET", "POST", "PUT", "DELETE")),
                Field.table(Field.Kind.ENTRIES, "headers", "Headers", TP + "headers", Column.key("Name"),
                        Column.text("Value", Column.SELF, Field.Value.DYNAMIC)).newRow("header", NODES.textNode("")).optional(),
                Field.multiline("body", "Body", TP + "body").dynamic().optional().shownWhen(t -> !Specs.textAt(t, TP + "method").equals("GET")),
                Field.choice("authentication", "Authentication", type, List.of(Choice.none("None"), Choice.of("Basic", "Basic"),
                        Choice.of("System-assigned managed identity", "MSI"), Choice.of("User-assigned managed identity", "UserAssignedManagedIdentity"),
                        Choice.of("Service principal", "ServicePrincipal"))).follow((form, target, value) -> {
                            if (value == null) return List.of(new Change(auth, null));
                            ObjectNode fresh = NODES.objectNode().put("type", value.asText());
                            JsonNode resource = target.at("/" + auth + "/resource");
                            if (AUTH_WITH_RESOURCE.contains(value.asText()) && !resource.isMissingNode()) fresh.set("resource", resource);
                            return List.of(new Change(auth, fresh));
                        }),
                Field.text("auth-tenant", "Tenant", auth + "/userTenant").dynamic().shownWhen(oneOf(type, Set.of("ServicePrincipal"))),
                Field.text("auth-username", "Username / service principal ID", auth + "/username").dynamic()
                        .shownWhen(oneOf(type, AUTH_WITH_PASSWORD)),
                Specs.linkedService("auth-password-vault", "Password: Azure Key Vault", auth + "/password/store", "AzureKeyVault")
                        .parent(auth + "/password", secret).shownWhen(oneOf(type, AUTH_WITH_PASSWORD)),
                Field.text("auth-password-secret", "Password: secret name", auth + "/password/secretName").dynamic()
                        .parent(auth + "/password", secret).shownWhen(oneOf(type, AUTH_WITH_PASSWORD)),
                Field.text("auth-resource", "Resource", auth + "/resource").dynamic().shownWhen(oneOf(type, AUTH_WITH_RESOURCE)),
                Field.reference("auth-credential", "Credential", auth + "/credential", ResourceKind.CREDENTIAL)
                        .shownWhen(oneOf(type, Set.of("UserAssignedManagedIdentity"))));
        define("WebActivity", List.of(new FormTab("Settings", fields)), activityOrder()
                .at("typeProperties", "url", "method", "headers", "body", "authentication", "connectVia", "disableCertValidation", "httpRequestTimeout")
                .at(auth, "type", "userTenant", "username", "resource", "password", "credential")
                .at(auth + "/password", "type", "store", "secretName"));
    }

    private static void setVariable() {
        String system = TP + "setSystemVariable";
        ObjectNode returned = NODES.objectNode().put("key", "");
        returned.set("value", Specs.object("type", "String", "content", ""));
        define("SetVariable", settings(
                Field.choice("variable-type", "Variable type", system, List.of(Choice.none("Pipeline variable"),
                        new Choice("Pipeline return value", NODES.booleanNode(true)))).follow((form, target, value) -> value == null
                        ? List.of(new Change(TP + "variableName", NODES.textNode("")), new Change(TP + "value", null))
                        : List.of(new Change(TP + "variableName", NODES.textNode("pipelineReturnValue")), new Change(TP + "value", NODES.arrayNode()))),
                Field.variable("variableName", "Name", TP + "variableName").shownWhen(t -> !isTrue(system).test(t)),
                Field.text("value", "Value", TP + "value").dynamic().typedByVariable(TP + "variableName").shownWhen(t -> !isTrue(system).test(t)),
                Field.table(Field.Kind.ROWS, "return-values", "Return values", TP + "value", Column.text("Key", "key", Field.Value.PLAIN),
                                Column.choice("Type", "value/type", Choice.texts("String", "Expression", "Int", "Float", "Boolean", "Array", "Object", "Null")),
                                Column.typed("Value", "value/content", "value/type", Field.Value.PLAIN))
                        .newRow("key", returned).shownWhen(isTrue(system))), "variableName", "value", "setSystemVariable");
    }

    private static void storedProcedure() {
        ObjectNode param = NODES.objectNode().put("value", "").put("type", "String");
        define("SqlServerStoredProcedure", settings(
                Specs.linkedService("linked-service", "Linked service", "linkedServiceName", SQL_SERVICES.toArray(String[]::new)),
                Field.text("storedProcedureName", "Stored procedure name", TP + "storedProcedureName").dynamic(),
                Field.table(Field.Kind.ENTRIES, "storedProcedureParameters", "Stored procedure parameters", TP + "storedProcedureParameters",
                        Column.key("Name"), Column.choice("Type", "type", Choice.texts("String", "Int32", "Int64", "Decimal", "Double", "Boolean",
                                "DateTime", "DateTimeOffset", "Guid", "Byte[]", "TimeSpan")),
                        Column.text("Value", "value", Field.Value.DYNAMIC)).newRow("param", param).optional()),
                "storedProcedureName", "storedProcedureParameters");
    }

    private static void script() {
        String timeout = TP + "scriptBlockExecutionTimeout";
        define("Script", settings(
                Specs.linkedService("linked-service", "Linked service", "linkedServiceName"),
                Field.table(Field.Kind.ROWS, "scripts", "Scripts", TP + "scripts", Column.choice("Type", "type", Choice.texts("Query", "NonQuery")),
                        Column.text("Script", "text", Field.Value.DYNAMIC)).newRow(null, Specs.object("type", "Query", "text", ""))
                        .follow((form, target, value) -> target.at("/" + timeout).isMissingNode() && value != null
                                ? List.of(new Change(timeout, NODES.textNode("02:00:00"))) : List.of()),
                timespan("scriptBlockExecutionTimeout", "Script block execution timeout", timeout)),
                activityOrder().at("", scriptActivityOrder()).at("typeProperties", "scripts", "scriptBlockExecutionTimeout", "database"));
    }

    /** Script activities carry linkedServiceName before typeProperties (all 61 of the corpus). */
    private static List<String> scriptActivityOrder() {
        List<String> order = new ArrayList<>(ActivityTree.KEY_ORDER);
        order.remove("linkedServiceName");
        order.add(order.indexOf("typeProperties"), "linkedServiceName");
        return order;
    }

    private static void dataFlow() {
        ObjectNode compute = NODES.objectNode().put("coreCount", 8).put("computeType", "General");
        define("ExecuteDataFlow", settings(
                Field.reference("dataflow", "Data flow", TP + "dataflow", ResourceKind.DATA_FLOW),
                Field.reference("integrationRuntime", "Run on (Azure IR)", TP + "integrationRuntime", ResourceKind.INTEGRATION_RUNTIME).optional(),
                Field.choice("computeType", "Compute type", TP + "compute/computeType",
                        List.of(Choice.of("General purpose", "General"), Choice.of("Memory optimized", "MemoryOptimized"))).parent(TP + "compute", compute),
                Field.choice("coreCount", "Core count", TP + "compute/coreCount", Choice.ints(8, 16, 32, 48, 80, 144, 272)).parent(TP + "compute", compute),
                Field.choice("traceLevel", "Logging level", TP + "traceLevel",
                        List.of(Choice.of("Verbose", "Fine"), Choice.of("Basic", "Coarse"), Choice.of("None", "None")))),
                activityOrder().at("typeProperties", "dataflow", "staging", "compute", "integrationRuntime", "traceLevel", "continueOnError", "runConcurrently")
                        .at(TP + "compute", "coreCount", "computeType"));
    }

    private static void databricks() {
        Field cluster = Specs.linkedService("linked-service", "Databricks linked service", "linkedServiceName", "AzureDatabricks");
        FormTab service = new FormTab("Azure Databricks", List.of(cluster));
        define("DatabricksNotebook", List.of(service, new FormTab("Settings", List.of(
                Field.text("notebookPath", "Notebook path", TP + "notebookPath").dynamic(),
                Field.table(Field.Kind.ENTRIES, "baseParameters", "Base parameters", TP + "baseParameters", Column.key("Name"),
                        Column.text("Value", Column.SELF, Field.Value.DYNAMIC)).newRow("param", NODES.textNode("")).optional()))),
                "notebookPath", "baseParameters", "libraries");
        define("DatabricksSparkJar", List.of(service, new FormTab("Settings", List.of(
                Field.text("mainClassName", "Main class name", TP + "mainClassName").dynamic(),
                Field.table(Field.Kind.STRINGS, "parameters", "Parameters", TP + "parameters",
                        Column.text("Parameter", Column.SELF, Field.Value.DYNAMIC)).optional()))),
                "mainClassName", "parameters", "libraries");
        define("DatabricksSparkPython", List.of(service, new FormTab("Settings", List.of(
                Field.text("pythonFile", "Python file", TP + "pythonFile").dynamic(),
                Field.table(Field.Kind.STRINGS, "parameters", "Parameters", TP + "parameters",
                        Column.text("Parameter", Column.SELF, Field.Value.DYNAMIC)).optional()))),
                "pythonFile", "parameters", "libraries");
    }
}
