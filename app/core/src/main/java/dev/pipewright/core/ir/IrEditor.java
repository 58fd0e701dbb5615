package dev.pipewright.core.ir;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;

import java.util.List;

/**
 * Creates and edits integration runtimes of a factory: validates the wizard's settings and, when nothing
 * is wrong, writes ADF's JSON into the factory model (saved by {@code FactoryWriter}). Secrets are not
 * handled here: the caller stores {@link IrSettings#secrets()} in the local secret store.
 */
public final class IrEditor {
    /** What a create or update did: the findings, and the resource when it was written. */
    public record Result(List<FieldProblem> problems, Resource resource) {
        public boolean ok() {
            return resource != null;
        }
    }

    private IrEditor() {
    }

    /** Adds a new IR to {@code factory} unless validation finds an error. */
    public static Result create(Factory factory, IrSettings settings, IrContext context) {
        if (!context.creating()) throw new IllegalArgumentException("context is for editing " + context.editing());
        List<FieldProblem> problems = IrValidator.validate(settings, context);
        if (problems.stream().anyMatch(FieldProblem::isError)) return new Result(problems, null);
        Resource resource = Resource.create(ResourceKind.INTEGRATION_RUNTIME, IrJson.create(settings));
        factory.add(resource);
        return new Result(problems, resource);
    }

    /** Writes {@code settings} over the existing IR named in {@code context} unless validation finds an error. */
    public static Result update(Factory factory, IrSettings settings, IrContext context) {
        if (context.creating()) throw new IllegalArgumentException("context is for creating");
        Resource resource = factory.get(ResourceKind.INTEGRATION_RUNTIME, context.editing()).orElseThrow(
                () -> new IllegalArgumentException("No integration runtime named '" + context.editing() + "'"));
        List<FieldProblem> problems = IrValidator.validate(settings, context);
        if (problems.stream().anyMatch(FieldProblem::isError)) return new Result(problems, null);
        ObjectNode edited = resource.json().deepCopy();
        IrJson.apply(settings, edited);
        resource.replaceContent(edited);
        return new Result(problems, resource);
    }
}
