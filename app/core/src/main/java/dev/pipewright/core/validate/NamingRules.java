package dev.pipewright.core.validate;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.ProblemCode;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ADF's naming rules (learn.microsoft.com "Azure Data Factory - naming rules", and the activity and
 * pipeline limits of "Pipelines and activities"):
 * <ul>
 *   <li>pipelines, datasets, linked services, data flows, triggers, credentials and activities: start with a
 *       letter, digit or underscore; none of {@code . + ? / < > * % & : \}; pipelines ≤ 140 characters,
 *       activities ≤ 55, the others ≤ 260;</li>
 *   <li>no dashes in the names of linked services, datasets and data flows;</li>
 *   <li>integration runtimes (and the factory): 3–63 letters, digits and single dashes, starting and ending
 *       with a letter or digit.</li>
 * </ul>
 */
final class NamingRules {
    static final String FORBIDDEN = ".+?/<>*%&:\\";
    private static final Pattern RUNTIME_NAME = Pattern.compile("[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*");
    private static final Set<ResourceKind> NO_DASH = EnumSet.of(ResourceKind.LINKED_SERVICE, ResourceKind.DATASET, ResourceKind.DATA_FLOW);

    private NamingRules() {
    }

    static void check(Factory factory, Findings findings) {
        for (Resource r : factory.resources()) {
            switch (r.kind()) {
                case INTEGRATION_RUNTIME, FACTORY -> checkRuntimeStyle(r, findings);
                case PIPELINE -> {
                    checkEntity(r, r.name(), 140, "/name", findings);
                    for (Activity a : new Pipeline(r).allActivities()) {
                        checkEntity(r, a.name(), 55, a.pointer() + "/name", findings);
                    }
                }
                case DATASET, LINKED_SERVICE, DATA_FLOW, TRIGGER, CREDENTIAL -> checkEntity(r, r.name(), 260, "/name", findings);
                default -> {
                    // managed virtual networks and private endpoints: names are fixed by Azure
                }
            }
        }
    }

    private static void checkEntity(Resource r, String name, int maxLength, String pointer, Findings findings) {
        boolean activity = !pointer.equals("/name");
        String what = activity ? "Activity name '" + name + "'" : r.kind().title() + " name '" + name + "'";
        if (name.isEmpty() || name.length() > maxLength) {
            findings.add(ProblemCode.NAME_LENGTH, r, pointer,
                    what + " has " + name.length() + " characters; ADF allows 1 to " + maxLength,
                    "Choose a name of at most " + maxLength + " characters");
            if (name.isEmpty()) return;
        }
        char first = name.charAt(0);
        if (!Character.isLetterOrDigit(first) && first != '_') {
            findings.add(ProblemCode.NAME_FIRST_CHARACTER, r, pointer,
                    what + " starts with '" + first + "'; ADF names start with a letter, a digit or an underscore",
                    "Rename it so it starts with a letter");
        }
        for (char c : name.toCharArray()) {
            if (FORBIDDEN.indexOf(c) >= 0) {
                findings.add(ProblemCode.NAME_FORBIDDEN_CHARACTER, r, pointer,
                        what + " contains '" + c + "'; ADF does not allow any of . + ? / < > * % & : \\ in names",
                        "Replace '" + c + "' with '_'");
                break;
            }
        }
        if (!activity && NO_DASH.contains(r.kind()) && name.indexOf('-') >= 0) {
            findings.add(ProblemCode.NAME_DASH, r, pointer,
                    what + " contains '-'; ADF does not allow dashes in " + r.kind().displayName() + " names",
                    "Replace the dashes with underscores");
        }
    }

    private static void checkRuntimeStyle(Resource r, Findings findings) {
        String name = r.name();
        String what = r.kind().title() + " name '" + name + "'";
        if (name.length() < 3 || name.length() > 63) {
            findings.add(ProblemCode.NAME_LENGTH, r, "/name", what + " has " + name.length() + " characters; ADF allows 3 to 63",
                    "Choose a name of 3 to 63 characters");
        }
        if (!RUNTIME_NAME.matcher(name).matches()) {
            findings.add(ProblemCode.NAME_RUNTIME_PATTERN, r, "/name",
                    what + " must contain only letters, digits and single dashes, and start and end with a letter or digit",
                    "For example '" + suggestion(name) + "'");
        }
    }

    private static String suggestion(String name) {
        String s = name.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "IR-1" : s;
    }

}
