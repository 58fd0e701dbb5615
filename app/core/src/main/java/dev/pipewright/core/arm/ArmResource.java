package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.ResourceId;

import java.util.List;

/**
 * One resource of the template as ADF publishes it: its JSON ({@code name}, {@code type}, {@code apiVersion},
 * {@code properties}, {@code dependsOn}), the resources it depends on, and its parameters — first the secrets the
 * service keeps, then those of the parameter rules, each in the order they appear.
 */
public record ArmResource(ResourceId id, ObjectNode json, List<ResourceId> dependsOn, List<ArmParameter> secrets,
                          List<ArmParameter> parameters) {
}
