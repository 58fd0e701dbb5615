package dev.pipewright.studio.shell;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;

import java.util.StringJoiner;

/** The status bar's one-line description of an open factory: "12 pipelines · 30 datasets · 2 problems". */
final class FactorySummary {
    static final String SEPARATOR = " · ";

    private FactorySummary() {
    }

    static String of(Factory factory) {
        StringJoiner line = new StringJoiner(SEPARATOR);
        line.add(count(factory.resources(ResourceKind.PIPELINE).size(), "pipeline", "pipelines"));
        line.add(count(factory.resources(ResourceKind.DATASET).size(), "dataset", "datasets"));
        line.add(count(factory.resources(ResourceKind.DATA_FLOW).size(), "data flow", "data flows"));
        line.add(count(factory.resources(ResourceKind.TRIGGER).size(), "trigger", "triggers"));
        line.add(count(factory.loadProblems().size(), "problem", "problems"));
        return line.toString();
    }

    static String count(int n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
