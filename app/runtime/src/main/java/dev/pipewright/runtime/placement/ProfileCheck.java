package dev.pipewright.runtime.placement;

import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.model.ManagedPrivateEndpoint;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.core.text.Suggestions;

import java.util.List;
import java.util.Optional;

/**
 * Checks a profile against the factory it is used with: every linked service, self-hosted IR and managed
 * private endpoint it names should exist (a typo, or a profile for another factory, otherwise goes unnoticed).
 */
final class ProfileCheck {
    private final Factory factory;
    private final EnvironmentProfile profile;
    private final List<Problem> problems;

    ProfileCheck(Factory factory, EnvironmentProfile profile, List<Problem> problems) {
        this.factory = factory;
        this.profile = profile;
        this.problems = problems;
    }

    void run() {
        if (!profile.fromFile()) return;
        List<String> linkedServices = names(ResourceKind.LINKED_SERVICE);
        for (EnvironmentProfile.LinkedServiceSettings ls : profile.linkedServices()) {
            String pointer = JsonLocator.child("/linkedServices", ls.name());
            if (factory.get(ResourceKind.LINKED_SERVICE, ls.name()).isEmpty()) {
                unknown(pointer, "linkedServices." + ls.name() + ": the factory has no linked service " + ls.name()
                        + Suggestions.didYouMean(ls.name(), linkedServices));
            }
            ls.privateEndpoint().filter(e -> !endpointExists(e)).ifPresent(e -> unknown(pointer + "/privateEndpoint",
                    "linkedServices." + ls.name() + ".privateEndpoint: the factory has no managed private endpoint " + e));
        }
        for (String name : profile.selfHostedRuntimeNames()) {
            String pointer = JsonLocator.child("/selfHostedNetworks", name);
            Optional<Resource> ir = factory.get(ResourceKind.INTEGRATION_RUNTIME, name);
            if (ir.isEmpty()) {
                unknown(pointer, "selfHostedNetworks." + name + ": the factory has no integration runtime " + name
                        + Suggestions.didYouMean(name, names(ResourceKind.INTEGRATION_RUNTIME)));
            } else if (!new IntegrationRuntime(ir.get()).kind().isSelfHosted()) {
                unknown(pointer, "selfHostedNetworks." + name + ": " + name + " is not a self-hosted IR, so its networks are ignored");
            }
        }
        for (String name : profile.endpointNames()) {
            if (!endpointExists(name)) {
                unknown(JsonLocator.child("/managedPrivateEndpoints", name),
                        "managedPrivateEndpoints." + name + ": the factory has no managed private endpoint " + name);
            }
        }
    }

    private boolean endpointExists(String name) {
        return ManagedPrivateEndpoint.all(factory).stream().anyMatch(e -> e.name().equalsIgnoreCase(name));
    }

    private List<String> names(ResourceKind kind) {
        return factory.resources(kind).stream().map(Resource::name).toList();
    }

    private void unknown(String pointer, String message) {
        problems.add(profile.source().problem(ProblemCode.PROFILE_UNKNOWN_NAME, pointer, message,
                "Correct the name, or remove the entry if this profile is for another factory"));
    }
}
