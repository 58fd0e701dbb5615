package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Secrets never go into an export: a string the template would carry in clear — in a resource's properties or a
 * parameter's default — that holds an account key, a SAS signature or a password is a Problem naming where it is
 * (never the value). Masked values ({@code **********}), expressions and ARM references are not secrets.
 */
final class ClearSecrets {
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(?:\\b(?:AccountKey|SharedAccessKey)\\s*=\\s*(?![*@\\[;])[^;\\s]{8,}"
                    + "|[?&]sig=(?![*@\\[&])[^&\\s]{16,}"
                    + "|(?:^|;)\\s*(?:password|pwd)\\s*=\\s*(?![*@\\[;'\"])[^;\\s]+)");

    private ClearSecrets() {
    }

    static void check(List<ArmResource> resources, Map<String, ArmParameter> parameters, List<Problem> problems) {
        for (ArmResource r : resources) scan(r.json().get("properties"), "properties", r.id().toString(), problems);
        for (ArmParameter p : parameters.values()) {
            if (p.defaultValue() != null) scan(p.defaultValue(), "parameter " + p.name() + " default", null, problems);
        }
    }

    /** A cheap first look (most strings are skipped without running the pattern): {@code key}, {@code sig=}, {@code pass}, {@code pwd}. */
    private static boolean mayHoldSecret(String text) {
        for (int i = 0; i + 3 <= text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ((c == 'k' && text.regionMatches(true, i, "key", 0, 3)) || (c == 's' && text.regionMatches(true, i, "sig=", 0, 4))
                    || (c == 'p' && (text.regionMatches(true, i, "pass", 0, 4) || text.regionMatches(true, i, "pwd", 0, 3)))) {
                return true;
            }
        }
        return false;
    }

    private static void scan(JsonNode node, String where, String resource, List<Problem> problems) {
        if (node == null) return;
        if (node.isTextual()) {
            String text = node.textValue();
            if (text.length() > 8 && text.indexOf('=') >= 0 && mayHoldSecret(text) && SECRET.matcher(text).find()) {
                problems.add(Problem.of(ProblemCode.ARM_SECRET_IN_CLEAR, resource, null, 0, 0,
                        "The template would carry a secret in clear at " + where + " (an account key, SAS signature or password)",
                        "Keep the secret in Azure Key Vault (an AzureKeyVaultSecret reference), or make the property a secure parameter"
                                + " with \"|\" in the parameter definition file"));
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> scan(e.getValue(), where + "." + e.getKey(), resource, problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) scan(node.get(i), where + "[" + i + "]", resource, problems);
        }
    }
}
