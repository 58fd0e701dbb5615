package dev.pipewright.runtime.profile;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.JsonLocator;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What ADF's JSON cannot say about one environment (a CI/CD stage): the factory's region and mode, and for
 * each linked service the region and network of its store. Read from a JSON file outside the factory root
 * by {@link ProfileReader}; documented in docs/placement.md. Immutable; names of linked services, IRs and
 * endpoints match ignoring case, like ADF's.
 */
public final class EnvironmentProfile {
    public enum Mode {
        DATA_FACTORY("DataFactory"), SYNAPSE("Synapse");

        private final String label;

        Mode(String label) {
            this.label = label;
        }

        /** The spelling used in profiles and output. */
        public String label() {
            return label;
        }

        static Optional<Mode> parse(String text) {
            for (Mode m : values()) if (m.label.equalsIgnoreCase(text.trim())) return Optional.of(m);
            return Optional.empty();
        }
    }

    /** Approval state of a managed private endpoint; only Approved endpoints carry traffic. */
    public enum Approval {
        APPROVED("Approved"), PENDING("Pending"), REJECTED("Rejected");

        private final String label;

        Approval(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public static Optional<Approval> parse(String text) {
            for (Approval a : values()) if (a.label.equalsIgnoreCase(text.trim())) return Optional.of(a);
            return Optional.empty();
        }
    }

    /**
     * One linked service's environment.
     *
     * @param name            the name as written in the profile
     * @param region          region display name, when given
     * @param network         public unless the profile says {@code private:<name>}
     * @param privateEndpoint the managed private endpoint that reaches the store, when named explicitly
     * @param localEndpoint   what stands in for the store locally (read by the connectors), or null
     */
    public record LinkedServiceSettings(String name, Optional<String> region, Network network,
                                        Optional<String> privateEndpoint, JsonNode localEndpoint) {
        static LinkedServiceSettings unlisted(String name) {
            return new LinkedServiceSettings(name, Optional.empty(), Network.PUBLIC, Optional.empty(), null);
        }
    }

    /** The profile file as problems name it and its text, to point problems at a line and column. */
    public record Source(String file, String text) {
        static final Source NONE = new Source(null, "");

        /** A problem at the member {@code pointer} of the profile (a JSON pointer). */
        public Problem problem(ProblemCode code, String pointer, String message, String hint) {
            JsonLocator.Position at = file == null ? JsonLocator.Position.UNKNOWN : JsonLocator.locate(text, pointer);
            return Problem.of(code, null, file, at.line(), at.column(), message, hint);
        }
    }

    private final Source source;
    private final Optional<String> factoryName;
    private final Optional<String> factoryRegion;
    private final String factoryRegionSource;
    private final Mode mode;
    private final Optional<Boolean> managedVirtualNetwork;
    private final Map<String, LinkedServiceSettings> linkedServices;
    private final Map<String, Map.Entry<String, Set<String>>> selfHostedNetworks;
    private final List<String> keepDataIn;
    private final Map<String, Map.Entry<String, Approval>> endpointApprovals;

    EnvironmentProfile(Source source, Optional<String> factoryName, Optional<String> factoryRegion, String factoryRegionSource,
                       Mode mode, Optional<Boolean> managedVirtualNetwork, Map<String, LinkedServiceSettings> linkedServices,
                       Map<String, Set<String>> selfHostedNetworks, List<String> keepDataIn, Map<String, Approval> endpointApprovals) {
        this.source = source;
        this.factoryName = factoryName;
        this.factoryRegion = factoryRegion;
        this.factoryRegionSource = factoryRegionSource;
        this.mode = mode;
        this.managedVirtualNetwork = managedVirtualNetwork;
        this.linkedServices = byLowerName(linkedServices);
        this.selfHostedNetworks = entriesByLowerName(selfHostedNetworks);
        this.keepDataIn = List.copyOf(keepDataIn);
        this.endpointApprovals = entriesByLowerName(endpointApprovals);
    }

    /** The profile used when none is given: everything public, mode DataFactory, region from the factory. */
    public static EnvironmentProfile defaults() {
        return new EnvironmentProfile(Source.NONE, Optional.empty(), Optional.empty(), null, Mode.DATA_FACTORY,
                Optional.empty(), Map.of(), Map.of(), List.of(), Map.of());
    }

    /** This profile with another factory region, e.g. from {@code --factory-region}; {@code source} says where from. */
    public EnvironmentProfile withFactoryRegion(String regionDisplayName, String source) {
        return new EnvironmentProfile(this.source, factoryName, Optional.of(regionDisplayName), source, mode,
                managedVirtualNetwork, linkedServiceMap(), networkMap(), keepDataIn, approvalMap());
    }

    public Source source() {
        return source;
    }

    /** Whether this profile came from a file (false for {@link #defaults()}). */
    public boolean fromFile() {
        return source.file() != null;
    }

    public Optional<String> factoryName() {
        return factoryName;
    }

    /** The factory region's display name, when the profile (or the command line) gives one. */
    public Optional<String> factoryRegion() {
        return factoryRegion;
    }

    /** Where {@link #factoryRegion()} came from, e.g. "the profile" or "--factory-region"; null when not given. */
    public String factoryRegionSource() {
        return factoryRegionSource;
    }

    public Mode mode() {
        return mode;
    }

    /** {@code factory.managedVirtualNetwork}: whether the default auto-resolve IR sits in the managed VNet. */
    public Optional<Boolean> managedVirtualNetwork() {
        return managedVirtualNetwork;
    }

    /** The settings for a linked service; an unlisted one is public with no known region. */
    public LinkedServiceSettings linkedService(String name) {
        LinkedServiceSettings s = linkedServices.get(key(name));
        return s != null ? s : LinkedServiceSettings.unlisted(name);
    }

    public boolean lists(String linkedServiceName) {
        return linkedServices.containsKey(key(linkedServiceName));
    }

    public Collection<LinkedServiceSettings> linkedServices() {
        return Collections.unmodifiableCollection(linkedServices.values());
    }

    /** The private networks the nodes of a self-hosted IR can reach (empty when the profile says nothing). */
    public Set<String> networksOf(String selfHostedRuntime) {
        Map.Entry<String, Set<String>> e = selfHostedNetworks.get(key(selfHostedRuntime));
        return e == null ? Set.of() : e.getValue();
    }

    /** The self-hosted IR names as written under {@code selfHostedNetworks}. */
    public List<String> selfHostedRuntimeNames() {
        return selfHostedNetworks.values().stream().map(Map.Entry::getKey).toList();
    }

    /** {@code keepDataIn}: the geographies data may be in; empty when the profile sets no residency rule. */
    public List<String> keepDataIn() {
        return keepDataIn;
    }

    /** The approval state the profile records for a managed private endpoint. */
    public Optional<Approval> endpointApproval(String endpointName) {
        return Optional.ofNullable(endpointApprovals.get(key(endpointName))).map(Map.Entry::getValue);
    }

    /** The managed private endpoint names as written under {@code managedPrivateEndpoints}. */
    public List<String> endpointNames() {
        return endpointApprovals.values().stream().map(Map.Entry::getKey).toList();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Map<String, LinkedServiceSettings> byLowerName(Map<String, LinkedServiceSettings> in) {
        Map<String, LinkedServiceSettings> map = new LinkedHashMap<>();
        in.forEach((name, s) -> map.put(key(name), s));
        return Collections.unmodifiableMap(map);
    }

    private static <V> Map<String, Map.Entry<String, V>> entriesByLowerName(Map<String, V> in) {
        Map<String, Map.Entry<String, V>> map = new LinkedHashMap<>();
        in.forEach((name, v) -> map.put(key(name), Map.entry(name, v)));
        return Collections.unmodifiableMap(map);
    }

    private Map<String, LinkedServiceSettings> linkedServiceMap() {
        Map<String, LinkedServiceSettings> map = new LinkedHashMap<>();
        linkedServices.values().forEach(s -> map.put(s.name(), s));
        return map;
    }

    private Map<String, Set<String>> networkMap() {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        selfHostedNetworks.values().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }

    private Map<String, Approval> approvalMap() {
        Map<String, Approval> map = new LinkedHashMap<>();
        endpointApprovals.values().forEach(e -> map.put(e.getKey(), e.getValue()));
        return map;
    }
}
