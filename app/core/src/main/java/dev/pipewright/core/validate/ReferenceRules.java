package dev.pipewright.core.validate;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.refs.Reference;
import dev.pipewright.core.refs.ReferenceGraph;

import java.util.List;

/** Dangling references: every reference object must name an existing resource of its kind. */
final class ReferenceRules {
    private ReferenceRules() {
    }

    static void check(Factory factory, ReferenceGraph graph, Findings findings) {
        for (Reference ref : graph.dangling()) {
            Resource from = factory.get(ref.from()).orElseThrow();
            String where = from.kind().title() + " '" + from.name() + "'";
            if (from.kind() == ResourceKind.PIPELINE) {
                String activity = activityAt(new Pipeline(from), ref.pointer());
                if (activity != null) where += ", activity '" + activity + "',";
            }
            String kind = ref.to().kind().displayName();
            findings.add(codeFor(ref.to().kind()), from, ref.pointer(),
                    where + " references " + kind + " '" + ref.to().name() + "', which does not exist",
                    "Create the " + kind + " or correct the name (names match ignoring case)");
        }
    }

    /** The innermost activity whose JSON contains the pointer. */
    static String activityAt(Pipeline pipeline, String pointer) {
        String best = null;
        int bestLength = -1;
        List<Activity> all = pipeline.allActivities();
        for (Activity a : all) {
            String p = a.pointer();
            if ((pointer.equals(p) || pointer.startsWith(p + "/")) && p.length() > bestLength) {
                best = a.name();
                bestLength = p.length();
            }
        }
        return best;
    }

    private static ProblemCode codeFor(ResourceKind kind) {
        return switch (kind) {
            case LINKED_SERVICE -> ProblemCode.MISSING_LINKED_SERVICE;
            case DATASET -> ProblemCode.MISSING_DATASET;
            case INTEGRATION_RUNTIME -> ProblemCode.MISSING_INTEGRATION_RUNTIME;
            case PIPELINE -> ProblemCode.MISSING_PIPELINE;
            case CREDENTIAL -> ProblemCode.MISSING_CREDENTIAL;
            case DATA_FLOW -> ProblemCode.MISSING_DATA_FLOW;
            case MANAGED_VIRTUAL_NETWORK -> ProblemCode.MISSING_MANAGED_VIRTUAL_NETWORK;
            case TRIGGER -> ProblemCode.MISSING_TRIGGER;
            default -> throw new IllegalArgumentException("No reference type points at " + kind);
        };
    }

}
