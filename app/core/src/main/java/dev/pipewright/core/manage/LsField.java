package dev.pipewright.core.manage;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One field of a linked-service form (ADF's "New linked service" blade): what the user sees (label, kind, choices,
 * hint), where it goes in {@code typeProperties}, and when it is shown (other fields' values). Fields without a
 * property are the form's own choices (authentication method, version) that ADF infers from the JSON.
 */
public final class LsField {
    /** How a field is edited and written. */
    public enum Kind {
        /** A string; empty removes the property. */
        TEXT,
        /** A whole number (an expression string is kept as it is). */
        INT,
        /** {@code true} or {@code false}. */
        BOOL,
        /** One of {@link #choices()}. */
        CHOICE,
        /** A secret: a typed value (to the secret store; the file keeps ADF's mask) or an Azure Key Vault secret. */
        SECRET,
        /** Written as {@link #defaultValue()} whenever the field applies; not shown. */
        CONSTANT,
        /** A reference to another resource ({@code {"referenceName", "type": refType}}), chosen from the factory's. */
        REFERENCE,
        /** One {@code key=value} part of a connection string property. */
        PART,
        /** Request headers, one {@code Name: value} per line; a value starting with {@code {} is JSON (e.g. a Key Vault secret). */
        HEADERS
    }

    /** A value of a choice and what the form shows for it. */
    public record Choice(String value, String label) {
    }

    private final String id;
    private final String label;
    private final Kind kind;
    private final String property;
    private final List<Choice> choices = new ArrayList<>();
    private final Map<String, List<String>> when = new LinkedHashMap<>();
    private String defaultValue = "";
    private boolean required;
    private boolean numeric;
    private String hint = "";
    private String partKey;
    private String template;
    private String refType;

    LsField(String id, String label, Kind kind, String property) {
        this.id = id;
        this.label = label;
        this.kind = kind;
        this.property = property;
    }

    LsField required() {
        required = true;
        return this;
    }

    LsField def(String value) {
        defaultValue = value;
        return this;
    }

    LsField hint(String text) {
        hint = text;
        return this;
    }

    /** Shown (and written) only when field {@code other} has one of {@code values}. */
    LsField when(String other, String... values) {
        when.put(other, List.of(values));
        return this;
    }

    LsField choice(String value, String label) {
        choices.add(new Choice(value, label));
        return this;
    }

    /** The choices are numbers in the JSON ({@code "sslMode": 2}). */
    LsField numeric() {
        numeric = true;
        return this;
    }

    /** For {@link Kind#PART}: the key inside the connection string, and the connection string a new one starts from. */
    LsField part(String key, String newConnectionString) {
        partKey = key;
        template = newConnectionString;
        return this;
    }

    LsField refType(String type) {
        refType = type;
        return this;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    /** The member of {@code typeProperties} it writes, or null for the form's own choices. */
    public String property() {
        return property;
    }

    public List<Choice> choices() {
        return List.copyOf(choices);
    }

    public String defaultValue() {
        return defaultValue;
    }

    public boolean isRequired() {
        return required;
    }

    public boolean isNumeric() {
        return numeric;
    }

    public String hint() {
        return hint;
    }

    String partKey() {
        return partKey;
    }

    String template() {
        return template;
    }

    public String refType() {
        return refType;
    }

    /** Whether the field applies with these values of the form's other fields. */
    public boolean applies(Map<String, String> values) {
        for (Map.Entry<String, List<String>> c : when.entrySet()) {
            if (!c.getValue().contains(values.getOrDefault(c.getKey(), ""))) return false;
        }
        return true;
    }

    /** The fields this one's visibility depends on. */
    public List<String> dependsOn() {
        return List.copyOf(when.keySet());
    }

    /** The field path findings name: {@code typeProperties.<property>}, or the id for the form's own choices. */
    public String path() {
        return property == null ? id : "typeProperties." + property;
    }

    /** Value keys of a secret field: where it comes from, and the Key Vault reference. */
    public static String source(String id) {
        return id + ".source";
    }

    public static String store(String id) {
        return id + ".store";
    }

    public static String secretName(String id) {
        return id + ".secretName";
    }

    public static final String SECURE_STRING = "SecureString";
    public static final String KEY_VAULT = "AzureKeyVaultSecret";
}
