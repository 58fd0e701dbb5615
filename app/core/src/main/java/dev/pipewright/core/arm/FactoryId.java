package dev.pipewright.core.arm;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The factory a template is published for, as the npm utility takes it:
 * {@code /subscriptions/<sub>/resourceGroups/<rg>/providers/Microsoft.DataFactory/factories/<name>}. The templates
 * carry only the name (the {@code factoryName} parameter's default); subscription and group stay with the caller. A
 * Synapse workspace's id ({@code .../providers/Microsoft.Synapse/workspaces/<name>}) asks for Synapse's templates.
 */
public record FactoryId(String subscription, String resourceGroup, String factoryName, boolean synapse) {
    public static final String FORM = "/subscriptions/<subscription id>/resourceGroups/<resource group>/providers/Microsoft.DataFactory/factories/<factory name>"
            + " (or .../providers/Microsoft.Synapse/workspaces/<workspace name>)";

    private static final Pattern PATTERN = Pattern.compile(
            "/?subscriptions/([^/]+)/resourceGroups/([^/]+)/providers/(Microsoft\\.DataFactory/factories|Microsoft\\.Synapse/workspaces)/([^/]+)/?",
            Pattern.CASE_INSENSITIVE);
    /** ADF factory names: 3–63 letters, digits and dashes, starting and ending with a letter or digit. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9-]{1,61})[A-Za-z0-9]");

    /** Parses a factory resource id; the message of the exception says what the form is. */
    public static FactoryId parse(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("the factoryId is empty; its form is " + FORM);
        Matcher m = PATTERN.matcher(text.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a factory resource id; its form is " + FORM);
        }
        String name = m.group(4);
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("'" + name + "' is not a valid Data Factory name (3 to 63 letters, digits and dashes,"
                    + " starting and ending with a letter or digit); the factoryId's form is " + FORM);
        }
        return new FactoryId(m.group(1), m.group(2), name, m.group(3).toLowerCase(java.util.Locale.ROOT).contains("synapse"));
    }

    @Override
    public String toString() {
        return "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup + "/providers/"
                + (synapse ? "Microsoft.Synapse/workspaces/" : "Microsoft.DataFactory/factories/") + factoryName;
    }
}
