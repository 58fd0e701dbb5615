package dev.pipewright.runtime.ir;

import dev.pipewright.core.ir.SsisNodeSizes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * An hourly cost estimate for an Azure-SSIS IR while it is started (billed "just like any other dedicated
 * Azure VMs as long as you keep it running"). No official per-size price table is in Pipewright's sources;
 * the one first-party figure is the setup pane's example estimate of US$1.158 per hour in Microsoft's
 * pricing-concepts article (ms.date 2021-09-07; its prices are stated to be hypothetical). Pipewright takes it
 * as one 8-core node (the wizard's common Standard_D8_v3), that is US$0.14475 per core-hour, and scales by
 * cores × nodes. Edition, Azure Hybrid Benefit and region are not modelled.
 */
public final class SsisCost {
    public static final BigDecimal REFERENCE_HOURLY = new BigDecimal("1.158");
    public static final int REFERENCE_CORES = 8;
    public static final String SOURCE = "Microsoft Learn, Data Factory pricing-concepts (2021-09-07): US$1.158/hour setup-pane example,"
            + " taken as one 8-core node; scaled by cores × nodes; edition, Azure Hybrid Benefit and region not modelled";

    /** The estimate: per node, in total, and where the figure comes from. */
    public record Estimate(String nodeSize, int nodes, BigDecimal perNodeHour, BigDecimal hourly, String source) {
        /** E.g. {@code US$2.32/hour (2 × Standard_D8_v3 at US$1.16)}. */
        public String label() {
            return "US$" + hourly.setScale(2, RoundingMode.HALF_UP) + "/hour (" + nodes + " × " + nodeSize + " at US$"
                    + perNodeHour.setScale(2, RoundingMode.HALF_UP) + ")";
        }
    }

    private SsisCost() {
    }

    public static Optional<Estimate> hourly(String nodeSize, int nodes) {
        return SsisNodeSizes.find(nodeSize).filter(n -> nodes > 0).map(size -> {
            BigDecimal perNode = REFERENCE_HOURLY.multiply(BigDecimal.valueOf(size.cores()))
                    .divide(BigDecimal.valueOf(REFERENCE_CORES), 5, RoundingMode.HALF_UP);
            return new Estimate(size.name(), nodes, perNode, perNode.multiply(BigDecimal.valueOf(nodes)), SOURCE);
        });
    }
}
