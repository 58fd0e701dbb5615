package dev.pipewright.runtime.placement;

/**
 * Which IR runs something and where.
 *
 * @param integrationRuntime the IR's name as the factory spells it; null for orchestration (no IR)
 * @param kind               what kind of runtime that is
 * @param region             region display name; null for self-hosted IRs (they run on your nodes) and when unknown
 */
public record RuntimeChoice(String integrationRuntime, PlacementKind kind, String region) {
    /** Like ADF's {@code effectiveIntegrationRuntime}: {@code "AutoResolveIntegrationRuntime (West US)"}, or the bare name. */
    public String display() {
        String name = integrationRuntime != null ? integrationRuntime : kind == PlacementKind.ORCHESTRATION ? "Orchestration" : "(none)";
        return region == null ? name : name + " (" + region + ")";
    }

    /** The longest {@link #shortDisplay()}: it fits a canvas badge (180 px at 10 px type). */
    public static final int SHORT_MAX = 30;
    private static final String DEFAULT_AZURE_IR = "AutoResolveIntegrationRuntime";

    /**
     * A short form that always shows where it runs, for a badge: {@code "AutoResolve · West US"},
     * {@code "SHIR-Corp · self-hosted"}, {@code "Orchestration · East US"}, {@code "IR-VNet · West Europe"}; a long IR
     * name is cut (with "…") before the region is. At most {@link #SHORT_MAX} characters.
     */
    public String shortDisplay() {
        String name = integrationRuntime == null ? (kind == PlacementKind.ORCHESTRATION ? "Orchestration" : "(none)")
                : integrationRuntime.equalsIgnoreCase(DEFAULT_AZURE_IR) ? "AutoResolve" : integrationRuntime;
        String where = switch (kind) {
            case SELF_HOSTED -> "self-hosted";
            case AZURE_SSIS -> region == null ? "SSIS" : "SSIS " + region;
            default -> region;
        };
        if (where == null) return cut(name, SHORT_MAX);
        if (where.length() > SHORT_MAX - 9) where = cut(where, SHORT_MAX - 9);
        if (name.equals("AutoResolve") && name.length() + 3 + where.length() > SHORT_MAX) name = "Auto"; // "Auto · Germany West Central"
        return cut(name, SHORT_MAX - 3 - where.length()) + " · " + where;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, Math.max(1, max - 1)) + "…";
    }
}
