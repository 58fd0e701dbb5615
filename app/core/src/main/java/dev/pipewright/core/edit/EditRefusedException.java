package dev.pipewright.core.edit;

/** An edit ADF would not allow (or that makes no sense); the message says why. Nothing was changed. */
public final class EditRefusedException extends RuntimeException {
    public EditRefusedException(String reason) {
        super(reason);
    }
}
