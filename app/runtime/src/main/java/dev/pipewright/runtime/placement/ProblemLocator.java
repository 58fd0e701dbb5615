package dev.pipewright.runtime.placement;

import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.problem.Severity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns findings at JSON pointers into {@link Problem}s with file, line and column. Positions come from the
 * file on disk when the resource is unchanged since it was read, otherwise from the layout of the text saving
 * would write. Only resources with problems are looked at: placement itself never reads files.
 */
final class ProblemLocator {
    private final Factory factory;
    /** The file's text, or empty when the file does not hold the resource's current content. */
    private final Map<Resource, Optional<String>> diskTexts = new HashMap<>();

    ProblemLocator(Factory factory) {
        this.factory = factory;
    }

    /** The positions of many pointers of one resource, in one pass over its file. */
    Map<String, JsonLocator.Position> positions(Resource resource, Collection<String> pointers) {
        Optional<String> text = diskTexts.computeIfAbsent(resource, this::diskText);
        return text.isEmpty() ? CanonicalLayout.positions(resource.json(), pointers) : PointerScan.locate(text.get(), pointers);
    }

    /** A problem at a position found beforehand with {@link #positions}. */
    static Problem at(Resource resource, JsonLocator.Position position, ProblemCode code, Severity severity, String message, String hint) {
        String file = resource.path() != null ? resource.path() : resource.canonicalPath();
        return new Problem(severity, code.code(), resource.id().toString(), file, position.line(), position.column(), message, hint);
    }

    /** A problem at one pointer of a resource. */
    Problem at(Resource resource, String pointer, ProblemCode code, String message, String hint) {
        JsonLocator.Position position = positions(resource, List.of(pointer)).get(pointer);
        return at(resource, position, code, code.severity(), message, hint);
    }

    private Optional<String> diskText(Resource resource) {
        if (resource.path() == null || factory.root() == null || resource.isModified()) return Optional.empty();
        try {
            return Optional.of(Files.readString(factory.root().resolve(resource.path()), StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // gone or unreadable since loading: fall back to the layout saving would write
        }
    }
}
