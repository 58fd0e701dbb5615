package dev.pipewright.runtime.placement;

import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.EnvironmentProfile.Approval;
import dev.pipewright.runtime.profile.Network;

import java.util.Optional;
import java.util.Set;

/**
 * Can the IR that runs an activity reach a store? Public stores: always. A store on {@code private:<net>}:
 * a self-hosted IR whose nodes are in {@code <net>} (profile {@code selfHostedNetworks}), or a managed-VNet
 * Azure IR through an approved managed private endpoint to the store; never a public Azure IR.
 */
final class Reachability {
    private final EnvironmentProfile profile;
    private final PrivateEndpoints endpoints;

    Reachability(EnvironmentProfile profile, PrivateEndpoints endpoints) {
        this.profile = profile;
        this.endpoints = endpoints;
    }

    /**
     * Adds a reason when the store is private and reachable, a problem when it is not.
     *
     * @param role     how the reasons name the store, e.g. "sink", "compute linked service"
     * @param dataFlow whether a data flow runs (it cannot use self-hosted IRs, so hints differ)
     */
    void check(Draft d, Runtimes.Runtime ir, Stores.Store store, String role, boolean dataFlow) {
        Network network = store.network();
        if (network.isPublic() || !ir.exists() || ir.placementKind() == PlacementKind.AZURE_SSIS) return;
        String net = network.privateName();
        String subject = role + " " + store.name() + " is on private network " + net;
        String useInstead = dataFlow
                ? "data flows run only on Azure IRs: use a managed-VNet Azure IR with an approved managed private endpoint to " + store.name()
                : "use a self-hosted IR whose nodes are in " + net;
        switch (ir.placementKind()) {
            case SELF_HOSTED -> selfHosted(d, ir, subject, net, useInstead);
            case MANAGED_VNET -> managedVnet(d, ir, store, subject, dataFlow ? "" : ", or " + useInstead);
            default -> d.problem(ProblemCode.STORE_UNREACHABLE,
                    subject + ", which " + ir.describe() + " cannot reach: a public Azure IR reaches only public endpoints",
                    capitalized(useInstead));
        }
    }

    private void selfHosted(Draft d, Runtimes.Runtime ir, String subject, String net, String useInstead) {
        Set<String> reached = profile.networksOf(ir.name());
        if (reached.stream().anyMatch(net::equalsIgnoreCase)) {
            d.because(subject + ", which the nodes of " + ir.describe() + " reach");
            return;
        }
        String listed = reached.isEmpty() ? "the profile lists no networks for it under selfHostedNetworks"
                : "selfHostedNetworks." + ir.name() + " lists " + String.join(", ", reached);
        d.problem(ProblemCode.STORE_UNREACHABLE, subject + ", which the nodes of " + ir.describe() + " cannot reach (" + listed + ")",
                capitalized(useInstead) + ", or add \"" + net + "\" to selfHostedNetworks." + ir.name() + " in the profile if its nodes are there");
    }

    private void managedVnet(Draft d, Runtimes.Runtime ir, Stores.Store store, String subject, String orElse) {
        Optional<PrivateEndpoints.Match> match = endpoints.find(store, ir.managedVnet());
        if (match.isEmpty()) {
            d.problem(ProblemCode.STORE_UNREACHABLE, subject + "; " + ir.describe() + " reaches private stores only through a managed "
                            + "private endpoint, and managed virtual network " + ir.managedVnet() + " has none for " + store.name(),
                    "Create a managed private endpoint to the store and have it approved (if the linked service's host is not in "
                            + "its JSON, name the endpoint in the profile: linkedServices." + store.name() + ".privateEndpoint)" + orElse);
            return;
        }
        PrivateEndpoints.Match m = match.get();
        String through = subject + ", reached through managed private endpoint " + m.name() + " (" + m.matchedBy() + ")";
        if (m.approval().isEmpty()) {
            d.because(through + "; its approval is not recorded, assumed Approved");
            d.problem(ProblemCode.ENDPOINT_APPROVAL_UNKNOWN, "Managed private endpoint " + m.name() + " to " + store.name()
                            + " carries traffic only once Approved, and neither its file nor the profile records its state",
                    "Record it in the profile: \"managedPrivateEndpoints\": {\"" + m.name() + "\": \"Approved\"}");
        } else if (m.approval().get() == Approval.APPROVED) {
            d.because(through + ", Approved");
        } else {
            d.problem(ProblemCode.STORE_UNREACHABLE, subject + "; managed private endpoint " + m.name() + " to it is "
                            + m.approval().get().label() + ", and only Approved endpoints carry traffic",
                    "Ask the owner of the store to approve " + m.name() + " (Private endpoint connections in the Azure portal)");
        }
    }

    private static String capitalized(String hint) {
        return Character.toUpperCase(hint.charAt(0)) + hint.substring(1);
    }
}
