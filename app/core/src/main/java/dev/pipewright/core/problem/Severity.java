package dev.pipewright.core.problem;

/** How bad a {@link Problem} is. ERROR blocks publishing (and makes {@code validate} exit 1). */
public enum Severity {
    ERROR, WARNING, INFO;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
