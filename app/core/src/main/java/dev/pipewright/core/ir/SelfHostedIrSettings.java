package dev.pipewright.core.ir;

import dev.pipewright.core.model.IntegrationRuntime;

/** A self-hosted IR: ADF writes only the type and description (no {@code typeProperties}). */
public record SelfHostedIrSettings(String name, String description) implements IrSettings {
    @Override
    public IntegrationRuntime.Kind kind() {
        return IntegrationRuntime.Kind.SELF_HOSTED;
    }
}
