package dev.pipewright.runtime.secrets;

/**
 * Where a secret belongs: the factory (scope), the resource ({@code folder/name}, e.g.
 * {@code integrationRuntime/SSIS-EastUS}) and the property path (e.g.
 * {@code typeProperties.ssisProperties.catalogInfo.catalogAdminPassword}).
 */
public record SecretKey(String scope, String resource, String property) {
    @Override
    public String toString() {
        return resource + " " + property;
    }
}
