package dev.pipewright.runtime.ir;

import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.runtime.secrets.SecretStore;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Self-hosted IR nodes, with this machine's embedded runtime as the node that can register itself. As in ADF:
 * two authentication keys per IR (kept in the secret store; either registers a node; each can be regenerated),
 * up to four nodes, one self-hosted IR per machine, a concurrent-jobs limit per node. A node of this machine is
 * Online while its runtime (studio or CLI) sends heartbeats, Offline otherwise; the IR is Need registration
 * without nodes, Online when all nodes are, Limited when some are, Offline when none is.
 */
public final class SelfHostedNodes {
    public static final int MAX_NODES = 4;
    /** A node whose runtime has not been heard from for this long is Offline. */
    public static final Duration OFFLINE_AFTER = Duration.ofSeconds(90);
    private static final SecureRandom RANDOM = new SecureRandom();

    public enum NodeStatus {
        ONLINE("Online"), OFFLINE("Offline");

        private final String label;

        NodeStatus(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Status {
        NEED_REGISTRATION("Need registration"), ONLINE("Online"), LIMITED("Limited"), OFFLINE("Offline");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record AuthKeys(String key1, String key2) {
    }

    public record Node(String name, String machine, boolean thisMachine, int concurrentJobs, Instant registered,
                       Instant lastConnect, NodeStatus status) {
    }

    private final String scope;
    private final String factoryName;
    private final Supplier<SecretStore> secrets;
    private final IrStateStore state;
    private final Clock clock;
    private String machine;

    /** @param secrets the secret store, asked for only when keys are read or made (it may need unlocking first)
     * @param machine this machine's node name, or null for its host name */
    public SelfHostedNodes(String scope, String factoryName, Supplier<SecretStore> secrets, IrStateStore state, Clock clock, String machine) {
        this.scope = scope;
        this.factoryName = factoryName;
        this.secrets = secrets;
        this.state = state;
        this.clock = clock;
        this.machine = machine;
    }

    /** This machine's host name, the default node name. */
    public static String localMachineName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.net.UnknownHostException e) {
            return Optional.ofNullable(System.getenv("HOSTNAME")).orElse("localhost");
        }
    }

    /** ADF derives the default from the machine's memory and cores; Pipewright uses the number of cores. */
    public static int defaultConcurrentJobs() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }

    /** The node name of this machine (its host name unless given; looked up on first use, as it may be slow). */
    public synchronized String machine() {
        if (machine == null) machine = localMachineName();
        return machine;
    }

    private SecretKey keyOf(String ir, String keyName) {
        return new SecretKey(scope, IrSecrets.resource(ir), keyName);
    }

    /** The two keys of {@code ir}, generated on first use. */
    public synchronized AuthKeys keys(String ir) {
        String k1 = secrets.get().get(keyOf(ir, IrSecrets.AUTH_KEY_1)).orElseGet(() -> store(ir, IrSecrets.AUTH_KEY_1));
        String k2 = secrets.get().get(keyOf(ir, IrSecrets.AUTH_KEY_2)).orElseGet(() -> store(ir, IrSecrets.AUTH_KEY_2));
        return new AuthKeys(k1, k2);
    }

    /** Replaces one key ({@code authKey1} or {@code authKey2}); nodes already registered stay registered. */
    public synchronized String regenerate(String ir, String keyName) {
        if (!IrSecrets.AUTH_KEY_1.equals(keyName) && !IrSecrets.AUTH_KEY_2.equals(keyName)) {
            throw new IllegalArgumentException("keyName is authKey1 or authKey2, not " + keyName);
        }
        return store(ir, keyName);
    }

    private String store(String ir, String keyName) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String key = "IR@" + UUID.randomUUID() + "@" + factoryName + "@" + ir + "@" + Base64.getEncoder().encodeToString(random);
        secrets.get().put(keyOf(ir, keyName), key);
        return key;
    }

    /** Registers this machine as a node of {@code ir} with one of its keys. */
    public synchronized Node registerThisMachine(String ir, String key) {
        return register(ir, key, machine(), machine());
    }

    /**
     * Registers a node. Refused when the key is neither of the IR's keys, when the IR has four nodes, when the
     * node name is taken, or when the machine is already a node of another self-hosted IR.
     */
    public synchronized Node register(String ir, String key, String nodeName, String machineName) {
        AuthKeys keys = keys(ir);
        String k = key == null ? "" : key.trim();
        if (!k.equals(keys.key1()) && !k.equals(keys.key2())) {
            throw new IllegalArgumentException("The key is not a current authentication key of '" + ir + "' (it may have been regenerated)");
        }
        List<IrStateStore.NodeRow> nodes = state.nodes(scope, ir);
        if (nodes.size() >= MAX_NODES) {
            throw new IllegalStateException("'" + ir + "' has " + MAX_NODES + " nodes, the most a self-hosted IR can have");
        }
        if (nodes.stream().anyMatch(n -> n.node().equalsIgnoreCase(nodeName))) {
            throw new IllegalStateException("'" + ir + "' already has a node named '" + nodeName + "'");
        }
        boolean thisMachine = machineName.equalsIgnoreCase(machine());
        if (thisMachine) {
            for (String other : state.runtimesOfThisMachine(scope)) {
                if (!other.equalsIgnoreCase(ir)) {
                    throw new IllegalStateException("This machine is already a node of '" + other
                            + "'; a machine can be a node of one self-hosted IR only");
                }
            }
        }
        Instant now = clock.instant();
        IrStateStore.NodeRow row = new IrStateStore.NodeRow(nodeName, machineName, thisMachine, defaultConcurrentJobs(), now, now);
        state.putNode(scope, ir, row);
        return toNode(row, now);
    }

    /** The nodes of a deleted self-hosted IR, kept so that undoing the delete registers them again. */
    public static final class Detached {
        private final String ir;
        private final List<IrStateStore.NodeRow> rows;

        private Detached(String ir, List<IrStateStore.NodeRow> rows) {
            this.ir = ir;
            this.rows = rows;
        }

        public int count() {
            return rows.size();
        }
    }

    /** Unregisters every node of {@code ir} (its delete), returning them for {@link #reattach}. */
    public synchronized Detached detachAll(String ir) {
        List<IrStateStore.NodeRow> rows = state.nodes(scope, ir);
        rows.forEach(r -> state.removeNode(scope, ir, r.node()));
        return new Detached(ir, List.copyOf(rows));
    }

    /** Registers the nodes of {@link #detachAll} again (undo of the delete). */
    public synchronized void reattach(Detached detached) {
        detached.rows.forEach(r -> state.putNode(scope, detached.ir, r));
    }

    public synchronized boolean unregister(String ir, String nodeName) {
        return state.removeNode(scope, ir, nodeName);
    }

    /** Sets a node's concurrent-jobs limit (at least 1). */
    public synchronized void setConcurrentJobs(String ir, String nodeName, int limit) {
        if (limit < 1) throw new IllegalArgumentException("The concurrent jobs limit is at least 1");
        IrStateStore.NodeRow n = state.nodes(scope, ir).stream().filter(r -> r.node().equalsIgnoreCase(nodeName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + ir + "' has no node named '" + nodeName + "'"));
        state.putNode(scope, ir, new IrStateStore.NodeRow(n.node(), n.machine(), n.thisMachine(), limit, n.registered(), n.lastConnect()));
    }

    /** Records that this machine's runtime is up; call it periodically while the studio or CLI runs. */
    public void heartbeat() {
        state.touchThisMachine(scope, clock.instant());
    }

    public synchronized List<Node> nodes(String ir) {
        Instant now = clock.instant();
        return state.nodes(scope, ir).stream().map(r -> toNode(r, now)).toList();
    }

    private Node toNode(IrStateStore.NodeRow r, Instant now) {
        boolean online = r.thisMachine() && Duration.between(r.lastConnect(), now).compareTo(OFFLINE_AFTER) < 0;
        return new Node(r.node(), r.machine(), r.thisMachine(), r.concurrentJobs(), r.registered(), r.lastConnect(),
                online ? NodeStatus.ONLINE : NodeStatus.OFFLINE);
    }

    public Status status(String ir) {
        List<Node> nodes = nodes(ir);
        if (nodes.isEmpty()) return Status.NEED_REGISTRATION;
        long online = nodes.stream().filter(n -> n.status() == NodeStatus.ONLINE).count();
        if (online == nodes.size()) return Status.ONLINE;
        return online == 0 ? Status.OFFLINE : Status.LIMITED;
    }

    /** The sum of the nodes' concurrent-jobs limits (ADF's scale-out capacity). */
    public int concurrentJobsCapacity(String ir) {
        return nodes(ir).stream().mapToInt(Node::concurrentJobs).sum();
    }
}
