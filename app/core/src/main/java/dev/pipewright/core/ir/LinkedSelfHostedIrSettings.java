package dev.pipewright.core.ir;

import dev.pipewright.core.model.IntegrationRuntime;

/**
 * A linked self-hosted IR: the resource ID of an IR shared by another factory. ADF's wizard writes
 * {@code "authorizationType": "Rbac"} (the schema spells it RBAC; the git files ADF writes say Rbac).
 */
public record LinkedSelfHostedIrSettings(String name, String description, String resourceId) implements IrSettings {
    /** How ADF's git files spell the RBAC authorization type. */
    public static final String RBAC = "Rbac";

    @Override
    public IntegrationRuntime.Kind kind() {
        return IntegrationRuntime.Kind.LINKED_SELF_HOSTED;
    }
}
