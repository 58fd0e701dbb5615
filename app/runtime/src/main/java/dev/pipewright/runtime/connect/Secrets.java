package dev.pipewright.runtime.connect;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.plugins.api.Props;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secrets of one call: it fills {@code "<key>Env"} bindings from environment variables, remembers every
 * password, key and token it sees, and scrubs them from anything shown (messages, hints, details).
 */
final class Secrets {
    private static final Set<String> SECRET_KEYS = Set.of("password", "accountkey", "sastoken", "sasuri", "privatekeycontent",
            "passphrase", "serviceprincipalkey", "accesstoken", "token", "secret", "clientsecret", "apikey", "encryptedcredential");
    private static final Pattern IN_CONNECTION_STRING = Pattern.compile(
            "(?i)(?:AccountKey|Password|Pwd|SharedAccessSignature|SharedAccessKey|sig)=([^;&]+)");

    private final Function<String, String> environment;
    private final Set<String> known = new TreeSet<>((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));

    Secrets(Function<String, String> environment) {
        this.environment = environment;
    }

    /** The binding with {@code xEnv: "VAR"} replaced by {@code x: <value of VAR>}; an unset variable is PW710. */
    Props fromEnvironment(String linkedService, Props binding) throws ProblemException {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : binding.asMap().entrySet()) {
            String key = e.getKey();
            if (key.length() > 3 && key.endsWith("Env") && e.getValue() instanceof String var) {
                String value = environment.apply(var);
                if (value == null) {
                    throw new ProblemException(Problem.of(ProblemCode.CONNECT_SECRET, "linkedService/" + linkedService, null, 0, 0,
                            "Environment variable " + var + " (localEndpoint." + key + " of " + linkedService + ") is not set",
                            "Set " + var + " before running, e.g. export " + var + "=…"));
                }
                String name = key.substring(0, key.length() - 3);
                out.put(name, value);
                known.add(value);
            } else {
                out.put(key, e.getValue());
            }
        }
        return new Props(out);
    }

    /** Remembers the secrets in these properties (nested too). */
    void collect(Props props) {
        collect(props.asMap());
    }

    private void collect(Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String key = String.valueOf(e.getKey()).toLowerCase(Locale.ROOT);
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                if ("SecureString".equals(m.get("type")) && m.get("value") != null) add(m.get("value").toString());
                else if (key.equals("authheaders") || key.equals("additionalheaders")) m.values().forEach(h -> add(valueOf(h)));
                else collect(m);
            } else if (v instanceof List<?> list) {
                list.forEach(x -> {
                    if (x instanceof Map<?, ?> m) collect(m);
                });
            } else if (v != null) {
                String s = v.toString();
                if (SECRET_KEYS.contains(key) || key.endsWith("password") || key.endsWith("key") && !key.endsWith("fingerprint")) add(s);
                Matcher m = IN_CONNECTION_STRING.matcher(s);
                while (m.find()) add(m.group(1));
            }
        }
    }

    private static String valueOf(Object header) {
        if (header instanceof Map<?, ?> m && m.get("value") != null) return m.get("value").toString();
        return header == null ? "" : header.toString();
    }

    /** Remembers a secret read from elsewhere (the secret store) so it is scrubbed too. */
    void remember(String secret) {
        add(secret);
    }

    private void add(String secret) {
        if (secret != null && secret.length() >= 4) known.add(secret);
    }

    /** The text with every known secret replaced by {@code ***}. */
    String scrub(String text) {
        if (text == null) return null;
        String out = text;
        for (String s : known) out = out.replace(s, "***");
        return out;
    }

    Problem scrub(Problem p) {
        return new Problem(p.severity(), p.code(), p.resource(), p.file(), p.line(), p.column(), scrub(p.message()), scrub(p.hint()));
    }
}
