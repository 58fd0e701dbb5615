package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;

/**
 * The factory's {@code publish_config.json}: the publish branch (default {@code adf_publish}) and whether the
 * template holds the factory resource with its global parameters ({@code includeFactoryTemplate}) or the
 * {@code globalparameters} resource ({@code includeGlobalParamsTemplate}).
 */
public record PublishConfig(String publishBranch, boolean includeFactoryTemplate, boolean includeGlobalParamsTemplate) {
    public static final String DEFAULT_BRANCH = "adf_publish";

    public static PublishConfig of(Factory factory) {
        JsonNode json = factory.configFile(Factory.PUBLISH_CONFIG).map(f -> f.content()).orElse(null);
        if (json == null || !json.isObject()) return new PublishConfig(DEFAULT_BRANCH, false, false);
        String branch = json.path("publishBranch").isTextual() && !json.get("publishBranch").textValue().isBlank()
                ? json.get("publishBranch").textValue() : DEFAULT_BRANCH;
        return new PublishConfig(branch, json.path("includeFactoryTemplate").asBoolean(false),
                json.path("includeGlobalParamsTemplate").asBoolean(false));
    }
}
