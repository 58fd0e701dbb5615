package dev.pipewright.core.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Dependency;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Structure and limits of one pipeline: unique activity names, dependsOn within the same container,
 * no cycles, Completed never beside Succeeded/Failed from one upstream activity, container nesting as ADF
 * allows it (If/Switch inside ForEach/Until only), activity count (80 default, 120 maximum), ForEach batchCount ≤ 50, ≤ 50 parameters.
 */
final class PipelineRules {
    static final int ACTIVITY_WARNING = 80;
    static final int ACTIVITY_MAXIMUM = 120;
    static final int MAX_BATCH_COUNT = 50;
    static final int MAX_PARAMETERS = 50;
    private static final Set<String> IF_OR_SWITCH = Set.of("IfCondition", "Switch");
    private static final Set<String> LOOPS = Set.of("ForEach", "Until");

    private PipelineRules() {
    }

    static void check(Pipeline pipeline, Findings findings) {
        Resource r = pipeline.resource();
        List<Activity> all = pipeline.allActivities();
        checkDuplicates(r, all, findings);
        checkScope(r, pipeline.activities(), all, findings);
        for (Activity a : all) {
            for (Activity.Branch b : a.branches()) checkScope(r, b.activities(), all, findings);
            a.container().ifPresent(container -> checkNesting(r, a, container, findings));
            if (a.type().equals("ForEach")) checkBatchCount(r, a, findings);
        }
        if (all.size() > ACTIVITY_MAXIMUM) {
            findings.add(ProblemCode.TOO_MANY_ACTIVITIES, r, "/properties/activities",
                    "Pipeline '" + r.name() + "' has " + all.size() + " activities (inner ones included); ADF allows at most " + ACTIVITY_MAXIMUM,
                    "Split it into several pipelines joined by Execute Pipeline activities");
        } else if (all.size() > ACTIVITY_WARNING) {
            findings.add(ProblemCode.MANY_ACTIVITIES, r, "/properties/activities",
                    "Pipeline '" + r.name() + "' has " + all.size() + " activities (inner ones included); ADF's default limit is "
                            + ACTIVITY_WARNING + " (" + ACTIVITY_MAXIMUM + " after a quota increase)",
                    "Split it into several pipelines, or make sure the factory's limit was raised");
        }
        int parameters = pipeline.parameters().size();
        if (parameters > MAX_PARAMETERS) {
            findings.add(ProblemCode.TOO_MANY_PARAMETERS, r, "/properties/parameters",
                    "Pipeline '" + r.name() + "' has " + parameters + " parameters; ADF allows at most " + MAX_PARAMETERS,
                    "Pass related values together in one object or array parameter");
        }
    }

    /**
     * ADF's nesting rules ("Nested activities"): If Condition and Switch may sit inside ForEach or Until;
     * nothing else may sit inside a container, and Validation may not be nested at all.
     */
    private static void checkNesting(Resource r, Activity a, Activity container, Findings findings) {
        String inside = a.type() + " '" + a.name() + "' is inside " + container.type() + " '" + container.name() + "'";
        if (a.type().equals("Validation")) {
            findings.add(ProblemCode.NESTED_VALIDATION, r, a.pointer(), inside + "; ADF does not allow Validation activities in containers",
                    "Move the Validation activity to the top level of the pipeline");
            return;
        }
        if (!a.isContainer()) return;
        boolean allowed = IF_OR_SWITCH.contains(a.type()) && LOOPS.contains(container.type());
        if (!allowed) {
            findings.add(ProblemCode.NESTED_CONTAINER, r, a.pointer(),
                    inside + "; ADF allows only If Condition or Switch inside ForEach or Until, and no other container nesting",
                    "Move the inner activities into their own pipeline and call it with an Execute Pipeline activity");
        }
    }

    private static void checkDuplicates(Resource r, List<Activity> all, Findings findings) {
        Set<String> seen = new HashSet<>();
        for (Activity a : all) {
            if (!seen.add(a.name())) {
                findings.add(ProblemCode.DUPLICATE_ACTIVITY_NAME, r, a.pointer() + "/name",
                        "Activity name '" + a.name() + "' is used more than once in pipeline '" + r.name() + "'",
                        "Activity names must be unique in the whole pipeline, inner activities included; rename one");
            }
        }
    }

    /** Rules about dependsOn among the activities of one list (the top level or one container branch). */
    private static void checkScope(Resource r, List<Activity> siblings, List<Activity> all, Findings findings) {
        Map<String, Activity> byName = new LinkedHashMap<>();
        for (Activity a : siblings) byName.putIfAbsent(a.name(), a);
        Map<String, Set<String>> conditionsFrom = new HashMap<>();
        Map<String, List<String>> edges = new LinkedHashMap<>();
        for (Activity a : siblings) {
            for (Dependency d : a.dependsOn()) {
                if (!byName.containsKey(d.activity())) {
                    boolean elsewhere = all.stream().anyMatch(o -> o.name().equals(d.activity()));
                    findings.add(ProblemCode.DEPENDS_ON_MISSING_ACTIVITY, r, d.pointer(),
                            "Activity '" + a.name() + "' depends on '" + d.activity() + "', "
                                    + (elsewhere ? "which is in another container" : "which does not exist"),
                            elsewhere ? "An activity can only depend on activities in the same container (or at the same top level)"
                                    : "Correct the name or remove the dependency");
                    continue;
                }
                for (String c : d.conditions()) {
                    if (!Dependency.CONDITIONS.contains(c)) {
                        findings.add(ProblemCode.UNKNOWN_DEPENDENCY_CONDITION, r, d.pointer(),
                                "Activity '" + a.name() + "' waits on '" + d.activity() + "' with condition '" + c + "'",
                                "Use Succeeded, Failed, Completed or Skipped (spelled with a capital letter)");
                    }
                }
                conditionsFrom.computeIfAbsent(d.activity(), k -> new LinkedHashSet<>()).addAll(d.conditions());
                edges.computeIfAbsent(a.name(), k -> new ArrayList<>()).add(d.activity());
            }
        }
        conditionsFrom.forEach((upstream, conditions) -> {
            if (conditions.contains("Completed") && (conditions.contains("Succeeded") || conditions.contains("Failed"))) {
                Activity u = byName.get(upstream);
                findings.add(ProblemCode.COMPLETED_WITH_SUCCEEDED_OR_FAILED, r, u.pointer() + "/name",
                        "Activity '" + upstream + "' has an Upon Completion path beside an Upon Success or Upon Failure path",
                        "ADF does not allow Completed together with Succeeded or Failed from one activity: use Completed alone, or Succeeded and Failed");
            }
        });
        for (List<String> cycle : DependencyCycles.find(edges)) {
            Activity first = byName.get(cycle.get(0));
            findings.add(ProblemCode.DEPENDENCY_CYCLE, r, first.pointer() + "/dependsOn",
                    "Activities depend on each other in a cycle: " + String.join(" → ", cycle) + " → " + cycle.get(0),
                    "Remove one of the dependencies so the activities can run in order");
        }
    }

    private static void checkBatchCount(Resource r, Activity forEach, Findings findings) {
        JsonNode batch = forEach.typeProperties().get("batchCount");
        if (batch != null && batch.isNumber() && batch.intValue() > MAX_BATCH_COUNT) {
            findings.add(ProblemCode.FOREACH_BATCH_COUNT, r, forEach.pointer() + "/typeProperties/batchCount",
                    "ForEach '" + forEach.name() + "' has batchCount " + batch.asText() + "; ADF runs at most " + MAX_BATCH_COUNT + " iterations in parallel",
                    "Set batchCount between 1 and " + MAX_BATCH_COUNT);
        }
    }
}
