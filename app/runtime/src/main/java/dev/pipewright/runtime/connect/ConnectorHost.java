package dev.pipewright.runtime.connect;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.plugins.api.Connector;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * Finds connector plugins on the class path with {@link ServiceLoader}. A plugin that fails to load (a
 * broken jar, a missing class, a wrong SPI version) is reported in {@link #failures()} and skipped; it
 * never stops the runtime.
 */
public final class ConnectorHost {
    private final List<Connector> connectors = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    public ConnectorHost(ClassLoader loader) {
        Iterator<Connector> it = ServiceLoader.load(Connector.class, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) break;
                Connector c = it.next();
                if (c.spiVersion() != Connector.SPI_VERSION) {
                    failures.add(c.getClass().getName() + ": built for connector SPI " + c.spiVersion()
                            + ", this runtime speaks " + Connector.SPI_VERSION);
                } else {
                    connectors.add(c);
                }
            } catch (ServiceConfigurationError | LinkageError e) {
                failures.add(e.getMessage());
            }
        }
    }

    public static ConnectorHost discover() {
        return new ConnectorHost(ConnectorHost.class.getClassLoader());
    }

    public List<Connector> connectors() {
        return Collections.unmodifiableList(connectors);
    }

    /** Why plugins could not be loaded, one line each. */
    public List<String> failures() {
        return Collections.unmodifiableList(failures);
    }

    /** {@link #failures()} as PW715 warnings. */
    public List<Problem> failureProblems() {
        return failures.stream().map(f -> Problem.of(ProblemCode.CONNECTOR_NOT_LOADED, null, null, 0, 0,
                "A connector plugin could not be loaded: " + f, "Reinstall or remove the plugin jar; the other connectors work")).toList();
    }

    public Optional<Connector> forLinkedServiceType(String type) {
        return connectors.stream().filter(c -> c.linkedServiceTypes().contains(type)).findFirst();
    }
}
