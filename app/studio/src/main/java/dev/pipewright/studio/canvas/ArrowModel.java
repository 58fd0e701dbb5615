package dev.pipewright.studio.canvas;

/** One arrow: {@code to} waits on {@code from} with {@code condition}; {@code lane} separates arrows of one pair. */
public record ArrowModel(String from, String to, String condition, int lane) {
    /** The style class of the arrow's condition: arrow-succeeded, arrow-failed, arrow-completed, arrow-skipped. */
    public String styleClass() {
        return "arrow-" + condition.toLowerCase(java.util.Locale.ROOT);
    }
}
