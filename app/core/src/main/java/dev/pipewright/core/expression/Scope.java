package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Clock;

/**
 * What an expression can read, one method per accessor of ADF's expression language. Each returns the JSON
 * value, or throws {@link EvaluationException} with ADF's kind of message when it is not available where the
 * expression runs (e.g. {@code item()} outside a ForEach).
 */
public interface Scope {
    /** {@code pipeline()}: an object with {@code parameters}, {@code globalParameters}, {@code RunId}, {@code Pipeline} … */
    JsonNode pipeline();

    /** {@code activity('name')}: an object with {@code output}, {@code Status} … */
    JsonNode activity(String name);

    /** {@code variables('name')}. */
    JsonNode variable(String name);

    /** {@code item()} inside a ForEach or a Filter condition. */
    JsonNode item();

    /** {@code dataset()}: the dataset's parameters, in a dataset's properties. */
    JsonNode dataset();

    /** {@code linkedService()}: the linked service's parameters, in its properties. */
    JsonNode linkedService();

    /** {@code trigger()}: {@code scheduledTime}, {@code startTime}, {@code outputs} … */
    JsonNode trigger();

    /** {@code triggerBody()}: the event of an event trigger. */
    JsonNode triggerBody();

    /** The clock {@code utcNow()} and relative times read. */
    Clock clock();
}
