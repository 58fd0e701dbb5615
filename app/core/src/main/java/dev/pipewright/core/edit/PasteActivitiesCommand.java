package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pastes copied activities at the end of a list. Names that are taken get ADF's {@code _copy1} suffix (inner
 * activities of pasted containers too, since names are unique pipeline-wide); {@code dependsOn} entries among
 * the pasted activities follow the new names, and entries naming activities that were not copied are dropped.
 */
public final class PasteActivitiesCommand extends ResourceEdit {
    private final String list;
    private final ArrayNode copied;
    private final List<String> pasted = new ArrayList<>();

    public PasteActivitiesCommand(Resource pipeline, String list, ArrayNode copied) {
        super(pipeline);
        this.list = list;
        this.copied = copied.deepCopy();
    }

    @Override
    protected void apply(ObjectNode root) {
        if (copied.isEmpty()) throw new EditRefusedException("Nothing to paste");
        String container = ActivityTree.containerType(root, list);
        for (JsonNode a : copied) ActivityTree.checkNesting(container, a.path("type").asText());
        ArrayNode target = ActivityTree.list(root, list, true);
        Set<String> taken = new LinkedHashSet<>(ActivityTree.allNames(root));
        ArrayNode incoming = copied.deepCopy();
        Map<String, String> renamed = new HashMap<>();
        ActivityTree.walk(incoming, a -> {
            String name = ActivityTree.pasted(ActivityTree.nameOf(a), taken);
            taken.add(name);
            renamed.put(ActivityTree.nameOf(a), name);
        });
        fixList(incoming, renamed);
        ActivityTree.walk(incoming, a -> {
            a.put("name", renamed.get(ActivityTree.nameOf(a)));
            ActivityTree.innerLists(a).forEach(inner -> fixList(inner, renamed));
        });
        pasted.clear();
        for (JsonNode a : incoming) {
            target.add(a);
            pasted.add(ActivityTree.nameOf(a));
        }
    }

    /** Points the dependsOn entries of one list at the new names; drops those naming activities outside it. */
    private static void fixList(JsonNode list, Map<String, String> renamed) {
        Set<String> members = new LinkedHashSet<>();
        list.forEach(a -> members.add(ActivityTree.nameOf(a)));
        for (JsonNode a : list) {
            if (!(a.get("dependsOn") instanceof ArrayNode deps)) continue;
            for (int i = deps.size() - 1; i >= 0; i--) {
                String upstream = deps.get(i).path("activity").asText();
                if (members.contains(upstream)) {
                    ((ObjectNode) deps.get(i)).put("activity", renamed.get(upstream));
                } else {
                    deps.remove(i);
                }
            }
        }
    }

    /** The names the pasted activities got (top-level of the paste), once executed. */
    public List<String> pasted() {
        return List.copyOf(pasted);
    }

    @Override
    public String label() {
        return copied.size() == 1 ? "Paste activity" : "Paste " + copied.size() + " activities";
    }
}
