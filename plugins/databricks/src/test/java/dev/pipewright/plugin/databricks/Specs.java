package dev.pipewright.plugin.databricks;

import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;

/** Linked services of type AzureDatabricks for the tests, and the test workspace document (test resource workspace.json). */
final class Specs {
    static final Path WORKSPACE = resource("/workspace.json");
    static final String RUNNING = "0101-101010-retail01";
    static final String TERMINATED = "0202-020202-adhoc002";
    static final String POOL = "0303-030303-pool-ds3v2";

    private Specs() {
    }

    private static Path resource(String name) {
        try {
            return Path.of(Specs.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A linked service with these typeProperties and this profile binding; binding paths start at the test resources' folder. */
    static LinkedServiceSpec ls(Props typeProperties, Props binding) {
        return new LinkedServiceSpec("LS_Databricks", "AzureDatabricks", typeProperties, binding, WORKSPACE.getParent());
    }

    /** ADF's SecureString form of a secret. */
    static Map<String, Object> secure(String value) {
        return Props.of("type", "SecureString", "value", value).asMap();
    }

    /** The binding to the test workspace file. */
    static Props workspaceFile() {
        return Props.of("workspace", WORKSPACE.getFileName().toString());
    }
}
