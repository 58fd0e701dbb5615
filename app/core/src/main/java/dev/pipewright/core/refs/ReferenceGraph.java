package dev.pipewright.core.refs;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who uses whom in a factory. Built by walking every resource's JSON for ADF reference objects
 * ({@code LinkedServiceReference}, {@code DatasetReference}, {@code PipelineReference},
 * {@code IntegrationRuntimeReference}, {@code CredentialReference}, {@code DataFlowReference},
 * {@code ManagedVirtualNetworkReference}, {@code TriggerReference}), wherever they sit: pipeline → dataset
 * → linked service → IR, Execute Pipeline, trigger → pipeline, Key Vault secrets, credentials, data flows.
 * References whose name is an expression are dynamic and not followed.
 */
public final class ReferenceGraph {
    private final Factory factory;
    private final List<Reference> references = new ArrayList<>();
    private final Map<ResourceId, List<Reference>> outgoing = new HashMap<>();
    private final Map<ResourceId, List<Reference>> incoming = new HashMap<>();

    private ReferenceGraph(Factory factory) {
        this.factory = factory;
    }

    public static ReferenceGraph of(Factory factory) {
        ReferenceGraph graph = new ReferenceGraph(factory);
        for (Resource r : factory.resources()) graph.collect(r.id(), r.json(), "");
        return graph;
    }

    private void collect(ResourceId from, JsonNode node, String pointer) {
        if (node.isObject()) {
            JsonNode name = node.get("referenceName");
            JsonNode type = node.get("type");
            if (name != null && name.isTextual() && type != null && type.isTextual()) {
                ResourceKind.forReferenceType(type.textValue()).ifPresent(kind -> add(new Reference(from, target(kind, name.textValue()), pointer)));
            }
            node.properties().forEach(e -> collect(from, e.getValue(), JsonLocator.child(pointer, e.getKey())));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) collect(from, node.get(i), JsonLocator.child(pointer, i));
        }
    }

    private static ResourceId target(ResourceKind kind, String name) {
        return new ResourceId(kind, name);
    }

    private void add(Reference ref) {
        references.add(ref);
        outgoing.computeIfAbsent(ref.from(), k -> new ArrayList<>()).add(ref);
        incoming.computeIfAbsent(ref.to(), k -> new ArrayList<>()).add(ref);
    }

    public List<Reference> references() {
        return Collections.unmodifiableList(references);
    }

    /** What {@code id} references directly ("what does X use"). */
    public List<Reference> uses(ResourceId id) {
        return outgoing.getOrDefault(id, List.of());
    }

    /** What references {@code id} directly ("what uses X"). */
    public List<Reference> usedBy(ResourceId id) {
        return incoming.getOrDefault(id, List.of());
    }

    /** Everything {@code id} depends on, directly or through others (pipeline → dataset → linked service → IR). */
    public Set<ResourceId> usesTransitively(ResourceId id) {
        return closure(id, this::uses, Reference::to);
    }

    /** Everything that depends on {@code id}, directly or through others. */
    public Set<ResourceId> usedByTransitively(ResourceId id) {
        return closure(id, this::usedBy, Reference::from);
    }

    private static Set<ResourceId> closure(ResourceId start, java.util.function.Function<ResourceId, List<Reference>> edges,
                                           java.util.function.Function<Reference, ResourceId> next) {
        Set<ResourceId> seen = new LinkedHashSet<>();
        Deque<ResourceId> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            for (Reference r : edges.apply(todo.pop())) {
                ResourceId n = next.apply(r);
                if (!n.equals(start) && seen.add(n)) todo.push(n);
            }
        }
        return seen;
    }

    /** True when the target exists, or is the implicit {@code AutoResolveIntegrationRuntime}. */
    public boolean resolves(Reference ref) {
        if (factory.contains(ref.to())) return true;
        return ref.to().kind() == ResourceKind.INTEGRATION_RUNTIME
                && ref.to().name().equalsIgnoreCase(IntegrationRuntime.AUTO_RESOLVE);
    }

    /** References to resources that do not exist. */
    public List<Reference> dangling() {
        return references.stream().filter(r -> !resolves(r)).toList();
    }
}
