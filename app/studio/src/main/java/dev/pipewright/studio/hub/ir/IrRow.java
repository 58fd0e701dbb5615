package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.model.IntegrationRuntime;

/**
 * One row of the integration runtime list, as ADF shows it, plus what uses the IR ("Related") and a flag for
 * Azure-SSIS IRs in a Synapse profile (which Synapse does not support).
 */
public record IrRow(String name, IntegrationRuntime.Kind kind, String type, String subType, String region, String status,
                    String related, boolean implicit, boolean unsupported) {
}
