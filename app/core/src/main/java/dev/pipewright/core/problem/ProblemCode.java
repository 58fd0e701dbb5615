package dev.pipewright.core.problem;

/**
 * Every stable problem code with its default severity and a one-line title. The codes never change
 * meaning; docs/problem-codes.md documents each (a test keeps the two in step).
 */
public enum ProblemCode {
    // --- reading files (PW1xx)
    INVALID_JSON("PW101", Severity.ERROR, "File is not valid JSON"),
    BYTE_ORDER_MARK("PW102", Severity.WARNING, "File starts with a UTF-8 byte order mark"),
    NOT_UTF8("PW103", Severity.ERROR, "File is not valid UTF-8"),
    JSON_COMMENT("PW104", Severity.WARNING, "File contains // or /* */ comments"),
    DUPLICATE_KEY("PW105", Severity.ERROR, "Object has the same key twice"),
    WRONG_SHAPE("PW106", Severity.ERROR, "File does not have the shape of an ADF resource"),
    NAME_FILE_MISMATCH("PW107", Severity.ERROR, "Resource name differs from the file name"),
    NAME_CASE_MISMATCH("PW108", Severity.WARNING, "Resource name differs from the file name only in case"),
    UNKNOWN_FILE("PW109", Severity.WARNING, "File is not part of the ADF git layout"),
    UNREADABLE_FILE("PW110", Severity.ERROR, "File cannot be read"),
    DUPLICATE_RESOURCE("PW111", Severity.ERROR, "Two files define the same resource"),
    NOT_A_FACTORY_ROOT("PW112", Severity.WARNING, "Folder holds no ADF git-layout resources"),

    // --- names (PW2xx)
    NAME_LENGTH("PW201", Severity.ERROR, "Name is empty or too long"),
    NAME_FIRST_CHARACTER("PW202", Severity.ERROR, "Name starts with a character ADF does not allow there"),
    NAME_FORBIDDEN_CHARACTER("PW203", Severity.ERROR, "Name contains a character ADF does not allow"),
    NAME_DASH("PW204", Severity.ERROR, "Dashes are not allowed in this kind of name"),
    NAME_RUNTIME_PATTERN("PW205", Severity.ERROR, "Integration runtime name breaks ADF's runtime naming rule"),

    // --- references (PW3xx)
    MISSING_LINKED_SERVICE("PW301", Severity.ERROR, "Reference to a linked service that does not exist"),
    MISSING_DATASET("PW302", Severity.ERROR, "Reference to a dataset that does not exist"),
    MISSING_INTEGRATION_RUNTIME("PW303", Severity.ERROR, "Reference to an integration runtime that does not exist"),
    MISSING_PIPELINE("PW304", Severity.ERROR, "Reference to a pipeline that does not exist"),
    MISSING_CREDENTIAL("PW305", Severity.ERROR, "Reference to a credential that does not exist"),
    MISSING_DATA_FLOW("PW306", Severity.ERROR, "Reference to a data flow that does not exist"),
    MISSING_MANAGED_VIRTUAL_NETWORK("PW307", Severity.ERROR, "Reference to a managed virtual network that does not exist"),
    MISSING_TRIGGER("PW308", Severity.ERROR, "Reference to a trigger that does not exist"),

    // --- pipeline structure (PW4xx)
    DEPENDS_ON_MISSING_ACTIVITY("PW401", Severity.ERROR, "dependsOn names an activity that is not beside it"),
    DEPENDENCY_CYCLE("PW402", Severity.ERROR, "Activities depend on each other in a cycle"),
    COMPLETED_WITH_SUCCEEDED_OR_FAILED("PW403", Severity.ERROR, "Completed combined with Succeeded or Failed on one upstream activity"),
    DUPLICATE_ACTIVITY_NAME("PW404", Severity.ERROR, "Two activities in one pipeline have the same name"),
    NESTED_CONTAINER("PW405", Severity.ERROR, "Container activity nested in a way ADF does not allow"),
    UNKNOWN_DEPENDENCY_CONDITION("PW406", Severity.ERROR, "dependsOn uses an unknown condition"),
    NESTED_VALIDATION("PW407", Severity.ERROR, "Validation activity inside a container"),
    OUTPUT_OF_NON_ANCESTOR("PW408", Severity.ERROR, "Expression reads the output of an activity that does not run before it"),
    UNDECLARED_VARIABLE("PW409", Severity.ERROR, "Variable is not declared in the pipeline"),
    UNDECLARED_PARAMETER("PW410", Severity.ERROR, "Pipeline parameter is not declared"),
    EXPRESSION_SYNTAX("PW411", Severity.ERROR, "Expression does not parse"),
    UNKNOWN_FUNCTION("PW412", Severity.WARNING, "Expression calls an unknown function"),
    UNDECLARED_RESOURCE_PARAMETER("PW413", Severity.ERROR, "Dataset or linked service parameter is not declared"),
    TRIGGER_INVALID("PW414", Severity.ERROR, "Trigger has a value ADF refuses"),
    TRIGGER_PARAMETER_MISSING("PW415", Severity.ERROR, "Trigger gives no value to a pipeline parameter without a default"),

    // --- limits (PW5xx)
    MANY_ACTIVITIES("PW501", Severity.WARNING, "Pipeline has more than 80 activities"),
    TOO_MANY_ACTIVITIES("PW502", Severity.ERROR, "Pipeline has more than 120 activities"),
    FOREACH_BATCH_COUNT("PW503", Severity.ERROR, "ForEach batchCount is above 50"),
    TOO_MANY_PARAMETERS("PW504", Severity.ERROR, "Pipeline has more than 50 parameters"),

    // --- placement: integration runtimes, regions, networks, environment profile (PW6xx)
    STORE_UNREACHABLE("PW601", Severity.ERROR, "Store is not reachable from the integration runtime"),
    PRIVATE_STORES_ON_DIFFERENT_RUNTIMES("PW602", Severity.ERROR, "Copy between private-network stores that do not share one integration runtime"),
    DIFFERENT_SELF_HOSTED_RUNTIMES("PW603", Severity.ERROR, "Copy between stores on two different self-hosted integration runtimes"),
    DATA_FLOW_ON_SELF_HOSTED("PW604", Severity.ERROR, "Data flow on a self-hosted integration runtime"),
    AZURE_SSIS_RUNS_ONLY_SSIS("PW605", Severity.ERROR, "Azure-SSIS integration runtime used for something other than SSIS packages"),
    SSIS_NEEDS_AZURE_SSIS("PW606", Severity.ERROR, "Execute SSIS package without an Azure-SSIS integration runtime"),
    AZURE_SSIS_IN_SYNAPSE("PW607", Severity.ERROR, "Azure-SSIS integration runtime in Synapse mode"),
    SELF_HOSTED_CANNOT_DISPATCH("PW608", Severity.ERROR, "Activity type cannot run on a self-hosted integration runtime"),
    DATA_RESIDENCY("PW609", Severity.ERROR, "Data leaves the geography the profile keeps it in"),
    ENDPOINT_APPROVAL_UNKNOWN("PW610", Severity.WARNING, "Approval of the managed private endpoint is not recorded"),
    UNKNOWN_REGION("PW611", Severity.WARNING, "Region is not in the region catalog"),
    UNKNOWN_ACTIVITY_TYPE("PW612", Severity.WARNING, "Activity type is not known to the placement rules"),
    MANAGED_VNET_OUTSIDE_FACTORY_REGION("PW613", Severity.ERROR, "Managed virtual network integration runtime outside the factory region"),
    PROFILE_INVALID("PW620", Severity.ERROR, "Environment profile has a value that is not valid"),
    PROFILE_UNKNOWN_NAME("PW621", Severity.WARNING, "Environment profile names something the factory does not have"),
    PROFILE_UNKNOWN_KEY("PW622", Severity.WARNING, "Environment profile has a key Pipewright does not know"),

    // --- connections: test connection, browse, preview (PW7xx)
    CONNECT_DNS("PW701", Severity.ERROR, "Host name does not resolve"),
    CONNECT_REFUSED("PW702", Severity.ERROR, "Connection refused"),
    CONNECT_TIMEOUT("PW703", Severity.ERROR, "Store did not answer in time"),
    CONNECT_TLS("PW704", Severity.ERROR, "TLS handshake or certificate check failed"),
    CONNECT_AUTH("PW705", Severity.ERROR, "Authentication failed"),
    CONNECT_NOT_FOUND("PW706", Severity.ERROR, "Container, folder, table or file does not exist"),
    CONNECT_PERMISSION("PW707", Severity.ERROR, "Permission denied"),
    CONNECT_FORMAT("PW708", Severity.ERROR, "Data does not have the dataset's format"),
    CONNECT_CONFIG("PW709", Severity.ERROR, "Linked service or dataset setting is missing or cannot be used"),
    CONNECT_SECRET("PW710", Severity.ERROR, "Secret is not available on this machine"),
    CONNECT_EXPRESSION("PW711", Severity.ERROR, "Expression in a linked service or dataset cannot be resolved"),
    CONNECT_NO_CONNECTOR("PW712", Severity.ERROR, "No connector serves this linked service or dataset type"),
    CONNECT_CANCELLED("PW713", Severity.ERROR, "Cancelled"),
    CONNECT_FAILED("PW714", Severity.ERROR, "Store reported an error"),
    CONNECTOR_NOT_LOADED("PW715", Severity.WARNING, "Connector plugin could not be loaded"),
    SELF_HOSTED_STAND_IN("PW716", Severity.WARNING, "Self-hosted IR has no online node: the local runtime stood in"),

    // --- manage hub: integration runtime settings, secrets, runtime state (PW8xx)
    IR_NAME_TAKEN("PW801", Severity.ERROR, "Integration runtime name is already used"),
    IR_VALUE_REQUIRED("PW802", Severity.ERROR, "Integration runtime setting is required"),
    IR_VALUE_OUT_OF_RANGE("PW803", Severity.ERROR, "Integration runtime setting is outside the range ADF allows"),
    IR_VALUE_NOT_OFFERED("PW804", Severity.ERROR, "Integration runtime setting has a value ADF does not offer"),
    IR_NEEDS_MANAGED_VNET("PW805", Severity.ERROR, "Setting is available only in a managed virtual network"),
    IR_KIND_CHANGE("PW806", Severity.ERROR, "An integration runtime cannot change its type or name"),
    SSIS_EDIT_WHILE_RUNNING("PW807", Severity.ERROR, "Azure-SSIS integration runtime can be changed only when stopped"),
    SSIS_CORE_QUOTA("PW808", Severity.WARNING, "Azure-SSIS cores exceed the default subscription quota"),
    IR_VALUE_MALFORMED("PW809", Severity.ERROR, "Integration runtime setting does not have the form ADF expects"),
    GLOBAL_PARAMETER_INVALID("PW810", Severity.ERROR, "Global parameter is not valid"),
    CREDENTIAL_VALUE_INVALID("PW811", Severity.ERROR, "Credential setting is missing or does not have the form ADF expects"),
    LINKED_SERVICE_VALUE_INVALID("PW812", Severity.ERROR, "Linked service setting is missing or does not have the form ADF expects"),
    DELETE_REFERENCED("PW813", Severity.ERROR, "Resource cannot be deleted while others reference it"),
    DELETE_DEFAULT_RUNTIME("PW814", Severity.ERROR, "The default integration runtime cannot be deleted"),

    // --- writing (PW9xx)
    WRITE_FAILED("PW901", Severity.ERROR, "File could not be written"),
    CHANGED_ON_DISK("PW902", Severity.ERROR, "File changed on disk since it was read"),

    // --- source control: working copies, branches, remotes (PW92x-PW93x)
    GIT_NOT_A_WORKING_COPY("PW920", Severity.ERROR, "Folder is not inside a git working copy"),
    GIT_REPOSITORY_DAMAGED("PW921", Severity.ERROR, "Git repository is damaged"),
    GIT_LOCKED("PW922", Severity.ERROR, "Git repository is locked by another program"),
    GIT_ROOT_FOLDER_MISSING("PW923", Severity.ERROR, "Factory root folder is not in the repository"),
    GIT_AUTH_FAILED("PW924", Severity.ERROR, "Git authentication failed"),
    GIT_UNKNOWN_HOST("PW925", Severity.ERROR, "Git server host name does not resolve"),
    GIT_CONNECTION_FAILED("PW926", Severity.ERROR, "Git server refused the connection or did not answer"),
    GIT_TLS_FAILED("PW927", Severity.ERROR, "TLS handshake or certificate check failed for the git server"),
    GIT_HOST_KEY_UNKNOWN("PW928", Severity.ERROR, "SSH host key is not known"),
    GIT_HOST_KEY_CHANGED("PW929", Severity.ERROR, "SSH host key has changed"),
    GIT_PUSH_REJECTED("PW930", Severity.ERROR, "Push rejected: the remote branch has commits you do not have"),
    GIT_DETACHED_HEAD("PW931", Severity.ERROR, "HEAD is detached"),
    GIT_BRANCH_NAME_INVALID("PW932", Severity.ERROR, "Branch name is not valid"),
    GIT_BRANCH_REFUSED("PW933", Severity.ERROR, "Branch cannot be created, switched to or deleted"),
    GIT_UNCOMMITTED_CHANGES("PW934", Severity.ERROR, "Uncommitted changes are in the way"),
    GIT_MERGE_IN_PROGRESS("PW935", Severity.ERROR, "A merge is in progress"),
    GIT_CONFLICTS_REMAIN("PW936", Severity.ERROR, "Merge conflicts remain"),
    GIT_IDENTITY_MISSING("PW937", Severity.ERROR, "Author identity is not set"),
    GIT_CANCELLED("PW938", Severity.ERROR, "Git operation cancelled"),
    GIT_FAILED("PW939", Severity.ERROR, "Git server or repository reported an error"),

    // --- source control: merging (PW94x)
    MERGE_CONFLICT("PW940", Severity.ERROR, "Both sides changed the same part of a file differently"),
    MERGED_AS_TEXT("PW941", Severity.WARNING, "Resource file merged line by line, not as JSON"),
    MERGE_INPUT_UNREADABLE("PW942", Severity.ERROR, "Merge input cannot be read"),

    // --- publish: ARM templates (PW95x) and CI/CD stage checks (PW96x)
    ARM_DEFINITION_INVALID("PW950", Severity.ERROR, "ARM parameter definition file has a rule that is not valid"),
    ARM_TOO_MANY_PARAMETERS("PW951", Severity.ERROR, "ARM template would have more than 256 parameters"),
    ARM_PARAMETER_CLASH("PW952", Severity.ERROR, "Two different values would get the same template parameter name"),
    ARM_STORED_SECRET_UNKNOWN("PW953", Severity.WARNING, "Secret held by the service cannot be made a template parameter"),
    ARM_DEPENDENCY_CYCLE("PW954", Severity.ERROR, "Resources depend on each other in a cycle that ARM cannot deploy"),
    ARM_TEMPLATE_INVALID("PW955", Severity.ERROR, "Generated ARM template is not well-formed"),
    ARM_RESOURCE_TOO_LARGE("PW956", Severity.ERROR, "Resource alone is larger than an ARM template may be"),
    ARM_SINGLE_TEMPLATE_TOO_LARGE("PW957", Severity.WARNING, "ARMTemplateForFactory.json is too large for ARM: deploy the linked templates"),
    ARM_SECRET_IN_CLEAR("PW958", Severity.ERROR, "The template would carry a secret in clear"),
    STAGE_FILE_INVALID("PW960", Severity.ERROR, "Stage file cannot be read"),
    STAGE_RUNTIME_MISMATCH("PW961", Severity.ERROR, "Integration runtime differs between stages"),
    STAGE_PARAMETER_MISSING("PW962", Severity.ERROR, "Stage parameter file has no value for a template parameter"),
    STAGE_SECRET_IN_CLEAR("PW963", Severity.ERROR, "Stage parameter file holds a secret in clear"),
    STAGE_RESIDENCY("PW964", Severity.ERROR, "Stage's store is outside the geography the stage keeps data in"),
    STAGE_UNKNOWN_PARAMETER("PW965", Severity.WARNING, "Stage parameter file sets a parameter the template does not have"),

    // --- local runs (PW97x)
    RUN_CANNOT_START("PW970", Severity.ERROR, "Pipeline run cannot start"),
    RUN_NOT_RUNNABLE_LOCALLY("PW971", Severity.ERROR, "Activity cannot run on this machine"),
    RUN_TIMED_OUT("PW972", Severity.ERROR, "Activity timed out"),
    RUN_CANCELLED("PW973", Severity.ERROR, "Run cancelled"),
    RUN_PIPELINE_NESTING("PW974", Severity.ERROR, "Execute Pipeline cannot start the pipeline"),
    RUN_DATA_FAILED("PW975", Severity.ERROR, "Data activity failed against its store"),
    RUN_STORE_FAILED("PW976", Severity.ERROR, "Run history cannot be read or written"),
    RUN_INTERNAL("PW977", Severity.ERROR, "Local runtime failed unexpectedly"),
    RUN_INNER_ACTIVITY_FAILED("PW978", Severity.ERROR, "Container activity failed because an inner activity failed");

    private final String code;
    private final Severity severity;
    private final String title;

    ProblemCode(String code, Severity severity, String title) {
        this.code = code;
        this.severity = severity;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
