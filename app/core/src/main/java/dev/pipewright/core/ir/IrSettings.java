package dev.pipewright.core.ir;

import dev.pipewright.core.model.IntegrationRuntime;

import java.util.Map;

/**
 * What the create/edit wizard of one integration runtime kind holds. {@link IrJson} writes it as ADF does;
 * {@link IrValidator} checks it as ADF does; {@link IrSettingsReader} reads it back from a file.
 */
public sealed interface IrSettings permits AzureIrSettings, SelfHostedIrSettings, LinkedSelfHostedIrSettings, SsisIrSettings {
    String name();

    /** Free text; null or empty writes no {@code description}. */
    String description();

    IntegrationRuntime.Kind kind();

    /**
     * Secret values typed in the wizard, by property path ({@link IrSecrets}); never written to files.
     * Empty when nothing new was typed (an edit keeps the stored values).
     */
    default Map<String, String> secrets() {
        return Map.of();
    }
}
