package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a publish changes against the previous one (its {@code ARMTemplateForFactory.json}): resources added, changed
 * and deleted, and the triggers to stop before the deployment and start after it — those whose definition changed,
 * the new ones and the deleted ones (the npm utility's preview). Resources compare by type and name, their
 * properties JSON-equal (key order ignored).
 */
public record PublishChanges(List<String> added, List<String> changed, List<String> deleted, List<String> triggersToRestart) {
    private static final String TRIGGERS = "triggers/";

    /** Everything counts as added when there is no previous template. */
    public static PublishChanges between(JsonNode previous, JsonNode current) {
        Map<String, JsonNode> before = previous == null ? Map.of() : byKey(previous);
        Map<String, JsonNode> after = byKey(current);
        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> deleted = new ArrayList<>();
        List<String> triggers = new ArrayList<>();
        after.forEach((key, r) -> {
            JsonNode old = before.get(key);
            if (old == null) added.add(key);
            else if (!old.path("properties").equals(r.path("properties"))) changed.add(key);
            else return;
            if (key.startsWith(TRIGGERS)) triggers.add(key.substring(TRIGGERS.length()));
        });
        before.keySet().stream().filter(k -> !after.containsKey(k)).forEach(k -> {
            deleted.add(k);
            if (k.startsWith(TRIGGERS)) triggers.add(k.substring(TRIGGERS.length()));
        });
        return new PublishChanges(added, changed, deleted, triggers);
    }

    /** Reads the previous publish's template from its folder; a folder without one is an I/O error that says so. */
    public static JsonNode previousTemplate(Path folder) throws IOException {
        Path file = folder.resolve("ARMTemplateForFactory.json");
        if (!Files.isRegularFile(file)) file = folder.resolve(WorkspaceTemplates.TEMPLATE);
        if (!Files.isRegularFile(file)) {
            throw new IOException("no ARMTemplateForFactory.json (or " + WorkspaceTemplates.TEMPLATE + ") in " + folder + " (give the folder of a previous export)");
        }
        return new ObjectMapper().readTree(file.toFile());
    }

    private static Map<String, JsonNode> byKey(JsonNode template) {
        Map<String, JsonNode> map = new LinkedHashMap<>();
        for (JsonNode r : template.path("resources")) map.put(ArmTemplateCheck.key(r), r);
        return map;
    }
}
