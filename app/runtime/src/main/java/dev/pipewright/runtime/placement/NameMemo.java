package dev.pipewright.runtime.placement;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Memoises a lookup by ADF resource name, which ignores case. The spelling seen is cached too, so the hot
 * path (most references repeat one spelling) skips lower-casing.
 */
final class NameMemo<T> {
    private final Map<String, T> byLowerName = new HashMap<>();
    private final Map<String, T> bySpelling = new HashMap<>();
    private final Function<String, T> load;

    NameMemo(Function<String, T> load) {
        this.load = load;
    }

    T get(String name) {
        T known = bySpelling.get(name);
        if (known != null) return known;
        T value = byLowerName.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> load.apply(name));
        bySpelling.put(name, value);
        return value;
    }
}
