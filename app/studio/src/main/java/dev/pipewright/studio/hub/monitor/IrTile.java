package dev.pipewright.studio.hub.monitor;

import dev.pipewright.core.model.IntegrationRuntime;

/**
 * One integration runtime tile of the Monitor hub, with ADF's fields: TYPE, REGION, NODE SIZE,
 * RUNNING/REQUESTED NODE(S) and STATUS, plus Pipewright's hourly cost estimate for Azure-SSIS.
 */
public record IrTile(String name, IntegrationRuntime.Kind kind, String type, String region, String nodeSize, String nodes,
                     String status, String cost, boolean canStart, boolean canStop) {
}
