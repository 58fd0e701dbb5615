package dev.pipewright.core.edit;

/**
 * One activity type of the toolbox.
 *
 * @param type        the JSON {@code type} discriminator, e.g. {@code Copy}
 * @param displayName what ADF Studio calls it, and the stem of a new activity's name ("Copy data" → "Copy data1")
 * @param category    its toolbox group
 * @param policy      which {@code policy} object a new activity of this type gets
 */
public record ActivityKind(String type, String displayName, ActivityCategory category, Policy policy) {
    /** The policy ADF Studio writes into a new activity of a type. */
    public enum Policy {
        /** No policy (control activities such as Wait, ForEach, Filter). */
        NONE,
        /** timeout, retry, retryIntervalInSeconds, secureOutput, secureInput. */
        FULL,
        /** secureOutput, secureInput (Set variable, Webhook). */
        SECURE_INPUT_OUTPUT,
        /** secureInput only (Execute Pipeline). */
        SECURE_INPUT
    }

    public boolean isContainer() {
        return ActivityCatalog.CONTAINERS.contains(type);
    }

    /** True when a search text (case-insensitive, blank matches all) is in the display name or the type. */
    public boolean matches(String search) {
        if (search == null || search.isBlank()) return true;
        String s = search.strip().toLowerCase(java.util.Locale.ROOT);
        return displayName.toLowerCase(java.util.Locale.ROOT).contains(s) || type.toLowerCase(java.util.Locale.ROOT).contains(s);
    }
}
