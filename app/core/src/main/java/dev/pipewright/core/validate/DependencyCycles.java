package dev.pipewright.core.validate;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Finds the cycles of a dependency graph (Tarjan's strongly connected components). */
final class DependencyCycles {
    private final Map<String, List<String>> edges;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final List<List<String>> cycles = new ArrayList<>();
    private int counter;

    private DependencyCycles(Map<String, List<String>> edges) {
        this.edges = edges;
    }

    /**
     * @param edges activity → the activities it depends on
     * @return each cycle as its members in dependency order; a self-dependency is a cycle of one
     */
    static List<List<String>> find(Map<String, List<String>> edges) {
        DependencyCycles d = new DependencyCycles(edges);
        for (String node : edges.keySet()) {
            if (!d.index.containsKey(node)) d.connect(node);
        }
        return d.cycles;
    }

    private void connect(String node) {
        index.put(node, counter);
        low.put(node, counter);
        counter++;
        stack.push(node);
        for (String next : edges.getOrDefault(node, List.of())) {
            if (!index.containsKey(next)) {
                connect(next);
                low.put(node, Math.min(low.get(node), low.get(next)));
            } else if (stack.contains(next)) {
                low.put(node, Math.min(low.get(node), index.get(next)));
            }
        }
        if (low.get(node).equals(index.get(node))) {
            List<String> component = new ArrayList<>();
            String member;
            do {
                member = stack.pop();
                component.add(member);
            } while (!member.equals(node));
            boolean selfLoop = edges.getOrDefault(node, List.of()).contains(node);
            if (component.size() > 1 || selfLoop) {
                Collections.reverse(component);
                cycles.add(component);
            }
        }
    }
}
