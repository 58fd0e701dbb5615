package dev.pipewright.core.factory;

import java.util.Optional;

/**
 * Which resource a file of ADF's git layout holds, from its path alone: {@code pipeline/P.json} is pipeline P,
 * {@code managedVirtualNetwork/default/managedPrivateEndpoint/E.json} the managed private endpoint
 * {@code default/E}. The name is the file's (the {@code name} inside normally agrees).
 *
 * @param kind the resource kind
 * @param name the name from the file name
 */
public record ResourcePath(ResourceKind kind, String name) {
    private static final String JSON = ".json";

    /** The resource at {@code path}, relative to the factory root with forward slashes; empty for any other file. */
    public static Optional<ResourcePath> of(String path) {
        String[] parts = path.split("/", -1);
        if (parts.length == 2 && parts[1].endsWith(JSON) && parts[1].length() > JSON.length()) {
            return ResourceKind.forFolder(parts[0]).map(kind -> new ResourcePath(kind, base(parts[1])));
        }
        if (parts.length == 4 && parts[0].equals(ResourceKind.MANAGED_VIRTUAL_NETWORK.folder())
                && parts[2].equals(ResourceKind.MANAGED_PRIVATE_ENDPOINT.folder()) && parts[3].endsWith(JSON) && !parts[1].isEmpty()) {
            return Optional.of(new ResourcePath(ResourceKind.MANAGED_PRIVATE_ENDPOINT, parts[1] + "/" + base(parts[3])));
        }
        return Optional.empty();
    }

    /**
     * The resource at {@code path} inside a repository whose factory root folder is not known (git's {@code %P}):
     * the last folders of the path are a resource folder of ADF's layout, wherever the root is.
     */
    public static Optional<ResourcePath> inRepository(String path) {
        String normal = path.replace('\\', '/');
        String[] parts = normal.split("/");
        for (int tail = 4; tail >= 2; tail -= 2) {
            if (parts.length < tail) continue;
            Optional<ResourcePath> found = of(String.join("/", java.util.Arrays.copyOfRange(parts, parts.length - tail, parts.length)));
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    private static String base(String fileName) {
        return fileName.substring(0, fileName.length() - JSON.length());
    }
}
