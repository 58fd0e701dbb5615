package dev.pipewright.plugins.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Resolved JSON properties as plain Java values: String, Number, Boolean, List, Map, or null. Every
 * expression has already been evaluated by the host.
 */
public final class Props {
    public static final Props EMPTY = new Props(Map.of());

    private final Map<String, Object> values;

    public Props(Map<String, Object> values) {
        this.values = values == null ? Map.of() : values;
    }

    /** Properties from alternating keys and values, e.g. {@code Props.of("host", "127.0.0.1", "port", 22)}. */
    public static Props of(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return new Props(m);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    public Object raw(String key) {
        return values.get(key);
    }

    /** A string, number or boolean as text; empty when absent or blank. */
    public Optional<String> string(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof Map || v instanceof List) return Optional.empty();
        String s = v.toString();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    public String string(String key, String fallback) {
        return string(key).orElse(fallback);
    }

    /** The value, or {@link Failure#CONFIG} naming the setting. */
    public String require(String key, String owner) throws ConnectorException {
        return string(key).orElseThrow(() -> new ConnectorException(Failure.CONFIG, owner + " has no " + key,
                "Set " + key + " in the linked service, or in its localEndpoint binding in the environment profile"));
    }

    public int integer(String key, int fallback) throws ConnectorException {
        Object v = values.get(key);
        if (v == null) return fallback;
        if (v instanceof Number n) return n.intValue();
        try {
            return Integer.parseInt(v.toString().trim());
        } catch (NumberFormatException e) {
            throw new ConnectorException(Failure.CONFIG, key + " is \"" + v + "\", not a whole number", "Write a number such as 22");
        }
    }

    public boolean bool(String key, boolean fallback) {
        Object v = values.get(key);
        if (v == null) return fallback;
        if (v instanceof Boolean b) return b;
        return Boolean.parseBoolean(v.toString().trim());
    }

    /** A nested object; empty when absent or not an object. */
    @SuppressWarnings("unchecked")
    public Props child(String key) {
        Object v = values.get(key);
        return v instanceof Map<?, ?> m ? new Props((Map<String, Object>) m) : EMPTY;
    }

    /**
     * A secret setting: plain text, or ADF's {@code {"type": "SecureString", "value": ...}}. A Key Vault
     * reference ({@code AzureKeyVaultSecret}) cannot be read offline: {@link Failure#SECRET}.
     */
    public Optional<String> secret(String key) throws ConnectorException {
        Object v = values.get(key);
        if (v == null) return Optional.empty();
        if (v instanceof Map<?, ?> m) {
            Object type = m.get("type");
            if ("SecureString".equals(type) && m.get("value") != null) return Optional.of(m.get("value").toString());
            if ("AzureKeyVaultSecret".equals(type)) {
                Object store = m.get("store") instanceof Map<?, ?> st ? st.get("referenceName") : null;
                String of = "Key Vault secret \"" + m.get("secretName") + "\"" + (store == null ? "" : " of " + store);
                if (m.get("unavailable") != null) {
                    // the host bound the vault to the local secret store and says why the value is missing
                    throw new ConnectorException(Failure.SECRET, key + " is " + of + ", but " + m.get("unavailable"), String.valueOf(m.get("hint")));
                }
                throw new ConnectorException(Failure.SECRET, key + " is " + of + ", which cannot be read on this machine",
                        "Bind " + (store == null ? "the Key Vault" : store) + " to the local secret store in the profile (\"localEndpoint\": "
                                + "{\"secretStore\": \"local\"}) and store the secret there, or give it in this linked service's binding: \""
                                + key + "Env\": \"<environment variable>\"");
            }
            throw new ConnectorException(Failure.CONFIG, key + " has a form Pipewright cannot read", "Use a SecureString or a Key Vault reference");
        }
        return string(key);
    }

    /** A copy with {@code overrides} laid over this map's keys (shallow). */
    public Props with(Props overrides) {
        Map<String, Object> m = new LinkedHashMap<>(values);
        overrides.values.forEach((k, v) -> {
            if (v != null) m.put(k, v);
        });
        return new Props(m);
    }

    @Override
    public String toString() {
        return "Props" + values.keySet();
    }
}
