package dev.pipewright.runtime.environment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An environment profile as the Manage hub edits it: an ordered JSON tree (keys the editor does not know, such
 * as {@code selfHostedNetworks} or {@code keepDataIn}, are kept), checked by {@link ProfileReader} before it
 * is written. Written with two-space indentation; a profile that was not changed is never rewritten.
 */
public final class ProfileDocument {
    /** One linked service's entry; {@code localEndpoint} is JSON text, empty for none. */
    public record LinkedServiceEntry(String name, String region, String network, String localEndpoint) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path file;
    private final ObjectNode root;

    private ProfileDocument(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    public static ProfileDocument read(Path file) {
        try {
            ParsedJson parsed = JsonReader.read(Files.readAllBytes(file), file.toString(), null);
            if (parsed.root() instanceof ObjectNode o) return new ProfileDocument(file, o);
            throw new IllegalArgumentException(file + " is not a JSON object" + (parsed.problems().isEmpty() ? ""
                    : ": " + parsed.problems().get(0).message()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A new profile for the factory {@code factoryName} in {@code region}, Data Factory mode. */
    public static ProfileDocument create(Path file, String factoryName, String region) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        ObjectNode factory = root.putObject("factory");
        factory.put("name", factoryName);
        factory.put("region", region);
        factory.put("mode", "DataFactory");
        root.putObject("linkedServices");
        return new ProfileDocument(file, root);
    }

    public Path file() {
        return file;
    }

    private ObjectNode factory() {
        return root.get("factory") instanceof ObjectNode o ? o : root.putObject("factory");
    }

    private ObjectNode linkedServices() {
        return root.get("linkedServices") instanceof ObjectNode o ? o : root.putObject("linkedServices");
    }

    public String factoryName() {
        return factory().path("name").asText("");
    }

    public String factoryRegion() {
        return factory().path("region").asText("");
    }

    public String mode() {
        return factory().path("mode").asText("DataFactory");
    }

    public void setFactory(String name, String region, String mode) {
        ObjectNode f = factory();
        set(f, "name", name);
        set(f, "region", region);
        set(f, "mode", mode);
    }

    private static void set(ObjectNode o, String key, String value) {
        if (value == null || value.isBlank()) o.remove(key);
        else o.put(key, value.trim());
    }

    public List<LinkedServiceEntry> linkedServiceEntries() {
        List<LinkedServiceEntry> list = new ArrayList<>();
        linkedServices().properties().forEach(e -> {
            JsonNode v = e.getValue();
            JsonNode local = v.get("localEndpoint");
            list.add(new LinkedServiceEntry(e.getKey(), v.path("region").asText(""), v.path("network").asText("public"),
                    local == null ? "" : local.toString()));
        });
        return list;
    }

    /** Sets one linked service's region, network and local stand-in; other members of its entry are kept. */
    public void setLinkedService(LinkedServiceEntry entry) {
        ObjectNode ls = linkedServices().get(entry.name()) instanceof ObjectNode o ? o : linkedServices().putObject(entry.name());
        set(ls, "region", entry.region());
        set(ls, "network", entry.network());
        if (entry.localEndpoint() == null || entry.localEndpoint().isBlank()) {
            ls.remove("localEndpoint");
        } else {
            ParsedJson parsed = JsonReader.read(entry.localEndpoint(), null);
            if (parsed.hasErrors() || !(parsed.root() instanceof ObjectNode local)) {
                throw new IllegalArgumentException("localEndpoint of " + entry.name() + " must be a JSON object, e.g. {\"folder\": \"../data\"}");
            }
            ls.set("localEndpoint", local);
        }
    }

    public void removeLinkedService(String name) {
        linkedServices().remove(name);
    }

    /** The profile's text as it would be written. */
    public String text() {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Checks the profile as {@code resolve --env} would read it. */
    public ProfileReader.Result check() {
        return ProfileReader.parse(text(), file.toString(), RegionCatalog.standard());
    }

    /** Writes the file when its content changed. */
    public boolean save() {
        try {
            String text = text();
            if (Files.exists(file) && ProfileDocument.read(file).text().equals(text)) return false;
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
