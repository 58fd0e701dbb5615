package dev.pipewright.core.expression;

/** An expression ADF would refuse to parse; {@code position} is the character offset in the expression body. */
public final class ExpressionSyntaxException extends RuntimeException {
    private final int position;

    public ExpressionSyntaxException(String message, int position) {
        super(message);
        this.position = position;
    }

    public int position() {
        return position;
    }
}
