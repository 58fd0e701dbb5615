package dev.pipewright.studio.hub;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.ir.IrStateStore;
import dev.pipewright.runtime.ir.SsisLifecycle;
import dev.pipewright.runtime.secrets.OsKeyring;
import dev.pipewright.runtime.secrets.SecretStore;
import dev.pipewright.runtime.secrets.WrongPassphraseException;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What the hubs share (one instance for the window): a background executor for I/O (one thread, so saves never overlap),
 * the local runtime state store, the secret store (locked until the user gives the passphrase), the clock and
 * the Azure-SSIS time scale, and whether the active environment profile is in Synapse mode.
 */
public final class HubServices implements AutoCloseable {
    private final dev.pipewright.studio.tasks.BackgroundTasks tasks = new dev.pipewright.studio.tasks.BackgroundTasks();
    private final ExecutorService executor;
    private final Path secretsFile;
    private final Path stateFile;
    private final Clock clock;
    private final double ssisTimeScale;
    private final BooleanProperty synapse = new SimpleBooleanProperty(this, "synapse", false);
    private final ObjectProperty<EnvironmentProfile> profile = new SimpleObjectProperty<>(this, "profile", EnvironmentProfile.defaults());
    private final ReadOnlyBooleanWrapper unlocked = new ReadOnlyBooleanWrapper(this, "unlocked", false);
    private final OsKeyring keyring;
    private IrStateStore state;
    private SecretStore secrets;

    /** Services that never use the OS keyring (tests). */
    public HubServices(Path secretsFile, Path stateFile, Clock clock, double ssisTimeScale) {
        this(secretsFile, stateFile, clock, ssisTimeScale, OsKeyring.off("the OS keyring is not used here"));
    }

    public HubServices(Path secretsFile, Path stateFile, Clock clock, double ssisTimeScale, OsKeyring keyring) {
        this.keyring = keyring;
        this.executor = tasks.tracking(Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "pipewright-hub-io");
            thread.setDaemon(true);
            return thread;
        }));
        this.secretsFile = secretsFile;
        this.stateFile = stateFile;
        this.clock = clock;
        this.ssisTimeScale = ssisTimeScale;
        profile.addListener((obs, old, now) -> synapse.set(now != null && now.mode() == EnvironmentProfile.Mode.SYNAPSE));
    }

    /** The stores in their standard places (or where the system properties say), real time unless configured. */
    public static HubServices standard() {
        return new HubServices(SecretStore.defaultLocation(), IrStateStore.defaultLocation(), Clock.systemUTC(),
                SsisLifecycle.configuredTimeScale(), OsKeyring.configured());
    }

    /** The long tasks running in the background (the status bar lists them with progress and Cancel). */
    public dev.pipewright.studio.tasks.BackgroundTasks tasks() {
        return tasks;
    }

    public ExecutorService executor() {
        return executor;
    }

    public Clock clock() {
        return clock;
    }

    public double ssisTimeScale() {
        return ssisTimeScale;
    }

    public synchronized IrStateStore state() {
        if (state == null) state = IrStateStore.open(stateFile);
        return state;
    }

    /** True when the active profile says Synapse: Azure-SSIS is hidden from "New" and flagged in the list. */
    public BooleanProperty synapseProperty() {
        return synapse;
    }

    /**
     * The active environment profile (placement of test connection and preview, badges on the canvas); choosing one also sets
     * {@link #synapseProperty()} from its mode.
     */
    public ObjectProperty<EnvironmentProfile> profileProperty() {
        return profile;
    }

    /**
     * The runtime's connections for {@code factory} and the active profile as they are now: stand-in bindings resolve
     * from the profile file's folder, secrets come from the secret store when it is unlocked.
     */
    public Connections connections(Factory factory) {
        EnvironmentProfile active = profile.get();
        Path base = active.source().file() != null ? Path.of(active.source().file()).toAbsolutePath().getParent() : factory.root();
        Connections c = new Connections(factory, active, base);
        dev.pipewright.runtime.ir.SelfHostedNodes nodes = new dev.pipewright.runtime.ir.ManagedRuntimes(factory, () -> null, state(), clock, 1,
                false).selfHosted();
        c.withSelfHostedStatus(nodes::status);
        synchronized (this) {
            if (secrets != null) c.withSecretStore(secrets);
        }
        return c;
    }

    public ReadOnlyBooleanProperty unlockedProperty() {
        return unlocked.getReadOnlyProperty();
    }

    public boolean secretStoreExists() {
        return Files.exists(secretsFile);
    }

    public Path secretsFile() {
        return secretsFile;
    }

    /** Opens the secret store with the passphrase (creating it on first use). Call off the FX thread: PBKDF2 is slow. */
    public synchronized SecretStore unlock(char[] passphrase) throws WrongPassphraseException {
        if (secrets == null) secrets = SecretStore.open(secretsFile, passphrase);
        return secrets;
    }

    /**
     * Opens the store and, with {@code remember}, keeps the passphrase in the OS keyring so the next session opens it
     * without asking. An empty passphrase with {@code remember} on a new store: a generated one that only the keyring
     * knows. Call off the FX thread.
     */
    public synchronized SecretStore unlock(char[] passphrase, boolean remember) throws WrongPassphraseException {
        char[] p = remember && passphrase.length == 0 && !secretStoreExists() && keyring.status().reachable()
                ? SecretStore.generatedPassphrase() : passphrase;
        SecretStore store = unlock(p);
        if (remember && !keyring.remember(secretsFile, p)) {
            throw new IllegalStateException("Secret store unlocked, but the OS keyring did not keep the passphrase: "
                    + keyring.status().description());
        }
        return store;
    }

    /** Opens the store with the passphrase the OS keyring keeps for it, if any; true when the store is open. Off the FX thread. */
    public synchronized boolean unlockFromKeyring() {
        if (secrets == null) SecretStore.openFromKeyring(secretsFile, keyring).ifPresent(s -> secrets = s);
        return secrets != null;
    }

    public OsKeyring keyring() {
        return keyring;
    }

    /** Uses an already open store (tests, or a store opened elsewhere). */
    public synchronized void useSecretStore(SecretStore store) {
        secrets = store;
    }

    /** Marks the store unlocked for bindings; call on the FX thread after {@link #unlock}. */
    public void publishUnlocked() {
        unlocked.set(secrets != null);
    }

    public synchronized boolean isUnlocked() {
        return secrets != null;
    }

    /** The open secret store; fails with a clear message when it is still locked. */
    public synchronized SecretStore secrets() {
        if (secrets == null) throw new IllegalStateException("The local secret store is locked: unlock it with your passphrase first");
        return secrets;
    }

    private final java.util.Map<String, dev.pipewright.runtime.run.RunStore> runStores = new java.util.HashMap<>();
    private final javafx.beans.property.ReadOnlyIntegerWrapper runsRecorded = new javafx.beans.property.ReadOnlyIntegerWrapper(this, "runsRecorded");

    /**
     * The run history of a factory (the SQLite run store {@code pipewright run} keeps, or {@code -Dpipewright.runs}),
     * opened once; null when it cannot be opened (runs still run, unrecorded).
     */
    public synchronized dev.pipewright.runtime.run.RunStore runs(java.nio.file.Path factoryRoot) {
        String scope = dev.pipewright.runtime.ir.ManagedRuntimes.scopeOf(factoryRoot);
        return runStores.computeIfAbsent(scope, s -> {
            try {
                return dev.pipewright.runtime.run.RunStore.open(dev.pipewright.runtime.run.RunStore.defaultLocation(), s);
            } catch (dev.pipewright.runtime.run.RunStore.RunStoreException e) {
                return null;
            }
        });
    }

    /** Counts runs the studio recorded (the Monitor hub reads the history again when it changes); call on the FX thread. */
    public javafx.beans.property.ReadOnlyIntegerProperty runsRecordedProperty() {
        return runsRecorded.getReadOnlyProperty();
    }

    public void runRecorded() {
        runsRecorded.set(runsRecorded.get() + 1);
    }

    @Override
    public synchronized void close() {
        executor.shutdownNow();
        runStores.values().forEach(s -> {
            if (s != null) s.close();
        });
        if (secrets != null) secrets.close();
        if (state != null) state.close();
    }
}
