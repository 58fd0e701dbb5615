package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.runtime.placement.ActivityTypes;

/**
 * Activities that need Azure compute or a service this machine does not stand in for: their outcome comes
 * from the run fixture, or they fail as not runnable here, with the reason. Never a silent success.
 */
final class ExternalActivities {
    private ExternalActivities() {
    }

    static JsonNode fromFixture(Attempt at) throws ActivityFailure {
        at.input = inputOf(at);
        Fixture.Outcome o = at.run.fixture().next(at.activity.name()).orElseThrow();
        at.billedDurationMs = o.durationInMs();
        if (o.status() == RunStatus.FAILED) throw new ActivityFailure(o.error().at(at.activity.name()));
        return o.output();
    }

    static JsonNode notRunnable(Attempt at) throws ActivityFailure {
        at.input = inputOf(at);
        throw at.failure(RunCodes.NOT_RUNNABLE, at.activity.type() + " activity " + at.activity.name() + " cannot run on this machine: "
                + reason(at.activity.type()) + ". Give its output in a run fixture (--fixture, an object by activity name: "
                + "{\"" + at.activity.name() + "\": {\"output\": {...}}}) to run the rest of the pipeline");
    }

    private static String reason(String type) {
        return switch (ActivityTypes.ruleOf(type)) {
            case WEB -> "the local runtime does not make Web or WebHook calls yet";
            case EXTERNAL -> "it dispatches work to external compute (its linked service's cluster, function or service), which is not here";
            case DATA_FLOW -> "data flows run on a Spark cluster of an Azure integration runtime";
            case SSIS -> "SSIS packages run on an Azure-SSIS integration runtime";
            case UNKNOWN -> "Pipewright does not know the activity type '" + type + "'";
            default -> "the local runtime does not run " + type + " activities yet";
        };
    }

    /** The evaluated typeProperties; the raw ones when they read what is not available here (e.g. dataset()). */
    private static JsonNode inputOf(Attempt at) {
        try {
            return at.properties();
        } catch (RuntimeException e) {
            return at.activity.typeProperties();
        }
    }
}
