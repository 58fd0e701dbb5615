package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.expression.Expr;
import dev.pipewright.core.expression.ExpressionParser;
import dev.pipewright.core.expression.ExpressionSyntaxException;
import dev.pipewright.core.expression.ExpressionText;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.refs.Reference;
import dev.pipewright.core.refs.ReferenceGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * ADF's rules for deleting from the Manage hub: a resource that others reference is refused with the referrers
 * listed ("… cannot be deleted: it is referenced by …"), and the implicit default integration runtime is never
 * deleted. Global parameters are referenced by expressions ({@code pipeline().globalParameters.x}), not by
 * reference objects, so they are found by reading every expression of the factory.
 */
public final class Deletion {
    private Deletion() {
    }

    /** The resources that reference {@code id} directly (never {@code id} itself), sorted by kind and name. */
    public static List<ResourceId> referrers(Factory factory, ResourceId id) {
        TreeSet<ResourceId> from = new TreeSet<>();
        for (Reference r : ReferenceGraph.of(factory).usedBy(id)) {
            if (!r.from().equals(id)) from.add(r.from());
        }
        return List.copyOf(from);
    }

    /** Why ADF would refuse to delete {@code id}, or empty when it may go. */
    public static Optional<Problem> refusal(Factory factory, ResourceId id) {
        if (id.kind() == ResourceKind.INTEGRATION_RUNTIME && id.name().equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE)) {
            return Optional.of(Problem.of(ProblemCode.DELETE_DEFAULT_RUNTIME, id.toString(), null, 0, 0,
                    IntegrationRuntime.AUTO_RESOLVE + " cannot be deleted: it is the factory's default integration runtime",
                    "Linked services without connectVia use it; ADF keeps it in every factory"));
        }
        return referenced(id.kind().title() + " '" + id.name() + "'", id.toString(), referrers(factory, id));
    }

    /** The resources whose expressions read the global parameter {@code name} (names ignore case). */
    public static List<ResourceId> globalParameterReferrers(Factory factory, String name) {
        TreeSet<ResourceId> from = new TreeSet<>();
        for (Resource r : factory.resources()) {
            if (r.kind() != ResourceKind.FACTORY && reads(r.json(), name)) from.add(r.id());
        }
        return List.copyOf(from);
    }

    /** Why the global parameter {@code name} cannot be deleted, or empty. */
    public static Optional<Problem> globalParameterRefusal(Factory factory, String name) {
        return referenced("Global parameter '" + name + "'", "factory", globalParameterReferrers(factory, name));
    }

    private static Optional<Problem> referenced(String what, String resource, List<ResourceId> referrers) {
        if (referrers.isEmpty()) return Optional.empty();
        List<String> names = new ArrayList<>();
        referrers.forEach(r -> names.add(r.toString()));
        return Optional.of(Problem.of(ProblemCode.DELETE_REFERENCED, resource, null, 0, 0,
                what + " cannot be deleted: it is referenced by " + String.join(", ", names),
                "Remove the references first (ADF refuses the delete too)"));
    }

    private static boolean reads(JsonNode node, String parameter) {
        if (node.isTextual()) {
            for (String body : ExpressionText.expressionsIn(node.textValue())) {
                Expr expr;
                try {
                    expr = ExpressionParser.parse(body);
                } catch (ExpressionSyntaxException e) {
                    continue;
                }
                boolean[] found = {false};
                expr.walk(e -> {
                    String m = Expr.memberOf(e, "pipeline", "globalParameters");
                    if (m != null && m.equalsIgnoreCase(parameter)) found[0] = true;
                });
                if (found[0]) return true;
            }
            return false;
        }
        for (JsonNode child : node) {
            if (reads(child, parameter)) return true;
        }
        return false;
    }
}
