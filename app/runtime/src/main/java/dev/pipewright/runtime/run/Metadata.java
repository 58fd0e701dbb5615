package dev.pipewright.runtime.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.runtime.connect.DataAccess;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Get Metadata, Validation and Delete of file datasets, from the folder's listing. Get Metadata gives {@code exists},
 * {@code itemName}, {@code itemType}, {@code size}, {@code childItems}; fields the listing does not give
 * (lastModified, contentMD5, structure, columnCount) fail the activity saying so, rather than be left out, and a
 * missing file or folder fails, as in ADF, unless {@code exists} is asked for. Validation looks every
 * {@code sleep} seconds (10 by default) until the file or folder is there — at least {@code minimumSize} bytes, or
 * with children ({@code childItems: true}) or without ({@code false}) — and fails past {@code timeout} (12 hours by
 * default). Delete removes the file, or the folder's matching files. A wildcard file name means the folder and its
 * matching children.
 */
final class Metadata {
    private static final Set<String> SUPPORTED = Set.of("exists", "itemName", "itemType", "size", "childItems");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final Duration VALIDATION_TIMEOUT = Duration.ofHours(12);

    private Metadata() {
    }

    /** What a listing shows of the dataset: whether it exists, the file (null for a folder), the folder's children. */
    private record Seen(boolean exists, Connector.Entry file, List<Connector.Entry> children, String folder, String fileName, String via) {
        String what() {
            return fileName == null ? "folder " + folder : "file " + fileName + " in " + folder;
        }
    }

    private static Seen look(Attempt at, DataAccess data, JsonNode ref) throws ActivityFailure {
        DataAccess.Listing l = DataActivities.call(at, (d, call) -> d.list(DataActivities.endpoint(ref, null), call), data);
        String fileName = l.fileName();
        PathMatcher glob = null;
        if (fileName != null && (fileName.contains("*") || fileName.contains("?"))) {
            glob = FileSystems.getDefault().getPathMatcher("glob:" + fileName);
            fileName = null;
        }
        List<Connector.Entry> children = new ArrayList<>();
        Connector.Entry file = null;
        if (l.entries() != null) {
            for (Connector.Entry e : l.entries()) {
                if (fileName != null && e.name().equals(fileName) && e.isLeaf()) file = e;
                if (!e.name().startsWith(".") && (glob == null || glob.matches(Path.of(e.name())))) children.add(e);
            }
        }
        boolean exists = l.entries() != null && (fileName == null || file != null);
        return new Seen(exists, file, children, l.folder(), fileName, l.via());
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
        Seen s = look(at, data, ref);
        ObjectNode out = NODES.objectNode();
        if (!s.exists()) {
            if (!asked.contains("exists")) throw at.failure(RunCodes.DATA_FAILED, "The " + s.what() + " does not exist (ask for the exists field to test for it)");
            out.put("exists", false);
            out.put("effectiveIntegrationRuntime", s.via());
            return out;
        }
        for (String f : asked) {
            switch (f) {
                case "exists" -> out.put("exists", true);
                case "itemName" -> out.put("itemName", s.file() != null ? s.file().name() : last(s.folder()));
                case "itemType" -> out.put("itemType", s.file() != null ? "File" : "Folder");
                case "size" -> {
                    if (s.file() == null) throw at.failure(RunCodes.DATA_FAILED, "size is a field of a file, and the dataset names a folder");
                    out.put("size", s.file().size());
                }
                default -> {
                    ArrayNode children = out.putArray("childItems");
                    for (Connector.Entry e : s.children()) children.addObject().put("name", e.name()).put("type", e.isLeaf() ? "File" : "Folder");
                }
            }
        }
        out.put("effectiveIntegrationRuntime", s.via());
        return out;
    }

    static JsonNode validation(Attempt at) throws ActivityFailure {
        DataAccess data = DataActivities.prepare(at);
        JsonNode ref = at.property("dataset");
        JsonNode t = at.property("timeout");
        Duration timeout = t == null || t.isNull() ? VALIDATION_TIMEOUT : Policy.timespan(t.asText(), "the timeout of Validation " + at.activity.name());
        JsonNode sleep = at.property("sleep");
        Duration every = Duration.ofSeconds(sleep == null || !sleep.canConvertToInt() ? 10 : Math.max(1, sleep.asInt()));
        JsonNode minimumSize = at.property("minimumSize");
        JsonNode childItems = at.property("childItems");
        at.input = at.properties();
        Instant deadline = at.run.clock().now().plus(timeout);
        for (int looks = 1; ; looks++) {
            Seen s = look(at, data, ref);
            if (ready(s, minimumSize, childItems)) {
                ObjectNode out = NODES.objectNode().put("exists", true);
                if (s.file() != null) out.put("size", s.file().size()); else out.put("childItemsCount", s.children().size());
                out.put("effectiveIntegrationRuntime", s.via());
                return out;
            }
            if (!at.run.clock().now().plus(every).isBefore(deadline)) {
                throw at.failure(RunCodes.TIMED_OUT, "Validation " + at.activity.name() + " timed out after " + Policy.format(timeout) + ": the " + s.what()
                        + (s.exists() ? " is there but not as required" + requirement(minimumSize, childItems) : " did not appear") + " (looked " + looks + " times)");
            }
            if (!at.run.clock().sleep(every, at.run.control())) throw at.cancelled();
        }
    }

    /** Delete: the dataset's file, or the matching files of its folder (not its subfolders); output {@code filesDeleted}. */
    static JsonNode delete(Attempt at) throws ActivityFailure {
        DataAccess data = DataActivities.prepare(at);
        JsonNode ref = at.property("dataset");
        at.input = at.properties();
        Seen s = look(at, data, ref);
        if (!s.exists()) throw at.failure(RunCodes.DATA_FAILED, "The " + s.what() + " does not exist");
        List<Connector.Entry> files = s.file() != null ? List.of(s.file()) : s.children().stream().filter(Connector.Entry::isLeaf).toList();
        DataActivities.call(at, (d, call) -> {
            d.delete(DataActivities.endpoint(ref, null), files, call);
            return null;
        }, data);
        return NODES.objectNode().put("filesDeleted", files.size()).put("effectiveIntegrationRuntime", s.via());
    }

    private static boolean ready(Seen s, JsonNode minimumSize, JsonNode childItems) {
        if (!s.exists()) return false;
        if (s.file() != null) return minimumSize == null || s.file().size() >= minimumSize.asLong(0);
        if (childItems == null || childItems.isNull()) return true;
        return childItems.asBoolean() == !s.children().isEmpty();
    }

    private static String requirement(JsonNode minimumSize, JsonNode childItems) {
        if (minimumSize != null) return " (at least " + minimumSize.asLong() + " bytes)";
        if (childItems != null) return childItems.asBoolean() ? " (with files in it)" : " (empty)";
        return "";
    }

    private static String last(String folder) {
        int slash = folder.lastIndexOf('/');
        return slash < 0 ? folder : folder.substring(slash + 1);
    }
}
