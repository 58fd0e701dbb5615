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

    // --- limits (PW5xx)
    MANY_ACTIVITIES("PW501", Severity.WARNING, "Pipeline has more than 80 activities"),
    TOO_MANY_ACTIVITIES("PW502", Severity.ERROR, "Pipeline has more than 120 activities"),
    FOREACH_BATCH_COUNT("PW503", Severity.ERROR, "ForEach batchCount is above 50"),
    TOO_MANY_PARAMETERS("PW504", Severity.ERROR, "Pipeline has more than 50 parameters"),

    // --- writing (PW9xx)
    WRITE_FAILED("PW901", Severity.ERROR, "File could not be written");

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
