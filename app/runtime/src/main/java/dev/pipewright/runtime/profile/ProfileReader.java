package dev.pipewright.runtime.profile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.core.text.Suggestions;
import dev.pipewright.runtime.profile.EnvironmentProfile.Approval;
import dev.pipewright.runtime.profile.EnvironmentProfile.LinkedServiceSettings;
import dev.pipewright.runtime.profile.EnvironmentProfile.Mode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and checks an environment profile. Every mistake becomes a {@link Problem} with the profile file,
 * line, column and a hint; unknown keys are warnings (a typo must not silently mean nothing), wrong values
 * are errors, and a profile with errors is not used.
 */
public final class ProfileReader {
    /** The profile, or null when the file has errors; and everything found on the way. */
    public record Result(EnvironmentProfile profile, List<Problem> problems) {
        public boolean ok() {
            return profile != null;
        }
    }

    private static final List<String> TOP_KEYS = List.of("factory", "linkedServices", "selfHostedNetworks", "keepDataIn",
            "managedPrivateEndpoints", "description", "$schema");
    private static final List<String> FACTORY_KEYS = List.of("name", "region", "mode", "managedVirtualNetwork");
    private static final List<String> LINKED_SERVICE_KEYS = List.of("region", "network", "privateEndpoint", "localEndpoint", "description");
    private static final String REGION_HINT = "Use a region display name such as \"West Europe\" or its name such as \"westeurope\"";

    private final EnvironmentProfile.Source source;
    private final RegionNames regions;
    private final List<Problem> problems = new ArrayList<>();

    private ProfileReader(EnvironmentProfile.Source source, RegionNames regions) {
        this.source = source;
        this.regions = regions;
    }

    /** Reads the profile file; a file that cannot be read is a problem too (PW110). */
    public static Result read(Path file, RegionNames regions) {
        try {
            return parse(Files.readAllBytes(file), file.toString(), regions);
        } catch (NoSuchFileException e) {
            return unreadable(file, "No such file", "Give the path of the environment profile JSON file, or leave out --env to use the default profile");
        } catch (IOException e) {
            return unreadable(file, "Cannot read the file: " + e.getMessage(), "Check the path and the file's permissions");
        }
    }

    /** Reads a profile held in memory; {@code file} is how problems name it. */
    public static Result parse(String text, String file, RegionNames regions) {
        return parse(text.getBytes(StandardCharsets.UTF_8), file, regions);
    }

    private static Result parse(byte[] bytes, String file, RegionNames regions) {
        ParsedJson parsed = JsonReader.read(bytes, file, null);
        List<Problem> found = new ArrayList<>();
        parsed.problems().forEach(p -> found.add(withProfileHint(p)));
        if (parsed.root() == null || parsed.hasErrors()) return new Result(null, found);
        ProfileReader reader = new ProfileReader(new EnvironmentProfile.Source(file, new String(bytes, StandardCharsets.UTF_8)), regions);
        EnvironmentProfile profile = reader.profile(parsed.root());
        reader.problems.sort(Problem.BY_LOCATION);
        found.addAll(reader.problems);
        boolean errors = found.stream().anyMatch(Problem::isError);
        return new Result(errors ? null : profile, found);
    }

    /** The JSON reader's hints speak of factory files; a profile is never saved by Pipewright. */
    private static Problem withProfileHint(Problem p) {
        String hint = switch (p.code()) {
            case "PW101" -> "Fix the JSON at this position; nothing is resolved with a profile that cannot be read";
            case "PW102" -> "Harmless here; remove the byte order mark if other tools read the profile";
            case "PW103" -> "Re-save the profile as UTF-8";
            case "PW104" -> "Comments are read leniently here; remove them if other tools read the profile";
            default -> p.hint();
        };
        return new Problem(p.severity(), p.code(), p.resource(), p.file(), p.line(), p.column(), p.message(), hint);
    }

    private static Result unreadable(Path file, String message, String hint) {
        return new Result(null, List.of(Problem.of(ProblemCode.UNREADABLE_FILE, null, file.toString(), 0, 0,
                "Environment profile " + file + ": " + message, hint)));
    }

    private EnvironmentProfile profile(JsonNode root) {
        if (!root.isObject()) {
            error("", "An environment profile is a JSON object, not " + kindOf(root),
                    "Start from {\"factory\": {\"region\": \"East US\", \"mode\": \"DataFactory\"}, \"linkedServices\": {}}");
            return null;
        }
        checkKeys(root, "", TOP_KEYS);
        ObjectNode factory = object(root, "", "factory");
        Optional<String> name = text(factory, "/factory", "name");
        Optional<String> region = text(factory, "/factory", "region").flatMap(r -> region(r, "/factory/region"));
        Mode mode = text(factory, "/factory", "mode").flatMap(m -> mode(m)).orElse(Mode.DATA_FACTORY);
        Optional<Boolean> vnet = bool(factory, "/factory", "managedVirtualNetwork");
        if (factory != null) checkKeys(factory, "/factory", FACTORY_KEYS);
        return new EnvironmentProfile(source, name, region, region.isPresent() ? "the profile" : null, mode, vnet,
                linkedServices(root), selfHostedNetworks(root), keepDataIn(root), endpointApprovals(root));
    }

    private Optional<Mode> mode(String text) {
        Optional<Mode> mode = Mode.parse(text);
        if (mode.isEmpty()) {
            error("/factory/mode", "Unknown mode \"" + text + "\"", "mode is \"DataFactory\" or \"Synapse\"");
        }
        return mode;
    }

    private Map<String, LinkedServiceSettings> linkedServices(JsonNode root) {
        Map<String, LinkedServiceSettings> map = new LinkedHashMap<>();
        ObjectNode all = object(root, "", "linkedServices");
        if (all == null) return map;
        all.properties().forEach(e -> {
            String pointer = JsonLocator.child("/linkedServices", e.getKey());
            if (!(e.getValue() instanceof ObjectNode ls)) {
                error(pointer, "linkedServices." + e.getKey() + " must be an object, not " + kindOf(e.getValue()),
                        "Write {\"region\": \"West US\", \"network\": \"public\"}");
                return;
            }
            checkKeys(ls, pointer, LINKED_SERVICE_KEYS);
            Optional<String> region = text(ls, pointer, "region").flatMap(r -> region(r, pointer + "/region"));
            Network network = text(ls, pointer, "network").flatMap(n -> network(n, pointer + "/network")).orElse(Network.PUBLIC);
            Optional<String> endpoint = text(ls, pointer, "privateEndpoint");
            map.put(e.getKey(), new LinkedServiceSettings(e.getKey(), region, network, endpoint, ls.get("localEndpoint")));
        });
        return map;
    }

    private Optional<Network> network(String text, String pointer) {
        Optional<Network> network = Network.parse(text);
        if (network.isEmpty()) {
            error(pointer, "Unknown network \"" + text + "\"",
                    "network is \"public\" or \"private:<name>\", where <name> is listed under selfHostedNetworks, e.g. \"private:corp\"");
        }
        return network;
    }

    private Map<String, Set<String>> selfHostedNetworks(JsonNode root) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        ObjectNode all = object(root, "", "selfHostedNetworks");
        if (all == null) return map;
        all.properties().forEach(e -> {
            String pointer = JsonLocator.child("/selfHostedNetworks", e.getKey());
            Optional<List<String>> names = strings(e.getValue(), pointer, "selfHostedNetworks." + e.getKey(),
                    "List the private networks its nodes can reach, e.g. [\"corp\"]");
            names.ifPresent(n -> map.put(e.getKey(), new LinkedHashSet<>(n)));
        });
        return map;
    }

    private List<String> keepDataIn(JsonNode root) {
        JsonNode value = root.get("keepDataIn");
        if (value == null || value.isNull()) return List.of();
        String hint = "keepDataIn is a geography or a list of them, e.g. \"Europe\" or [\"Germany\", \"Europe\"]; geographies: "
                + String.join(", ", new java.util.TreeSet<>(regions.geographies()));
        List<String> given = value.isTextual() ? List.of(value.textValue()) : strings(value, "/keepDataIn", "keepDataIn", hint).orElse(List.of());
        List<String> geographies = new ArrayList<>();
        for (String g : given) {
            Optional<String> known = regions.geography(g);
            if (known.isPresent()) {
                geographies.add(known.get());
            } else {
                error("/keepDataIn", "Unknown geography \"" + g + "\"" + Suggestions.didYouMean(g, regions.geographies()), hint);
            }
        }
        return geographies;
    }

    private Map<String, Approval> endpointApprovals(JsonNode root) {
        Map<String, Approval> map = new LinkedHashMap<>();
        ObjectNode all = object(root, "", "managedPrivateEndpoints");
        if (all == null) return map;
        all.properties().forEach(e -> {
            String pointer = JsonLocator.child("/managedPrivateEndpoints", e.getKey());
            Optional<Approval> approval = e.getValue().isTextual() ? Approval.parse(e.getValue().textValue()) : Optional.empty();
            if (approval.isPresent()) {
                map.put(e.getKey(), approval.get());
            } else {
                error(pointer, "managedPrivateEndpoints." + e.getKey() + " must be the endpoint's approval state, not " + kindOf(e.getValue()),
                        "Write \"Approved\", \"Pending\" or \"Rejected\"");
            }
        });
        return map;
    }

    private Optional<String> region(String text, String pointer) {
        Optional<String> region = regions.displayName(text);
        if (region.isEmpty()) {
            error(pointer, "Unknown region \"" + text + "\"" + Suggestions.didYouMean(text, regions.displayNames()), REGION_HINT);
        }
        return region;
    }

    // --- typed reads: absent or null means "not given"; a wrong type is an error

    private ObjectNode object(JsonNode owner, String ownerPointer, String field) {
        JsonNode v = owner.get(field);
        if (v == null || v.isNull()) return null;
        if (v instanceof ObjectNode o) return o;
        error(JsonLocator.child(ownerPointer, field), field + " must be an object, not " + kindOf(v), "Wrap it in { }");
        return null;
    }

    private Optional<String> text(ObjectNode owner, String ownerPointer, String field) {
        JsonNode v = owner == null ? null : owner.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isTextual() && !v.textValue().isBlank()) return Optional.of(v.textValue().trim());
        error(JsonLocator.child(ownerPointer, field), field + " must be a non-empty string, not " + kindOf(v), "Put the value in double quotes");
        return Optional.empty();
    }

    private Optional<Boolean> bool(ObjectNode owner, String ownerPointer, String field) {
        JsonNode v = owner == null ? null : owner.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        if (v.isBoolean()) return Optional.of(v.booleanValue());
        error(JsonLocator.child(ownerPointer, field), field + " must be true or false, not " + kindOf(v), "Write true or false without quotes");
        return Optional.empty();
    }

    private Optional<List<String>> strings(JsonNode value, String pointer, String what, String hint) {
        List<String> list = new ArrayList<>();
        if (value.isArray()) {
            for (JsonNode n : value) {
                if (!n.isTextual() || n.textValue().isBlank()) {
                    error(pointer, what + " must list non-empty strings, not " + kindOf(n), hint);
                    return Optional.empty();
                }
                list.add(n.textValue().trim());
            }
            return Optional.of(list);
        }
        error(pointer, what + " must be a list of strings, not " + kindOf(value), hint);
        return Optional.empty();
    }

    private void checkKeys(JsonNode node, String pointer, List<String> known) {
        node.fieldNames().forEachRemaining(key -> {
            if (known.contains(key)) return;
            String where = pointer.isEmpty() ? "at the top level" : "in " + pointer.substring(1).replace('/', '.');
            String hint = Suggestions.closest(key, known).map(k -> "Did you mean \"" + k + "\"?")
                    .orElse("Known keys here: " + String.join(", ", known));
            problems.add(source.problem(ProblemCode.PROFILE_UNKNOWN_KEY, JsonLocator.child(pointer, key),
                    "Unknown key \"" + key + "\" " + where + " is ignored", hint));
        });
    }

    private void error(String pointer, String message, String hint) {
        problems.add(source.problem(ProblemCode.PROFILE_INVALID, pointer, message, hint));
    }

    private static String kindOf(JsonNode n) {
        if (n.isObject()) return "an object";
        if (n.isArray()) return "a list";
        if (n.isTextual()) return n.textValue().isBlank() ? "an empty string" : "the string \"" + n.textValue() + "\"";
        if (n.isNumber()) return "the number " + n;
        if (n.isBoolean()) return n.toString();
        return "null";
    }
}
