package dev.pipewright.core.ir;

/**
 * The secret properties of integration runtimes. Factory files keep ADF's own masked form
 * ({@code {"type": "SecureString", "value": "**********"}}); the real values go to the local secret store,
 * keyed by the resource ({@code integrationRuntime/<name>}) and these property paths.
 */
public final class IrSecrets {
    /** What ADF writes in place of a SecureString value in git. */
    public static final String MASK = "**********";
    public static final String CATALOG_ADMIN_PASSWORD = "typeProperties.ssisProperties.catalogInfo.catalogAdminPassword";
    public static final String CUSTOM_SETUP_SAS_TOKEN = "typeProperties.ssisProperties.customSetupScriptProperties.sasToken";
    /** Self-hosted IR authentication keys (ADF's {@code listAuthKeys}); never in any factory file. */
    public static final String AUTH_KEY_1 = "authKey1";
    public static final String AUTH_KEY_2 = "authKey2";

    private IrSecrets() {
    }

    /** The secret of an express custom setup entry ({@code expressCustomSetupProperties[index]}). */
    public static String expressSetup(int index, String property) {
        return "typeProperties.ssisProperties.expressCustomSetupProperties[" + index + "].typeProperties." + property;
    }

    /** The store key of a resource, e.g. {@code integrationRuntime/SSIS-EastUS}. */
    public static String resource(String runtimeName) {
        return "integrationRuntime/" + runtimeName;
    }
}
