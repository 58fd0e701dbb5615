package dev.pipewright.runtime.connect;

import dev.pipewright.core.problem.Problem;

import java.time.Duration;
import java.util.List;

/**
 * What a test connection found.
 *
 * @param linkedService the linked service
 * @param via           the IR and region the call ran through, e.g. {@code AutoResolveIntegrationRuntime (East US)}
 * @param reasons       why that IR (from placement)
 * @param target        what was contacted: the stand-in binding or the linked service's own address
 * @param detail        what the store said when it worked, e.g. its version; empty on failure
 * @param problems      errors (nothing connected) and warnings
 * @param elapsed       how long it took
 */
public record ConnectionResult(String linkedService, String via, List<String> reasons, String target, String detail,
                               List<Problem> problems, Duration elapsed) {
    public ConnectionResult {
        reasons = List.copyOf(reasons);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
