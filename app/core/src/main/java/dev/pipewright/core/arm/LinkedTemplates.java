package dev.pipewright.core.arm;

import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits the template's resources into linked templates as publish does: in dependency order (a resource's level is
 * one more than the deepest of the resources it depends on; the template's order within a level), cut into parts of
 * at most {@code maxResources} resources and {@code maxBytes} bytes, so every dependency lies in the same or an
 * earlier part. Within a part, {@code dependsOn} keeps only resources of that part (the master chains the parts).
 */
final class LinkedTemplates {
    private LinkedTemplates() {
    }

    /** The resources in deployment order; a cycle is a Problem and its resources keep the template order at the end. */
    static List<ArmResource> dependencyOrder(List<ArmResource> resources, List<Problem> problems) {
        Map<ResourceId, Integer> index = new HashMap<>();
        for (int i = 0; i < resources.size(); i++) index.put(resources.get(i).id(), i);
        int n = resources.size();
        int[] pending = new int[n];
        List<List<Integer>> dependents = new ArrayList<>();
        for (int i = 0; i < n; i++) dependents.add(new ArrayList<>());
        for (int i = 0; i < n; i++) {
            for (ResourceId d : resources.get(i).dependsOn()) {
                Integer j = index.get(d);
                if (j != null) {
                    pending[i]++;
                    dependents.get(j).add(i);
                }
            }
        }
        int[] level = new int[n];
        List<Integer> ready = new ArrayList<>();
        for (int i = 0; i < n; i++) if (pending[i] == 0) ready.add(i);
        int placed = 0;
        while (placed < ready.size()) {
            int i = ready.get(placed++);
            for (int k : dependents.get(i)) {
                level[k] = Math.max(level[k], level[i] + 1);
                if (--pending[k] == 0) ready.add(k);
            }
        }
        List<Integer> order = new ArrayList<>(ready);
        if (ready.size() < n) {
            Set<Integer> done = new HashSet<>(ready);
            List<String> cycle = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!done.contains(i)) {
                    cycle.add(resources.get(i).id().toString());
                    order.add(i);
                    level[i] = Integer.MAX_VALUE;
                }
            }
            problems.add(Problem.of(ProblemCode.ARM_DEPENDENCY_CYCLE, cycle.get(0), null, 0, 0,
                    "These resources depend on each other in a cycle, which ARM refuses to deploy: " + String.join(", ", cycle),
                    "Break the cycle (for example an Execute Pipeline that calls back a pipeline that calls it)"));
        }
        order.sort(Comparator.comparingInt((Integer i) -> level[i]).thenComparingInt(i -> i));
        List<ArmResource> sorted = new ArrayList<>(n);
        for (int i : order) sorted.add(resources.get(i));
        return sorted;
    }

    /** Cuts the ordered resources into parts; a resource too large for any part is a Problem (it still gets a part). */
    static List<List<ArmResource>> split(List<ArmResource> ordered, Map<ResourceId, ResourceText> texts, int maxResources, long maxBytes,
                                         List<Problem> problems) {
        List<List<ArmResource>> parts = new ArrayList<>();
        List<ArmResource> current = new ArrayList<>();
        long bytes = envelopeBytes();
        for (ArmResource r : ordered) {
            long size = sizeInPart(r, texts.get(r.id()));
            if (size + envelopeBytes() > maxBytes) {
                problems.add(Problem.of(ProblemCode.ARM_RESOURCE_TOO_LARGE, r.id().toString(), null, 0, 0,
                        "The resource alone takes " + size + " bytes in a template; ARM accepts templates up to " + maxBytes + " bytes",
                        "Split it (for example a pipeline with fewer activities, calling others with Execute Pipeline)"));
            }
            if (!current.isEmpty() && (current.size() >= maxResources || bytes + size > maxBytes)) {
                parts.add(current);
                current = new ArrayList<>();
                bytes = envelopeBytes();
            }
            current.add(r);
            bytes += size;
        }
        if (!current.isEmpty()) parts.add(current);
        return parts;
    }

    /** The dependsOn a part writes for the resource: only resources inside {@code part}. */
    static List<String> dependsOnInPart(ArmResource r, Set<ResourceId> part) {
        List<String> deps = new ArrayList<>();
        for (ResourceId d : r.dependsOn()) if (part.contains(d)) deps.add(ArmTypes.dependsOnExpression(d));
        return deps;
    }

    /** Bytes the resource takes in a part, with the parameters it declares there (defaults written twice: template and master). */
    private static long sizeInPart(ArmResource r, ResourceText text) {
        long size = text.bytes(r.dependsOn().stream().map(ArmTypes::dependsOnExpression).toList());
        for (ArmParameter p : r.secrets()) size += 120 + p.name().length() * 2L;
        for (ArmParameter p : r.parameters()) {
            size += 120 + p.name().length() * 2L + (p.defaultValue() == null ? 0 : AdfJsonWriter.pretty(p.defaultValue()).length() * 2L);
        }
        return size;
    }

    private static long envelopeBytes() {
        return 600;
    }
}
