package dev.pipewright.runtime.run;

/** A pipeline or activity run's status, spelt as ADF's API spells it. */
public enum RunStatus {
    QUEUED("Queued"), IN_PROGRESS("InProgress"), SUCCEEDED("Succeeded"), FAILED("Failed"), SKIPPED("Skipped"), CANCELLED("Cancelled");

    private final String label;

    RunStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static RunStatus of(String label) {
        for (RunStatus s : values()) if (s.label.equalsIgnoreCase(label)) return s;
        throw new IllegalArgumentException("unknown status '" + label + "' (Succeeded, Failed, Skipped or Cancelled)");
    }

    /** Whether an upstream activity that ended with this status meets a dependency condition. */
    public boolean meets(String condition) {
        return switch (condition) {
            case "Succeeded" -> this == SUCCEEDED;
            case "Failed" -> this == FAILED;
            case "Skipped" -> this == SKIPPED;
            case "Completed" -> this == SUCCEEDED || this == FAILED;
            default -> false;
        };
    }
}
