package dev.pipewright.core.ir;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Node sizes of the Azure-SSIS IR wizard with their cores and memory (Azure VM sizes of the A_v2, Dv2, Dv3
 * and Ev3 series; {@code Standard_E64i_v3} is the compute-isolated size). ADF allows up to 2 × cores parallel
 * executions per node, and up to 4 on a {@code Standard_D1_v2}.
 */
public final class SsisNodeSizes {
    /** Cores and memory of one node size. */
    public record NodeSize(String name, int cores, double memoryGiB) {
        /** The most parallel package executions ADF allows on one node of this size. */
        public int maxParallelExecutions() {
            return name.equals("Standard_D1_v2") ? 4 : 2 * cores;
        }

        public String label() {
            return name + " (" + cores + (cores == 1 ? " core, " : " cores, ") + trim(memoryGiB) + " GiB)";
        }

        private static String trim(double d) {
            return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
        }
    }

    private static final Map<String, NodeSize> SIZES = new LinkedHashMap<>();

    static {
        add("Standard_A4_v2", 4, 8);
        add("Standard_A8_v2", 8, 16);
        add("Standard_D1_v2", 1, 3.5);
        add("Standard_D2_v2", 2, 7);
        add("Standard_D3_v2", 4, 14);
        add("Standard_D4_v2", 8, 28);
        for (int cores : new int[]{2, 4, 8, 16, 32, 64}) add("Standard_D" + cores + "_v3", cores, 4.0 * cores);
        for (int cores : new int[]{2, 4, 8, 16, 32}) add("Standard_E" + cores + "_v3", cores, 8.0 * cores);
        add("Standard_E64_v3", 64, 432);
        add("Standard_E64i_v3", 64, 432);
    }

    private SsisNodeSizes() {
    }

    private static void add(String name, int cores, double memory) {
        SIZES.put(name.toLowerCase(java.util.Locale.ROOT), new NodeSize(name, cores, memory));
    }

    public static java.util.Collection<NodeSize> all() {
        return SIZES.values();
    }

    /** Looks a size up, ignoring case. */
    public static Optional<NodeSize> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(SIZES.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
}
