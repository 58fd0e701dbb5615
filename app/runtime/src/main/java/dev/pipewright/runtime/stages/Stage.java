package dev.pipewright.runtime.stages;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.runtime.profile.EnvironmentProfile;

/**
 * One CI/CD stage: its environment profile and, when given, its ARM parameters file (the
 * {@code deploymentParameters} document a release passes to the deployment).
 *
 * @param name       how messages name the stage (the profile's file name without {@code .json})
 * @param profile    the stage's environment profile
 * @param parameters the parameters file's {@code parameters} object, or null when none was given
 * @param parametersFile the parameters file's path as given, or null
 */
public record Stage(String name, EnvironmentProfile profile, JsonNode parameters, String parametersFile) {
}
