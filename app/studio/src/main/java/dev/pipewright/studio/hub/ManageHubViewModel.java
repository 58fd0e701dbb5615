package dev.pipewright.studio.hub;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.secrets.WrongPassphraseException;
import dev.pipewright.studio.hub.credential.CredentialsViewModel;
import dev.pipewright.studio.hub.globalparameter.GlobalParametersViewModel;
import dev.pipewright.studio.hub.ir.IrListViewModel;
import dev.pipewright.studio.hub.profile.ProfilesViewModel;
import dev.pipewright.studio.hub.linkedservice.LinkedServicesViewModel;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;
import javafx.util.Duration;

/**
 * State of the Manage hub: the open factory's runtimes, the sections' view models, the command stack, the saver
 * and the secret store's lock. Call on the FX thread.
 */
public final class ManageHubViewModel {
    private final HubServices services;
    private final ObservableValue<Factory> factory;
    private final CommandStack commands = new CommandStack();
    private final FactorySaver saver;
    private final IrListViewModel runtimesList;
    private final LinkedServicesViewModel linkedServices;
    private final CredentialsViewModel credentials;
    private final GlobalParametersViewModel globalParameters;
    private final ProfilesViewModel profiles;
    private final ReadOnlyObjectWrapper<ManagedRuntimes> runtimes = new ReadOnlyObjectWrapper<>(this, "runtimes");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper keyring = new ReadOnlyStringWrapper(this, "keyring", "");
    private final javafx.beans.property.ReadOnlyBooleanWrapper keyringReachable = new javafx.beans.property.ReadOnlyBooleanWrapper(this,
            "keyringReachable", false);

    public ManageHubViewModel(ObservableValue<Factory> factory, HubServices services) {
        this.services = services;
        this.factory = factory;
        this.saver = new FactorySaver(services.executor());
        this.runtimesList = new IrListViewModel(services.executor(), commands, saver,
                () -> services.isUnlocked() ? services.secrets() : null);
        this.linkedServices = new LinkedServicesViewModel(services, commands, saver);
        this.credentials = new CredentialsViewModel(services, commands, saver);
        this.globalParameters = new GlobalParametersViewModel(commands, saver);
        this.profiles = new ProfilesViewModel(services);
        factory.addListener((obs, old, now) -> show(now));
        services.synapseProperty().addListener((obs, was, now) -> show(runtimes.get() == null ? null : runtimes.get().factory()));
        saver.messageProperty().addListener((obs, old, now) -> status.set(now));
        commands.lastActionProperty().addListener((obs, old, now) -> {
            status.set(now);
            if (now.startsWith("Undo: ") || now.startsWith("Redo: ")) afterUndoOrRedo();
        });
        show(factory.getValue());
        // This machine's embedded runtime is up while the studio runs: its self-hosted nodes stay Online.
        heartbeat.setCycleCount(Animation.INDEFINITE);
        heartbeat.play();
        openFromKeyring();
    }

    /** Finds out whether an OS keyring is reachable and, when it keeps the store's passphrase, unlocks the store with it. */
    public Task<Boolean> openFromKeyring() {
        Task<Boolean> task = new Task<>() {
            @Override
            protected Boolean call() {
                services.keyring().status();
                return !services.isUnlocked() && services.unlockFromKeyring();
            }
        };
        task.setOnSucceeded(e -> {
            var s = services.keyring().status();
            keyringReachable.set(s.reachable());
            keyring.set(s.reachable() ? "OS keyring: " + s.description() : "OS keyring not used: " + s.description());
            if (task.getValue()) {
                services.publishUnlocked();
                status.set("Secret store unlocked with the passphrase kept in " + s.description());
            }
        });
        task.setOnFailed(e -> keyring.set("OS keyring not used: " + task.getException().getMessage()));
        services.executor().execute(task);
        return task;
    }

    /** Whether the OS keyring is reachable, and if not why, for the unlock dialog. */
    public ReadOnlyStringProperty keyringProperty() {
        return keyring.getReadOnlyProperty();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty keyringReachableProperty() {
        return keyringReachable.getReadOnlyProperty();
    }

    private final Timeline heartbeat = new Timeline(new KeyFrame(Duration.seconds(30), e -> beat()));

    private void beat() {
        ManagedRuntimes rt = runtimes.get();
        if (services.executor().isShutdown()) {
            heartbeat.stop();
            return;
        }
        if (rt != null) services.executor().execute(() -> rt.selfHosted().heartbeat());
    }

    private java.nio.file.Path profileRoot;

    private void show(Factory factory) {
        ManagedRuntimes rt = factory == null ? null : new ManagedRuntimes(factory, services::secrets, services.state(), services.clock(),
                services.ssisTimeScale(), services.synapseProperty().get());
        // The list first: listeners of runtimes (the IR list's "+ New" menu) read it.
        runtimesList.show(rt);
        runtimes.set(rt);
        beat();
        linkedServices.show(rt);
        credentials.show(factory, rt == null ? null : rt.scope());
        globalParameters.show(factory);
        if (factory == null || profileRoot == null || !profileRoot.equals(factory.root())) profiles.show(factory == null ? null : factory.root());
        profileRoot = factory == null ? null : factory.root();
    }

    /** The lists show the files again after an undo or redo put them back. */
    private void afterUndoOrRedo() {
        runtimesList.refresh();
        linkedServices.refresh();
        credentials.refreshNames();
        globalParameters.reload();
    }

    /** Unlocks the secret store in the background (PBKDF2 takes a moment); the task fails on a wrong passphrase. */
    public Task<Void> unlock(char[] passphrase) {
        return unlock(passphrase, false);
    }

    /** Unlocks, and with {@code remember} keeps the passphrase in the OS keyring (see {@link HubServices#unlock(char[], boolean)}). */
    public Task<Void> unlock(char[] passphrase, boolean remember) {
        Task<Void> task = new Task<>() {
            @Override
            protected Void call() throws WrongPassphraseException {
                services.unlock(passphrase, remember);
                return null;
            }
        };
        task.setOnSucceeded(e -> {
            services.publishUnlocked();
            status.set("Secret store unlocked: " + services.secretsFile() + (remember ? " (passphrase kept in the OS keyring)" : ""));
        });
        task.setOnFailed(e -> {
            services.publishUnlocked();
            status.set(task.getException().getMessage());
        });
        services.executor().execute(task);
        return task;
    }

    /** The open factory. */
    public ObservableValue<Factory> factory() {
        return factory;
    }

    public HubServices services() {
        return services;
    }

    public CommandStack commands() {
        return commands;
    }

    public FactorySaver saver() {
        return saver;
    }

    public ProfilesViewModel profiles() {
        return profiles;
    }

    public CredentialsViewModel credentials() {
        return credentials;
    }

    public GlobalParametersViewModel globalParameters() {
        return globalParameters;
    }

    public LinkedServicesViewModel linkedServices() {
        return linkedServices;
    }

    public IrListViewModel runtimesList() {
        return runtimesList;
    }

    public ReadOnlyObjectProperty<ManagedRuntimes> runtimesProperty() {
        return runtimes.getReadOnlyProperty();
    }

    /** The last edit, save or unlock, for the hub's status line. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
