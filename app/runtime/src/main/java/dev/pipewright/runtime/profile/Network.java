package dev.pipewright.runtime.profile;

import java.util.Optional;

/**
 * Where a store can be reached from: the public internet, or a named private network ({@code private:corp})
 * that only self-hosted IR nodes in it, or a managed private endpoint, can get to.
 *
 * @param privateName the private network's name, or null for public
 */
public record Network(String privateName) {
    public static final Network PUBLIC = new Network(null);
    static final String PRIVATE_PREFIX = "private:";

    /** {@code public} or {@code private:<name>} (prefix case-insensitive); empty for anything else. */
    public static Optional<Network> parse(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("public")) return Optional.of(PUBLIC);
        if (t.regionMatches(true, 0, PRIVATE_PREFIX, 0, PRIVATE_PREFIX.length())) {
            String name = t.substring(PRIVATE_PREFIX.length()).trim();
            return name.isEmpty() ? Optional.empty() : Optional.of(new Network(name));
        }
        return Optional.empty();
    }

    public boolean isPublic() {
        return privateName == null;
    }

    /** Whether this is the private network {@code name} (names ignore case). */
    public boolean isPrivate(String name) {
        return privateName != null && privateName.equalsIgnoreCase(name);
    }

    @Override
    public String toString() {
        return isPublic() ? "public" : PRIVATE_PREFIX + privateName;
    }
}
