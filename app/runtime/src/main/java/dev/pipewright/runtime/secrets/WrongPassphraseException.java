package dev.pipewright.runtime.secrets;

/** The passphrase does not open the secret store (it was created with another one). */
public final class WrongPassphraseException extends Exception {
    public WrongPassphraseException(String message) {
        super(message);
    }
}
