package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.runtime.connect.DataAccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Get Metadata of a file dataset, from its folder's listing: {@code exists}, {@code itemName}, {@code itemType},
 * {@code size}, {@code childItems}. Fields the listing does not give (lastModified, contentMD5, structure,
 * columnCount) fail the activity saying so, rather than be left out. A missing file or folder fails, as in ADF,
 * unless {@code exists} is asked for.
 */
final class Metadata {
    private static final Set<String> SUPPORTED = Set.of("exists", "itemName", "itemType", "size", "childItems");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Metadata() {
    }

    static JsonNode getMetadata(Attempt at) throws ActivityFailure {
        DataAccess data = DataActivities.prepare(at);
        JsonNode ref = at.property("dataset");
        JsonNode fields = at.property("fieldList");
        at.input = at.properties();
        List<String> asked = new ArrayList<>();
        if (fields != null) fields.forEach(f -> asked.add(f.asText()));
        for (String f : asked) {
            if (!SUPPORTED.contains(f)) {
                throw at.failure(RunCodes.NOT_RUNNABLE, "Get Metadata field " + f + " is not read locally yet (it reads " + String.join(", ", SUPPORTED) + ")");
            }
        }
        DataAccess.Listing l = DataActivities.call(at, (d, call) -> d.list(DataActivities.endpoint(ref, null), call), data);
        Connector.Entry file = null;
        String fileName = l.fileName();
        java.nio.file.PathMatcher glob = null;
        if (fileName != null && (fileName.contains("*") || fileName.contains("?"))) { // a wildcard: the folder, its matching children
            glob = java.nio.file.FileSystems.getDefault().getPathMatcher("glob:" + fileName);
            l = new DataAccess.Listing(l.folder(), null, l.entries(), l.via());
        }
        if (l.fileName() != null && l.entries() != null) {
            for (Connector.Entry e : l.entries()) if (e.name().equals(l.fileName()) && e.isLeaf()) file = e;
        }
        boolean exists = l.entries() != null && (l.fileName() == null || file != null);
        ObjectNode out = NODES.objectNode();
        if (!exists) {
            if (!asked.contains("exists")) {
                throw at.failure(RunCodes.DATA_FAILED, "The " + (l.fileName() == null ? "folder " + l.folder() : "file " + l.fileName() + " in " + l.folder())
                        + " does not exist (ask for the exists field to test for it)");
            }
            out.put("exists", false);
            out.put("effectiveIntegrationRuntime", l.via());
            return out;
        }
        for (String f : asked) {
            switch (f) {
                case "exists" -> out.put("exists", true);
                case "itemName" -> out.put("itemName", file != null ? file.name() : last(l.folder()));
                case "itemType" -> out.put("itemType", file != null ? "File" : "Folder");
                case "size" -> {
                    if (file == null) throw at.failure(RunCodes.DATA_FAILED, "size is a field of a file, and the dataset names a folder");
                    out.put("size", file.size());
                }
                default -> {
                    ArrayNode children = out.putArray("childItems");
                    for (Connector.Entry e : l.entries()) {
                        if (e.name().startsWith(".") || (glob != null && !glob.matches(java.nio.file.Path.of(e.name())))) continue;
                        children.addObject().put("name", e.name()).put("type", e.isLeaf() ? "File" : "Folder");
                    }
                }
            }
        }
        out.put("effectiveIntegrationRuntime", l.via());
        return out;
    }

    private static String last(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? folder : folder.substring(slash + 1);
    }
}
