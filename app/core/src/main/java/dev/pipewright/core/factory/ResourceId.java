package dev.pipewright.core.factory;

import java.util.Locale;

/**
 * Identifies a resource in a factory. ADF names are case-insensitive, so equality ignores case while
 * {@link #name()} keeps the spelling. Managed private endpoints are named {@code <vnet>/<endpoint>}.
 */
public final class ResourceId implements Comparable<ResourceId> {
    private final ResourceKind kind;
    private final String name;
    private final String key;

    public ResourceId(ResourceKind kind, String name) {
        this.kind = kind;
        this.name = name;
        this.key = name.toLowerCase(Locale.ROOT);
    }

    public static ResourceId of(ResourceKind kind, String name) {
        return new ResourceId(kind, name);
    }

    public ResourceKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResourceId other && kind == other.kind && key.equals(other.key);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + key.hashCode();
    }

    @Override
    public int compareTo(ResourceId o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : key.compareTo(o.key);
    }

    /** {@code folder/name}, e.g. {@code pipeline/Load Sales}: how problems and the CLI name a resource. */
    @Override
    public String toString() {
        return kind.folder() + "/" + name;
    }
}
