package dev.pipewright.studio.hub.linkedservice;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.runtime.connect.ConnectorHost;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * HOOK for Test connection. The connector plugins (plugins/*) and the runtime's connector host
 * ({@code runtime.connect}) are being built separately; when the connector SPI gains a test-connection call, an
 * implementation of this interface calls it and the Manage hub needs no other change. It runs on a background
 * thread inside a cancellable task; it must return soon after {@code cancelled} turns true.
 */
@FunctionalInterface
public interface ConnectionTester {
    /** What the test found; {@code detail} is shown under the result. */
    record Outcome(boolean succeeded, String message, String detail) {
    }

    /**
     * @param secret   the stored value of a secret property of the linked service (e.g. {@code typeProperties.password})
     * @param progress reports a step ("Connecting to …")
     */
    Outcome test(Factory factory, LinkedService linkedService, Function<String, Optional<String>> secret,
                 java.util.function.Consumer<String> progress, BooleanSupplier cancelled) throws Exception;

    /**
     * Until connectors can test: says which connector plugin serves the type, or that none does yet. The plugins
     * are looked up when a test runs (on the task's thread).
     */
    static ConnectionTester connectors() {
        return (factory, ls, secret, progress, cancelled) -> {
            progress.accept("Looking for a connector for " + ls.type());
            ConnectorHost host = ConnectorHost.discover();
            return host.forLinkedServiceType(ls.type())
                    .map(c -> new Outcome(false, "Connector '" + c.id() + "' serves " + ls.type()
                            + " but cannot test connections yet (connector SPI " + c.spiVersion() + ")", ""))
                    .orElseGet(() -> new Outcome(false, "No connector plugin serves " + ls.type() + " yet",
                            host.connectors().isEmpty() ? "No connector plugins are installed." : ""));
        };
    }
}
