package dev.pipewright.core.diff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs deleted and added resources of the same kind into renames: first those whose content apart from the name is
 * the same, then those that are nearly so — at least {@link #SIMILAR} of their leaf values (path and value) shared,
 * best pairs first, as git pairs renamed files by similarity. What is left stays deleted or added.
 */
final class Renames {
    static final double SIMILAR = 0.75;
    /** Beyond this many candidate pairs only exact renames are looked for (the comparison is quadratic). */
    private static final long MAX_PAIRS = 250_000;

    private Renames() {
    }

    private record Candidate(FactoryDiff.Version deleted, FactoryDiff.Version added, double similarity) {
    }

    static List<ResourceChange> pair(List<FactoryDiff.Version> deleted, List<FactoryDiff.Version> added) {
        List<ResourceChange> changes = new ArrayList<>();
        Set<FactoryDiff.Version> pairedDeleted = Collections.newSetFromMap(new IdentityHashMap<>());
        Set<FactoryDiff.Version> pairedAdded = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<String, List<FactoryDiff.Version>> addedByContent = new HashMap<>();
        for (FactoryDiff.Version a : added) {
            if (a.tree() != null) addedByContent.computeIfAbsent(a.kind() + withoutName(a.tree()), k -> new ArrayList<>()).add(a);
        }
        for (FactoryDiff.Version d : deleted) {
            if (d.tree() == null) continue;
            List<FactoryDiff.Version> same = addedByContent.get(d.kind() + withoutName(d.tree()));
            if (same == null || same.isEmpty()) continue;
            FactoryDiff.Version a = same.remove(0);
            pairedDeleted.add(d);
            pairedAdded.add(a);
            changes.add(renamed(d, a));
        }
        List<FactoryDiff.Version> leftDeleted = deleted.stream().filter(d -> !pairedDeleted.contains(d) && d.tree() != null).toList();
        List<FactoryDiff.Version> leftAdded = added.stream().filter(a -> !pairedAdded.contains(a) && a.tree() != null).toList();
        if ((long) leftDeleted.size() * leftAdded.size() <= MAX_PAIRS) {
            for (Candidate c : similar(leftDeleted, leftAdded)) {
                if (pairedDeleted.contains(c.deleted) || pairedAdded.contains(c.added)) continue;
                pairedDeleted.add(c.deleted);
                pairedAdded.add(c.added);
                changes.add(renamed(c.deleted, c.added));
            }
        }
        for (FactoryDiff.Version d : deleted) {
            if (!pairedDeleted.contains(d)) changes.add(new ResourceChange(d.kind(), d.name(), ChangeKind.DELETED, null, List.of()));
        }
        for (FactoryDiff.Version a : added) {
            if (!pairedAdded.contains(a)) changes.add(new ResourceChange(a.kind(), a.name(), ChangeKind.ADDED, null, List.of()));
        }
        return changes;
    }

    private static List<Candidate> similar(List<FactoryDiff.Version> deleted, List<FactoryDiff.Version> added) {
        Map<FactoryDiff.Version, Set<String>> leaves = new IdentityHashMap<>();
        for (FactoryDiff.Version v : deleted) leaves.put(v, leaves(v.tree()));
        for (FactoryDiff.Version v : added) leaves.put(v, leaves(v.tree()));
        List<Candidate> candidates = new ArrayList<>();
        for (FactoryDiff.Version d : deleted) {
            for (FactoryDiff.Version a : added) {
                if (d.kind() != a.kind()) continue;
                double similarity = jaccard(leaves.get(d), leaves.get(a));
                if (similarity >= SIMILAR) candidates.add(new Candidate(d, a, similarity));
            }
        }
        candidates.sort((x, y) -> Double.compare(y.similarity, x.similarity));
        return candidates;
    }

    private static ResourceChange renamed(FactoryDiff.Version deleted, FactoryDiff.Version added) {
        List<String> details = ResourceDiff.details(withoutNameTree(deleted.tree()), withoutNameTree(added.tree()));
        return new ResourceChange(added.kind(), added.name(), ChangeKind.RENAMED, deleted.name(), details);
    }

    private static JsonNode withoutNameTree(JsonNode tree) {
        if (!(tree instanceof ObjectNode object) || !object.has("name")) return tree;
        ObjectNode copy = object.deepCopy();
        copy.remove("name");
        return copy;
    }

    private static String withoutName(JsonNode tree) {
        return AdfJsonWriter.minified(withoutNameTree(tree));
    }

    /** Every leaf as {@code pointer=value}, the top-level name left out. */
    private static Set<String> leaves(JsonNode tree) {
        Set<String> leaves = new HashSet<>();
        collect(withoutNameTree(tree), "", leaves);
        return leaves;
    }

    private static void collect(JsonNode node, String pointer, Set<String> leaves) {
        if (node.isObject()) {
            if (node.isEmpty()) leaves.add(pointer + "={}");
            node.properties().forEach(e -> collect(e.getValue(), pointer + "/" + e.getKey(), leaves));
        } else if (node.isArray()) {
            if (node.isEmpty()) leaves.add(pointer + "=[]");
            for (int i = 0; i < node.size(); i++) collect(node.get(i), pointer + "/" + i, leaves);
        } else {
            leaves.add(pointer + "=" + AdfJsonWriter.minified(node));
        }
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 1;
        int shared = 0;
        for (String s : a) if (b.contains(s)) shared++;
        return (double) shared / (a.size() + b.size() - shared);
    }
}
