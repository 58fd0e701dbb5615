package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.ir.FieldProblem;
import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.core.ir.OrderedJson;
import dev.pipewright.core.problem.ProblemCode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

import static dev.pipewright.core.ir.OrderedJson.NODES;

/**
 * The form of one linked-service type, as ADF's "New linked service" blade shows it, and the two ways between its
 * values and the linked service's JSON. {@link #read} turns a file's {@code typeProperties} into field values;
 * {@link #write} puts values back: a field whose value did not change leaves its JSON exactly as it was, a changed
 * one is written where ADF puts it ({@link #order()}), and properties of fields that no longer apply (another
 * authentication method) are removed. Members the form does not know are kept. Typed secrets never reach the JSON:
 * the file gets ADF's masked SecureString and the value is handed back for the secret store.
 */
public final class LinkedServiceForm {
    private final String type;
    private final String title;
    private final List<LsField> fields;
    private final List<String> order;
    private final Function<ObjectNode, Map<String, String>> infer;
    private final Map<String, String> properties;

    /**
     * @param order      ADF's order of the {@code typeProperties} members
     * @param infer      the form's own choices (authentication method, version) read from {@code typeProperties}
     * @param properties members of {@code properties} the type always has, e.g. {@code "version": "2.0"}
     */
    LinkedServiceForm(String type, String title, List<LsField> fields, List<String> order,
                      Function<ObjectNode, Map<String, String>> infer, Map<String, String> properties) {
        this.type = type;
        this.title = title;
        this.fields = List.copyOf(fields);
        this.order = List.copyOf(order);
        this.infer = infer;
        this.properties = Map.copyOf(properties);
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<LsField> fields() {
        return fields;
    }

    public List<String> order() {
        return order;
    }

    /** The values of a new linked service: every field's default. */
    public Map<String, String> defaults() {
        Map<String, String> v = new LinkedHashMap<>();
        for (LsField f : fields) {
            v.put(f.id(), f.defaultValue());
            if (f.kind() == LsField.Kind.SECRET) v.put(LsField.source(f.id()), LsField.SECURE_STRING);
        }
        return v;
    }

    /** The field values of a linked service's JSON (a missing member reads as empty). */
    public Map<String, String> read(ObjectNode resourceJson) {
        ObjectNode tp = typeProperties(resourceJson);
        Map<String, String> v = new LinkedHashMap<>();
        Map<String, String> inferred = infer == null ? Map.of() : infer.apply(tp);
        for (LsField f : fields) {
            if (f.property() == null) {
                v.put(f.id(), inferred.getOrDefault(f.id(), f.defaultValue()));
                continue;
            }
            JsonNode n = tp.get(f.property());
            switch (f.kind()) {
                case SECRET -> {
                    boolean vault = n != null && LsField.KEY_VAULT.equals(n.path("type").asText());
                    v.put(f.id(), "");
                    v.put(LsField.source(f.id()), vault ? LsField.KEY_VAULT : LsField.SECURE_STRING);
                    v.put(LsField.store(f.id()), vault ? n.path("store").path("referenceName").asText("") : "");
                    v.put(LsField.secretName(f.id()), vault ? secretNameText(n.get("secretName")) : "");
                }
                case PART -> v.put(f.id(), n != null && n.isTextual() ? ConnectionString.get(n.textValue(), f.partKey()) : "");
                case REFERENCE -> v.put(f.id(), n == null ? "" : n.path("referenceName").asText(""));
                case HEADERS -> v.put(f.id(), headersText(n));
                default -> v.put(f.id(), n == null || n.isNull() ? "" : n.isTextual() ? n.textValue() : n.toString());
            }
        }
        return v;
    }

    private static String secretNameText(JsonNode n) {
        return n == null ? "" : n.isTextual() ? n.textValue() : n.toString();
    }

    /**
     * Writes {@code values} into {@code resourceJson} (edited in place). Returns the typed secrets by their secret
     * store property ({@code typeProperties.password}); the JSON holds only their masks.
     */
    public Map<String, String> write(ObjectNode resourceJson, Map<String, String> values, Map<String, String> typed) {
        Map<String, String> was = read(resourceJson);
        ObjectNode props = OrderedJson.child(resourceJson, LinkedServiceCommon.ROOT, "properties");
        OrderedJson.putText(props, LinkedServiceCommon.PROPERTIES, "type", type);
        properties.forEach((k, val) -> OrderedJson.putText(props, LinkedServiceCommon.PROPERTIES, k, val));
        ObjectNode tp = OrderedJson.child(props, LinkedServiceCommon.PROPERTIES, "typeProperties");
        Map<String, String> secrets = new LinkedHashMap<>();
        Set<String> owned = new LinkedHashSet<>();
        Set<String> fromTemplate = new LinkedHashSet<>();
        boolean anyChange = typed.values().stream().anyMatch(t -> !t.isEmpty())
                || fields.stream().anyMatch(f -> f.kind() != LsField.Kind.CONSTANT && !unchanged(f, values, was));
        for (LsField f : fields) {
            if (f.property() == null || !f.applies(values)) continue;
            owned.add(f.property());
            String secret = f.kind() == LsField.Kind.SECRET ? typed.getOrDefault(f.id(), "") : "";
            if (!secret.isEmpty()) secrets.put(f.path(), secret);
            // a constant the form implies is added with the form's other changes, never on its own
            boolean skip = f.kind() == LsField.Kind.CONSTANT ? !anyChange || tp.has(f.property()) : secret.isEmpty() && unchanged(f, values, was);
            if (f.kind() == LsField.Kind.PART && !skip && !tp.path(f.property()).isTextual()) fromTemplate.add(f.property());
            if (!skip) writeField(tp, f, values, !secret.isEmpty());
        }
        for (String p : fromTemplate) OrderedJson.putText(tp, order, p, ConnectionString.withoutEmptyParts(tp.path(p).asText("")));
        for (LsField f : fields) {
            if (anyChange && f.property() != null && !owned.contains(f.property()) && !f.applies(values)) tp.remove(f.property());
        }
        return secrets;
    }

    private static boolean unchanged(LsField f, Map<String, String> now, Map<String, String> was) {
        if (!Objects.equals(now.getOrDefault(f.id(), ""), was.getOrDefault(f.id(), ""))) return false;
        if (f.kind() != LsField.Kind.SECRET) return true;
        for (String k : List.of(LsField.source(f.id()), LsField.store(f.id()), LsField.secretName(f.id()))) {
            if (!Objects.equals(now.getOrDefault(k, ""), was.getOrDefault(k, ""))) return false;
        }
        return true;
    }

    private void writeField(ObjectNode tp, LsField f, Map<String, String> values, boolean typed) {
        String v = values.getOrDefault(f.id(), "");
        String p = f.property();
        switch (f.kind()) {
            case TEXT -> OrderedJson.putText(tp, order, p, v);
            case INT -> put(tp, p, v.isBlank() ? null : number(v));
            case BOOL -> put(tp, p, v.isBlank() ? null : NODES.booleanNode(Boolean.parseBoolean(v)));
            case CHOICE -> put(tp, p, v.isBlank() ? null : f.isNumeric() ? number(v) : NODES.textNode(v));
            case CONSTANT -> OrderedJson.putText(tp, order, p, f.defaultValue());
            case REFERENCE -> put(tp, p, v.isBlank() ? null : reference(v, f.refType()));
            case PART -> {
                JsonNode cs = tp.get(p);
                String base = cs != null && cs.isTextual() ? cs.textValue() : f.template();
                OrderedJson.putText(tp, order, p, ConnectionString.set(base, f.partKey(), v));
            }
            case HEADERS -> put(tp, p, headers(v));
            case SECRET -> put(tp, p, secret(tp.get(p), f, values, typed));
        }
    }

    private void put(ObjectNode tp, String key, JsonNode value) {
        OrderedJson.put(tp, order, key, value);
    }

    private static JsonNode secret(JsonNode existing, LsField f, Map<String, String> values, boolean typed) {
        if (LsField.KEY_VAULT.equals(values.get(LsField.source(f.id())))) {
            ObjectNode k = NODES.objectNode();
            k.put("type", LsField.KEY_VAULT);
            k.set("store", reference(values.getOrDefault(LsField.store(f.id()), ""), "LinkedServiceReference"));
            k.put("secretName", values.getOrDefault(LsField.secretName(f.id()), ""));
            return k;
        }
        if (typed) return OrderedJson.maskedSecret();
        // nothing typed: a SecureString already there stays (its value is in the store, or ADF's encryptedCredential)
        return existing != null && LsField.SECURE_STRING.equals(existing.path("type").asText()) ? existing : null;
    }

    private static ObjectNode reference(String name, String type) {
        ObjectNode r = NODES.objectNode();
        r.put("referenceName", name);
        r.put("type", type);
        return r;
    }

    private static JsonNode number(String v) {
        String t = v.trim();
        try {
            return NODES.numberNode(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return NODES.textNode(t);
        }
    }

    /**
     * What ADF would refuse: a required field left empty, a number that is none, a choice ADF does not offer, a
     * secret neither typed nor in Key Vault. {@code hasSecret} says whether a secret (by its store property) is
     * already kept (secret store, or the file's own).
     */
    public List<FieldProblem> check(Map<String, String> values, Map<String, String> typed, Function<String, Boolean> hasSecret) {
        List<FieldProblem> problems = new ArrayList<>();
        for (LsField f : fields) {
            if (!f.applies(values) || f.kind() == LsField.Kind.CONSTANT) continue;
            String v = values.getOrDefault(f.id(), "").trim();
            if (f.kind() == LsField.Kind.SECRET) {
                if (LsField.KEY_VAULT.equals(values.get(LsField.source(f.id())))) {
                    if (values.getOrDefault(LsField.store(f.id()), "").isBlank() || values.getOrDefault(LsField.secretName(f.id()), "").isBlank()) {
                        problems.add(problem(f, "give the Azure Key Vault linked service and the secret name"));
                    }
                } else if (f.isRequired() && typed.getOrDefault(f.id(), "").isEmpty() && !hasSecret.apply(f.path())) {
                    problems.add(problem(f, "type it, or reference a secret in Azure Key Vault"));
                }
                continue;
            }
            if (v.isEmpty()) {
                if (f.isRequired()) problems.add(problem(f, "is required"));
                continue;
            }
            if (f.kind() == LsField.Kind.INT && !v.startsWith("@") && !v.matches("-?\\d+")) {
                problems.add(problem(f, "'" + v + "' is not a whole number"));
            } else if (f.kind() == LsField.Kind.CHOICE && f.choices().stream().noneMatch(c -> c.value().equals(v)) && !v.startsWith("@")) {
                problems.add(problem(f, "'" + v + "' is not one of " + f.choices().stream().map(LsField.Choice::value).toList()));
            } else if (f.kind() == LsField.Kind.HEADERS) {
                try {
                    headers(v);
                } catch (IllegalArgumentException e) {
                    problems.add(problem(f, e.getMessage()));
                }
            }
        }
        return problems;
    }

    private static FieldProblem problem(LsField f, String message) {
        return new FieldProblem(f.path(), ProblemCode.LINKED_SERVICE_VALUE_INVALID, f.label() + ": " + message, "");
    }

    static ObjectNode typeProperties(ObjectNode resourceJson) {
        JsonNode tp = resourceJson.path("properties").get("typeProperties");
        return tp instanceof ObjectNode o ? o : NODES.objectNode();
    }

    private static String headersText(JsonNode n) {
        if (!(n instanceof ObjectNode o)) return "";
        List<String> lines = new ArrayList<>();
        o.properties().forEach(e -> lines.add(e.getKey() + ": " + (e.getValue().isTextual() ? e.getValue().textValue() : e.getValue().toString())));
        return String.join("\n", lines);
    }

    /** {@code Name: value} lines as ADF's authHeaders object; a value starting with "{" is JSON. Null when empty. */
    static ObjectNode headers(String text) {
        ObjectNode o = NODES.objectNode();
        for (String line : text.split("\n")) {
            if (line.isBlank()) continue;
            int colon = line.indexOf(':');
            if (colon <= 0) throw new IllegalArgumentException("'" + line.trim() + "' is not a 'Name: value' header");
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (value.startsWith("{")) {
                ParsedJson parsed = JsonReader.read(value, null);
                if (parsed.hasErrors() || !(parsed.root() instanceof ObjectNode obj)) {
                    throw new IllegalArgumentException("the value of header " + name + " is not a JSON object");
                }
                o.set(name, obj);
            } else {
                o.put(name, value);
            }
        }
        return o.isEmpty() ? null : o;
    }

    /** The mask ADF writes in place of a SecureString value. */
    public static String mask() {
        return IrSecrets.MASK;
    }
}
