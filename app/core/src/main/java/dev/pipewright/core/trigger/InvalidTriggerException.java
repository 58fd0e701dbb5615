package dev.pipewright.core.trigger;

/** A trigger value ADF would refuse; the message says which and why, in plain words. */
public final class InvalidTriggerException extends IllegalArgumentException {
    public InvalidTriggerException(String message) {
        super(message);
    }
}
