package dev.pipewright.runtime.secrets;

import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * The OS keyring as a place for the secret store's passphrase, so the store opens without asking: the Secret
 * Service over D-Bus on Linux (GNOME Keyring, KWallet), the Credential Manager on Windows, the Keychain on macOS
 * (through java-keyring). The store file itself is unchanged: the keyring holds the passphrase its key is derived
 * from, under the store file's absolute path. Whether a keyring is reachable is found out at run time
 * ({@link #status()}); when none is, Pipewright asks for the passphrase and says why.
 */
public final class OsKeyring {
    /** The keyring entry's service name; the account is the store file's absolute path. */
    public static final String SERVICE = "Pipewright secret store";
    private static final long TIMEOUT_SECONDS = 10;

    /** Whether the keyring can be used, and if not, why (for the UI and the CLI). */
    public record Status(boolean reachable, String description) {
    }

    private final Function<String, String> environment;
    private final String os;
    private Status status;
    private Keyring keyring;

    /** @param environment environment variables (System::getenv); {@code os} the {@code os.name} */
    public OsKeyring(Function<String, String> environment, String os) {
        this.environment = environment;
        this.os = os.toLowerCase(Locale.ROOT);
    }

    public static OsKeyring system() {
        return new OsKeyring(System::getenv, System.getProperty("os.name", ""));
    }

    /** A keyring that is never used (tests, or {@code -Dpipewright.keyring=off}). */
    public static OsKeyring off(String why) {
        OsKeyring k = new OsKeyring(name -> null, "");
        k.status = new Status(false, why);
        return k;
    }

    /** The standard keyring unless the system property {@code pipewright.keyring} is {@code off}. */
    public static OsKeyring configured() {
        return "off".equalsIgnoreCase(System.getProperty("pipewright.keyring", "")) ? off("the OS keyring is switched off (-Dpipewright.keyring=off)")
                : system();
    }

    /** Finds out (once; may take a moment: call it off the FX thread) whether a keyring is reachable. */
    public synchronized Status status() {
        if (status == null) status = probe();
        return status;
    }

    private Status probe() {
        if (os.contains("linux") || os.contains("bsd")) {
            String bus = System.getProperty("DBUS_SESSION_BUS_ADDRESS", environment.apply("DBUS_SESSION_BUS_ADDRESS"));
            if (bus == null || bus.isBlank()) {
                return new Status(false, "no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set), so no Secret Service such as GNOME Keyring"
                        + " or KWallet can be reached");
            }
        }
        try {
            Keyring k = call(Keyring::create);
            // a read of an entry that does not exist shows that the keyring answers (and is unlocked)
            try {
                k.getPassword(SERVICE, "probe");
            } catch (PasswordAccessException expected) {
                // not found: the keyring answered
            }
            keyring = k;
            return new Status(true, "the OS keyring (" + k.getKeyringStorageType() + ")");
        } catch (BackendNotSupportedException e) {
            return new Status(false, "no OS keyring answers on this machine (" + message(e) + ")");
        } catch (Exception e) {
            return new Status(false, "the OS keyring did not answer: " + message(e));
        }
    }

    private interface Creation {
        Keyring create() throws BackendNotSupportedException;
    }

    /** Creates the keyring with a timeout: a Secret Service that never answers must not hang the caller. */
    private static Keyring call(Creation creation) throws Exception {
        CompletableFuture<Keyring> f = CompletableFuture.supplyAsync(() -> {
            try {
                return creation.create();
            } catch (BackendNotSupportedException e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        try {
            return f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception ex ? ex : e;
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new IllegalStateException("no answer within " + TIMEOUT_SECONDS + " s");
        }
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getMessage() == null) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String account(Path store) {
        return store.toAbsolutePath().normalize().toString();
    }

    /** The passphrase kept for {@code store}, if the keyring is reachable and has one. */
    public Optional<char[]> passphrase(Path store) {
        if (!status().reachable()) return Optional.empty();
        try {
            String p = keyring.getPassword(SERVICE, account(store));
            return p == null ? Optional.empty() : Optional.of(p.toCharArray());
        } catch (PasswordAccessException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Keeps the passphrase of {@code store} in the keyring; false (nothing kept) when it is not reachable. */
    public boolean remember(Path store, char[] passphrase) {
        if (!status().reachable()) return false;
        try {
            keyring.setPassword(SERVICE, account(store), new String(passphrase));
            return true;
        } catch (PasswordAccessException | RuntimeException e) {
            return false;
        }
    }

    /** Removes the kept passphrase of {@code store} (a wrong or changed one). */
    public void forget(Path store) {
        if (!status().reachable()) return;
        try {
            keyring.deletePassword(SERVICE, account(store));
        } catch (PasswordAccessException | RuntimeException e) {
            // nothing kept
        }
    }
}
