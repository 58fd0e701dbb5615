package dev.pipewright.core.factory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Reads an ADF git root. Every bad file becomes a {@link Problem} and the rest loads; nothing on disk is
 * touched. Files are parsed in parallel; the factory keeps a stable order (by folder, then file name).
 */
final class FactoryReader {
    private final Path root;
    private final Factory factory;

    /** A file to load: what it should hold and where. */
    private record Candidate(Path file, String path, ResourceKind kind, String parentName, String configName) {
    }

    /** What loading one file produced. */
    private record Loaded(Candidate candidate, FactoryFile file, List<Problem> problems) {
    }

    FactoryReader(Path root) {
        this.root = root;
        this.factory = new Factory(root);
    }

    Factory read() {
        if (!Files.isDirectory(root)) {
            throw new UncheckedIOException(new java.nio.file.NotDirectoryException(root.toString()));
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Path entry : list(root)) {
            String name = entry.getFileName().toString();
            if (Files.isDirectory(entry)) {
                collectFolder(entry, name, candidates);
            } else if (name.equals(Factory.PUBLISH_CONFIG) || name.equals(Factory.ARM_PARAMETERS_DEFINITION)) {
                candidates.add(new Candidate(entry, name, null, null, name));
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".json")) {
                unknown(name, "This JSON file at the root is not part of the ADF git layout and is ignored",
                        "ADF reads only its resource folders, publish_config.json and arm-template-parameters-definition.json");
            }
        }
        List<Loaded> loaded = candidates.parallelStream().map(this::load).toList();
        for (Loaded l : loaded) register(l);
        if (factory.resources().isEmpty() && factory.configFiles().isEmpty()) {
            boolean armOutput = Files.exists(root.resolve("ARMTemplateForFactory.json")) || Files.isDirectory(root.resolve("linkedTemplates"));
            factory.addProblem(Problem.of(ProblemCode.NOT_A_FACTORY_ROOT, null, null, 0, 0,
                    armOutput ? "This folder holds ARM templates from ADF's publish step (adf_publish), not a factory's git folder"
                            : "No ADF resources found under " + root,
                    "Point at the git root folder of the factory: the one that holds pipeline/, dataset/, linkedService/ and so on"));
        }
        return factory;
    }

    private void collectFolder(Path dir, String name, List<Candidate> candidates) {
        if (name.startsWith(".") || name.equals("node_modules")) return;
        var kind = ResourceKind.forFolder(name);
        if (kind.isEmpty()) {
            if (containsJson(dir)) {
                unknown(name + "/", "Folder '" + name + "' is not part of the ADF git layout; its files are ignored",
                        "Move resources into pipeline/, dataset/, dataflow/, linkedService/, integrationRuntime/, trigger/, credential/, factory/ or managedVirtualNetwork/");
            }
            return;
        }
        for (Path entry : list(dir)) {
            String fileName = entry.getFileName().toString();
            String path = name + "/" + fileName;
            if (kind.get() == ResourceKind.MANAGED_VIRTUAL_NETWORK && Files.isDirectory(entry)) {
                collectPrivateEndpoints(entry, fileName, candidates);
            } else if (Files.isDirectory(entry) && !Files.isSymbolicLink(entry)) {
                unknown(path + "/", "Sub-folder '" + path + "' is not part of the ADF git layout; it is ignored",
                        "ADF keeps one file per resource directly in '" + name + "/'");
            } else if (fileName.endsWith(".json")) {
                candidates.add(new Candidate(entry, path, kind.get(), null, null));
            } else {
                unknown(path, "File '" + path + "' is not a .json resource file and is ignored",
                        "Remove it: stray files (such as .bak copies) in ADF folders break ADF's publish and CI/CD");
            }
        }
    }

    private void collectPrivateEndpoints(Path vnetDir, String vnet, List<Candidate> candidates) {
        Path endpoints = vnetDir.resolve("managedPrivateEndpoint");
        for (Path entry : list(vnetDir)) {
            if (!entry.equals(endpoints)) {
                unknown("managedVirtualNetwork/" + vnet + "/" + entry.getFileName(),
                        "Only managedPrivateEndpoint/ belongs in a managed virtual network folder; this is ignored", "");
            }
        }
        if (!Files.isDirectory(endpoints)) return;
        for (Path entry : list(endpoints)) {
            String path = "managedVirtualNetwork/" + vnet + "/managedPrivateEndpoint/" + entry.getFileName();
            if (entry.getFileName().toString().endsWith(".json") && !Files.isDirectory(entry)) {
                candidates.add(new Candidate(entry, path, ResourceKind.MANAGED_PRIVATE_ENDPOINT, vnet, null));
            } else {
                unknown(path, "'" + path + "' is not a managed private endpoint file and is ignored", "");
            }
        }
    }

    private Loaded load(Candidate c) {
        List<Problem> problems = new ArrayList<>();
        String resourceLabel = c.kind == null ? null : c.kind.folder() + "/" + baseName(c.path);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(c.file);
        } catch (IOException | SecurityException e) {
            problems.add(Problem.of(ProblemCode.UNREADABLE_FILE, resourceLabel, c.path, 0, 0,
                    "Cannot read the file: " + describe(e),
                    "Check that the file exists and is readable (a broken link, a folder named like a file, or missing permissions)"));
            return new Loaded(c, null, problems);
        }
        ParsedJson parsed = JsonReader.read(bytes, c.path, resourceLabel);
        problems.addAll(parsed.problems());
        if (parsed.root() == null || parsed.hasErrors()) return new Loaded(c, null, problems);

        JsonNode json = parsed.root();
        if (c.configName != null) {
            if (!json.isObject()) {
                problems.add(shape(c, resourceLabel, bytes, "", "The file must hold a JSON object, not " + describe(json)));
                return new Loaded(c, null, problems);
            }
            FactoryFile.Format format = c.configName.equals(Factory.PUBLISH_CONFIG) ? FactoryFile.Format.MINIFIED : FactoryFile.Format.PRETTY;
            FactoryFile file = new FactoryFile(json, c.path, format);
            file.markSaved(file.canonicalBytes());
            file.markOnDisk(bytes);
            return new Loaded(c, file, problems);
        }
        String shapeError = shapeError(c.kind, json);
        if (shapeError != null) {
            String pointer = json.isObject() && json.has("name") && !json.get("name").isTextual() ? "/name"
                    : json.isObject() && json.has("properties") ? "/properties" : "";
            problems.add(shape(c, resourceLabel, bytes, pointer, shapeError));
            return new Loaded(c, null, problems);
        }
        Resource resource = new Resource(c.kind, c.parentName, (ObjectNode) json, c.path);
        checkName(c, resource, bytes, problems);
        resource.markSaved(resource.canonicalBytes());
        resource.markOnDisk(bytes);
        return new Loaded(c, resource, problems);
    }

    private static String shapeError(ResourceKind kind, JsonNode json) {
        if (!json.isObject()) {
            return "The file must hold one JSON object with \"name\" and \"properties\", not " + describe(json);
        }
        JsonNode name = json.get("name");
        if (name == null) return "The resource has no \"name\"";
        if (!name.isTextual() || name.textValue().isEmpty()) return "\"name\" must be a non-empty string";
        JsonNode properties = json.get("properties");
        boolean optional = kind == ResourceKind.FACTORY || kind == ResourceKind.MANAGED_VIRTUAL_NETWORK;
        if (properties == null && !optional) return "The " + kind.displayName() + " has no \"properties\" object";
        if (properties != null && !properties.isObject()) return "\"properties\" must be an object, not " + describe(properties);
        return null;
    }

    private void checkName(Candidate c, Resource resource, byte[] bytes, List<Problem> problems) {
        String fileBase = baseName(c.path);
        String name = resource.name();
        if (fileBase.equals(name)) return;
        JsonLocator.Position at = JsonLocator.locate(new String(bytes, StandardCharsets.UTF_8), "/name");
        if (fileBase.equalsIgnoreCase(name)) {
            problems.add(Problem.of(ProblemCode.NAME_CASE_MISMATCH, resource.id().toString(), c.path, at.line(), at.column(),
                    "The file is '" + fileBase + ".json' but the resource is named '" + name + "'; ADF names ignore case, so it loads as '" + name + "'",
                    "Rename the file to '" + name + ".json' so git and ADF agree on the spelling"));
        } else {
            problems.add(Problem.of(ProblemCode.NAME_FILE_MISMATCH, resource.id().toString(), c.path, at.line(), at.column(),
                    "The file is '" + fileBase + ".json' but the resource inside is named '" + name + "'",
                    "Rename the file to '" + name + ".json' or change \"name\" to '" + fileBase + "': ADF expects <name>.json"));
        }
    }

    private void register(Loaded l) {
        for (Problem p : l.problems) factory.addProblem(p);
        if (l.file == null) {
            factory.addUnreadable(l.candidate.path);
            return;
        }
        if (l.file instanceof Resource r) {
            var existing = factory.get(r.id());
            if (existing.isPresent()) {
                factory.addProblem(Problem.of(ProblemCode.DUPLICATE_RESOURCE, r.id().toString(), l.candidate.path, 1, 1,
                        "'" + l.candidate.path + "' defines " + r.kind().displayName() + " '" + r.name()
                                + "', which '" + existing.get().path() + "' already defines (ADF names ignore case)",
                        "Delete or rename one of the two files"));
                factory.addUnreadable(l.candidate.path);
                return;
            }
            factory.putLoaded(r);
        } else {
            factory.putConfig(l.candidate.configName, l.file);
        }
    }

    private Problem shape(Candidate c, String resource, byte[] bytes, String pointer, String message) {
        JsonLocator.Position at = JsonLocator.locate(new String(bytes, StandardCharsets.UTF_8), pointer);
        return Problem.of(ProblemCode.WRONG_SHAPE, resource, c.path, at.line(), at.column(), message,
                "An ADF resource file looks like {\"name\": \"<name>\", \"properties\": {...}}; the file is left as it is");
    }

    private void unknown(String path, String message, String hint) {
        factory.addProblem(Problem.of(ProblemCode.UNKNOWN_FILE, null, path, 0, 0, message, hint));
    }

    private static String baseName(String path) {
        String file = path.substring(path.lastIndexOf('/') + 1);
        return file.endsWith(".json") ? file.substring(0, file.length() - 5) : file;
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> "an object";
        };
    }

    /** Why a file could not be read, in words (never the exception's class name). */
    private static String describe(Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) return "it is not there (a link to a file that is gone, or it was deleted meanwhile)";
        if (e instanceof java.nio.file.AccessDeniedException || e instanceof SecurityException) return "permission denied";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }

    private static boolean containsJson(Path dir) {
        try (Stream<Path> walk = Files.walk(dir, 4)) {
            return walk.anyMatch(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json"));
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + dir, e);
        }
    }
}
