package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs one attempt of one kind of activity and returns its output, or ends it with {@link ActivityFailure}. */
@FunctionalInterface
interface ActivityHandler {
    JsonNode run(Attempt attempt) throws ActivityFailure;
}
