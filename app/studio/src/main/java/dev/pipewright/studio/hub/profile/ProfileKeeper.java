package dev.pipewright.studio.hub.profile;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.studio.hub.HubServices;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Keeps the active environment profile with the factory: when a factory opens, the profile given at start-up
 * ({@code --env=FILE}) or else the one last made active for it is read (on the hub's I/O thread) and made active;
 * whenever the active profile changes it is remembered for the open factory. A profile that no longer reads is
 * reported in {@link #messageProperty()} and the studio goes on with none.
 */
public final class ProfileKeeper {
    private final HubServices services;
    private final ActiveProfiles store;
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Path startup;
    private Path root;
    private boolean restoring;

    /**
     * @param factory the open factory
     * @param startup the profile file given on the command line for the first factory opened, or null
     */
    public ProfileKeeper(ReadOnlyObjectProperty<Factory> factory, HubServices services, ActiveProfiles store, Path startup) {
        this.services = services;
        this.store = store;
        this.startup = startup;
        factory.addListener((o, was, now) -> opened(now));
        services.profileProperty().addListener((o, was, now) -> {
            if (root != null && !restoring) store.remember(root, fileOf(now));
        });
        opened(factory.get());
    }

    private void opened(Factory factory) {
        Path now = factory == null ? null : factory.root().toAbsolutePath().normalize();
        if (now == null || now.equals(root)) return;
        root = now;
        Path given = startup;
        startup = null;
        use(EnvironmentProfile.defaults()); // until the chosen one is read
        services.executor().execute(() -> {
            // the store and the profile file are read here, off the JavaFX thread
            Path chosen = given != null ? given : store.profileFor(now).orElse(null);
            if (chosen == null) return;
            ProfileReader.Result r = ProfileReader.read(chosen, RegionCatalog.standard());
            Platform.runLater(() -> {
                if (!now.equals(root)) return; // another factory opened meanwhile
                if (r.ok()) {
                    use(r.profile());
                    if (given != null) store.remember(now, chosen);
                    message.set("Environment profile " + chosen.getFileName() + " is active");
                } else {
                    message.set("Environment profile " + chosen + " not used: "
                            + r.problems().stream().map(Problem::message).collect(Collectors.joining("; ")));
                }
            });
        });
    }

    private void use(EnvironmentProfile profile) {
        restoring = true;
        try {
            services.profileProperty().set(profile);
        } finally {
            restoring = false;
        }
    }

    /** The last thing worth telling the user (a profile restored, or why it could not be). */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    private static Path fileOf(EnvironmentProfile profile) {
        return Optional.ofNullable(profile).map(p -> p.source().file()).map(f -> Path.of(f).toAbsolutePath().normalize()).orElse(null);
    }
}
