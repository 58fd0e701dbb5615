package dev.pipewright.core.arm;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every parameter of one export by name; a name met twice with another type or default is a Problem. */
final class ParameterSet {
    private final Map<String, ArmParameter> byName = new LinkedHashMap<>();
    private final List<Problem> problems;

    ParameterSet(List<Problem> problems) {
        this.problems = problems;
    }

    /** Registers the parameter (or finds the same one again) and returns it. */
    ArmParameter add(ArmParameter parameter, String resource) {
        ArmParameter known = byName.putIfAbsent(parameter.name(), parameter);
        if (known != null && (!known.type().equals(parameter.type()) || !java.util.Objects.equals(known.defaultValue(), parameter.defaultValue()))) {
            problems.add(Problem.of(ProblemCode.ARM_PARAMETER_CLASH, resource, null, 0, 0,
                    "Two properties would both become template parameter '" + parameter.name() + "' with different types or defaults",
                    "Give one of them another name in arm-template-parameters-definition.json (\"=:<name>\")"));
        }
        return known != null ? known : parameter;
    }

    ArmParameter get(String name) {
        return byName.get(name);
    }
}
