package dev.pipewright.core.validate;

import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the rules find and turns each finding into a {@link Problem} with file, line and column:
 * the position of the JSON pointer in the file on disk (or, for an edited resource, in the text that
 * saving would write). Files are only read again for resources that have findings.
 */
final class Findings {
    private final Factory factory;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<Resource, String> texts = new HashMap<>();

    Findings(Factory factory) {
        this.factory = factory;
    }

    void add(ProblemCode code, Resource resource, String pointer, String message, String hint) {
        String text = texts.computeIfAbsent(resource, this::textOf);
        JsonLocator.Position at = JsonLocator.locate(text, pointer);
        String file = resource.path() != null ? resource.path() : resource.canonicalPath();
        problems.add(Problem.of(code, resource.id().toString(), file, at.line(), at.column(), message, hint));
    }

    private String textOf(Resource resource) {
        if (resource.path() != null && !resource.isModified()) {
            try {
                return Files.readString(factory.root().resolve(resource.path()), StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException e) {
                // fall through: locate in the canonical text instead
            }
        }
        return new String(resource.canonicalBytes(), StandardCharsets.UTF_8);
    }

    List<Problem> problems() {
        return problems;
    }
}
