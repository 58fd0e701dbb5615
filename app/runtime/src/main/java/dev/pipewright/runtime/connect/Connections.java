package dev.pipewright.runtime.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import dev.pipewright.core.model.Dataset;
import dev.pipewright.core.model.LinkedService;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.RowStream;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.ir.SelfHostedNodes;
import dev.pipewright.runtime.placement.AuthoringPlacement;
import dev.pipewright.runtime.placement.PlacementEngine;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.runtime.secrets.SecretStore;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Test connection, browse and data preview, for real, on this machine — routed like ADF would: placement
 * picks the integration runtime for the linked service, and a store that IR cannot reach fails with that
 * problem before anything is contacted. Otherwise the connector talks to the profile's local stand-in
 * ({@code linkedServices.<name>.localEndpoint}) when there is one, else to the address in the linked service.
 * Every call has a timeout and can be cancelled through its {@link Call}; no secret reaches a result.
 */
public final class Connections {
    public static final int DEFAULT_ROWS = 100;
    public static final int MAX_ROWS = 10_000;

    private final Factory factory;
    private final EnvironmentProfile profile;
    private final Path baseDir;
    private final ConnectorHost host;
    private final Function<String, String> environment;
    private volatile SecretStore secretStore;
    private volatile Path secretStoreFile = SecretStore.defaultLocation();
    private volatile Map<String, Map<String, String>> unsaved = Map.of();
    private volatile Function<String, SelfHostedNodes.Status> nodeStatus;

    /**
     * @param baseDir     where relative paths of stand-in bindings start: the profile file's folder
     * @param environment environment variables for {@code "<key>Env"} bindings (System::getenv)
     */
    public Connections(Factory factory, EnvironmentProfile profile, Path baseDir, ConnectorHost host, Function<String, String> environment) {
        this.factory = factory;
        this.profile = profile;
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.host = host;
        this.environment = environment;
    }

    public Connections(Factory factory, EnvironmentProfile profile, Path baseDir) {
        this(factory, profile, baseDir, ConnectorHost.discover(), System::getenv);
    }

    /**
     * Uses the local secret store (unlocked) for the linked services' secrets: a value stored under
     * {@code linkedService/<name>} and property {@code typeProperties.<key>} (e.g. {@code typeProperties.password})
     * is used when the profile's binding does not give that key. Null stops using it.
     */
    public Connections withSecretStore(SecretStore store) {
        this.secretStore = store;
        return this;
    }

    /**
     * Knows the self-hosted IRs' node status (this machine's runtime state): a call placed on one without an online
     * node still runs, through the local runtime, with a PW716 warning saying ADF would fail it. Null: not known.
     */
    public Connections withSelfHostedStatus(Function<String, SelfHostedNodes.Status> statusOf) {
        this.nodeStatus = statusOf;
        return this;
    }

    /** The secret store file Key Vault stand-ins count their secrets in (the default location unless set). */
    public Connections withSecretStoreFile(Path file) {
        this.secretStoreFile = file;
        return this;
    }

    /**
     * Whether a test connection or browse of {@code linkedService}, or a preview of {@code dataset} (give one),
     * would read values from the local secret store {@code file}: it exists and holds secrets of that linked
     * service, or of a Key Vault standing in as the store that the linked service's secrets reference. Read
     * without the passphrase (the store's keys are not secret), so a caller asks for it only when it is needed.
     */
    public boolean needsSecretStore(Path file, String linkedService, String dataset) {
        if (!java.nio.file.Files.isRegularFile(file)) return false;
        String scope = ManagedRuntimes.scopeOf(factory.root());
        String name = linkedService;
        if (dataset != null) {
            name = factory.get(dev.pipewright.core.factory.ResourceKind.DATASET, dataset).map(r -> new Dataset(r).linkedServiceName().orElse(null)).orElse(null);
        }
        if (name == null) return false;
        var ls = factory.get(dev.pipewright.core.factory.ResourceKind.LINKED_SERVICE, name);
        if (ls.isEmpty()) return false;
        java.util.Set<String> resources = new java.util.LinkedHashSet<>();
        resources.add("linkedService/" + ls.get().name());
        ls.get().json().path("properties").path("typeProperties").forEach(v -> {
            if ("AzureKeyVaultSecret".equals(v.path("type").asText()) && KeyVaults.bound(profile, v.path("store").path("referenceName").asText())) {
                resources.add("linkedService/" + v.path("store").path("referenceName").asText());
            }
        });
        return resources.stream().anyMatch(r -> !SecretStore.storedProperties(file, scope, r).isEmpty());
    }

    /**
     * Secrets typed for a linked service that are not in the store yet (Test connection of a form before Apply, as
     * ADF tests before it creates): by secret-store property ({@code typeProperties.password}); they win over the store.
     */
    public Connections withUnsavedSecrets(String linkedService, Map<String, String> byProperty) {
        Map<String, Map<String, String>> m = new java.util.HashMap<>(unsaved);
        m.put(linkedService.toLowerCase(java.util.Locale.ROOT), Map.copyOf(byProperty));
        this.unsaved = Map.copyOf(m);
        return this;
    }

    /** A PW716 warning when the call is placed on a self-hosted IR that has no online node here. */
    public Factory factory() {
        return factory;
    }

    public EnvironmentProfile profile() {
        return profile;
    }

    Secrets newSecrets() {
        return new Secrets(environment);
    }

    List<Problem> hostProblems() {
        return host.failureProblems();
    }

    void standIn(AuthoringPlacement placed, String resource, List<Problem> problems) {
        Function<String, SelfHostedNodes.Status> statusOf = nodeStatus;
        String ir = placed.runtime().integrationRuntime();
        if (statusOf == null || ir == null || placed.runtime().kind() != dev.pipewright.runtime.placement.PlacementKind.SELF_HOSTED) return;
        boolean linked = dev.pipewright.core.model.IntegrationRuntime.all(factory).stream()
                .anyMatch(r -> r.name().equalsIgnoreCase(ir) && r.kind() == dev.pipewright.core.model.IntegrationRuntime.Kind.LINKED_SELF_HOSTED);
        String hint = "Register this machine as a node of " + ir + " (Manage › Integration runtimes › " + ir
                + " › Register this machine, or pipewright ir register <root> " + ir + ") and keep Pipewright running";
        if (linked) {
            problems.add(Problem.of(ProblemCode.SELF_HOSTED_STAND_IN, resource, null, 0, 0, ir + " is a linked self-hosted IR: it runs on the"
                    + " sharing factory's nodes, which are not known here, so Pipewright's local runtime stood in for them",
                    "In ADF the call works only while a node of the shared IR is online"));
            return;
        }
        SelfHostedNodes.Status status = statusOf.apply(ir);
        if (status == SelfHostedNodes.Status.ONLINE || status == SelfHostedNodes.Status.LIMITED) return;
        problems.add(Problem.of(ProblemCode.SELF_HOSTED_STAND_IN, resource, null, 0, 0, ir + " has no online node (" + status.label()
                + "): in ADF this would fail to connect; Pipewright's local runtime stood in for the IR", hint));
    }

    /** ADF's Test connection for a linked service. */
    public ConnectionResult testConnection(String linkedService, Call call) {
        long start = System.nanoTime();
        Secrets secrets = new Secrets(environment);
        SpecResolver resolver = resolver(secrets);
        List<Problem> problems = new ArrayList<>(host.failureProblems());
        String via = "";
        List<String> reasons = List.of();
        String target = "";
        String detail = "";
        try {
            LinkedService ls = resolver.linkedServiceResource(linkedService);
            AuthoringPlacement placed = PlacementEngine.of(factory, profile).authoring(ls.name());
            via = placed.runtime().display();
            reasons = placed.reasons();
            problems.addAll(placed.problems());
            standIn(placed, "linkedService/" + ls.name(), problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                LinkedServiceSpec spec = resolver.linkedService(ls, null);
                target = target(spec);
                if (ls.type().equals(KeyVaults.TYPE)) {
                    detail = KeyVaults.test(spec, secretStoreFile, ManagedRuntimes.scopeOf(factory.root()));
                } else {
                    Connector connector = connector(ls.type(), "linkedService/" + ls.name());
                    String said = call.run(ctx -> connector.testConnection(spec, ctx), "Linked service " + ls.name());
                    detail = secrets.scrub(said);
                }
            }
        } catch (ProblemException e) {
            problems.add(secrets.scrub(e.problem()));
        } catch (ConnectorException e) {
            problems.add(FailureProblems.of(e, "linkedService/" + linkedService, secrets));
        }
        return new ConnectionResult(linkedService, via, reasons, target, detail, problems, since(start));
    }

    /**
     * The first {@code rows} rows of a dataset (1 to 10,000), streamed: nothing past them is read.
     *
     * @param parameters dataset parameter values by name (text, converted to the declared type); others take their defaults
     * @param query      a query to preview instead of the table (SQL datasets), or null
     */
    /**
     * Preview data from an activity's Source tab, as ADF's: the result of the source's query when it reads
     * {@code dataset} with one ({@link SourceQuery}), else the dataset's rows. Expressions in the query are evaluated
     * with the pipeline's parameter defaults and the global parameters.
     *
     * @param activity           the activity's JSON as it is now (a draft included)
     * @param pipelineParameters the pipeline's {@code parameters} declarations (null: none)
     */
    public PreviewResult previewFrom(JsonNode activity, JsonNode pipelineParameters, String dataset, int rows, Map<String, String> parameters,
                                     Call call) {
        Optional<JsonNode> query = SourceQuery.of(activity, dataset);
        if (query.isEmpty()) return preview(dataset, rows, parameters, null, call);
        Map<String, ObjectNode> declared = new LinkedHashMap<>();
        if (pipelineParameters != null) {
            pipelineParameters.properties().forEach(e -> {
                if (e.getValue() instanceof ObjectNode o) declared.put(e.getKey(), o);
            });
        }
        Secrets secrets = new Secrets(environment);
        String owner = "pipeline activity " + activity.path("name").asText("");
        try {
            return preview(dataset, rows, parameters, resolver(secrets).query(query.get(), declared, owner), call);
        } catch (ProblemException e) {
            return new PreviewResult(dataset, "", "", List.of(), List.of(), false, List.of(secrets.scrub(e.problem())), Duration.ZERO);
        }
    }

    /**
     * {@link #previewFrom(JsonNode, JsonNode, String, int, Map, Call)} for the activity {@code activity} (at any depth)
     * of the pipeline {@code pipeline} as saved; a name that is not there is the problem the preview reports.
     */
    public PreviewResult previewFrom(String pipeline, String activity, String dataset, int rows, Map<String, String> parameters, Call call) {
        Optional<Pipeline> found = factory.get(ResourceKind.PIPELINE, pipeline).map(Pipeline::new);
        Optional<Activity> named = found.flatMap(p -> p.allActivities().stream().filter(a -> a.name().equalsIgnoreCase(activity)).findFirst());
        if (named.isEmpty()) {
            Problem missing = Problem.of(ProblemCode.CONNECT_CONFIG, "pipeline/" + pipeline, null, 0, 0,
                    found.isEmpty() ? "Pipeline " + pipeline + " does not exist" : "Pipeline " + pipeline + " has no activity " + activity,
                    "Name it as PIPELINE/ACTIVITY (names ignore case); pipewright validate lists the factory's resources");
            return new PreviewResult(dataset, "", "", List.of(), List.of(), false, List.of(missing), Duration.ZERO);
        }
        return previewFrom(named.get().json(), found.get().properties().get("parameters"), dataset, rows, parameters, call);
    }

    public PreviewResult preview(String dataset, int rows, Map<String, String> parameters, String query, Call call) {
        long start = System.nanoTime();
        Secrets secrets = new Secrets(environment);
        SpecResolver resolver = resolver(secrets);
        List<Problem> problems = new ArrayList<>(host.failureProblems());
        String via = "";
        String target = "";
        List<Column> columns = List.of();
        List<Object[]> data = new ArrayList<>();
        boolean more = false;
        int limit = Math.max(1, Math.min(rows, MAX_ROWS));
        try {
            Dataset ds = resolver.datasetResource(dataset);
            AuthoringPlacement placed = PlacementEngine.of(factory, profile).preview(ds.name());
            via = placed.runtime().display();
            problems.addAll(placed.problems());
            standIn(placed, "dataset/" + ds.name(), problems);
            if (problems.stream().noneMatch(Problem::isError)) {
                DatasetSpec spec = resolver.dataset(ds, parameters, query);
                Connector connector = connector(spec.linkedService().type(), "linkedService/" + spec.linkedService().name());
                if (!connector.datasetTypes().contains(ds.type())) {
                    throw new ProblemException(Problem.of(ProblemCode.CONNECT_NO_CONNECTOR, "dataset/" + ds.name(), null, 0, 0,
                            "Connector " + connector.id() + " does not preview datasets of type " + ds.type(),
                            "It previews: " + String.join(", ", new java.util.TreeSet<>(connector.datasetTypes()))));
                }
                target = target(spec.linkedService());
                List<Column> cols = call.run(ctx -> {
                    try (RowStream s = connector.read(spec, limit + 1L, ctx)) {
                        for (Object[] r = s.next(); r != null; r = s.next()) {
                            ctx.checkCancelled();
                            data.add(r);
                            if (data.size() % 1000 == 0) ctx.progress(data.size() + " rows");
                            if (data.size() > limit) break;
                        }
                        return s.columns();
                    }
                }, "Dataset " + ds.name());
                more = data.size() > limit;
                if (more) data.remove(data.size() - 1);
                columns = ColumnTypes.infer(cols, data);
            }
        } catch (ProblemException e) {
            problems.add(secrets.scrub(e.problem()));
        } catch (ConnectorException e) {
            problems.add(FailureProblems.of(e, "dataset/" + dataset, secrets));
            data.clear();
        }
        return new PreviewResult(dataset, via, target, columns, data, more, problems, since(start));
    }

    /** What is in the store at {@code path} ("" for the top): containers, folders, files, schemas, tables. */
    public List<Connector.Entry> browse(String linkedService, String path, Call call, List<Problem> problems) {
        problems.addAll(host.failureProblems());
        Secrets secrets = new Secrets(environment);
        SpecResolver resolver = resolver(secrets);
        try {
            LinkedService ls = resolver.linkedServiceResource(linkedService);
            AuthoringPlacement placed = PlacementEngine.of(factory, profile).authoring(ls.name());
            problems.addAll(placed.problems());
            if (placed.problems().stream().anyMatch(Problem::isError)) return List.of();
            LinkedServiceSpec spec = resolver.linkedService(ls, null);
            if (ls.type().equals(KeyVaults.TYPE)) return KeyVaults.browse(spec, secretStoreFile, ManagedRuntimes.scopeOf(factory.root()));
            Connector connector = connector(ls.type(), "linkedService/" + ls.name());
            return call.run(ctx -> connector.browse(spec, path == null ? "" : path, ctx), "Linked service " + ls.name());
        } catch (ProblemException e) {
            problems.add(secrets.scrub(e.problem()));
        } catch (ConnectorException e) {
            problems.add(FailureProblems.of(e, "linkedService/" + linkedService, secrets));
        }
        return List.of();
    }

    SpecResolver resolver(Secrets secrets) {
        SecretStore store = secretStore;
        String scope = ManagedRuntimes.scopeOf(factory.root());
        return new SpecResolver(factory, profile, baseDir, secrets, storedSecrets(), m -> KeyVaults.resolve(m, profile, store, scope, secrets));
    }

    /** The stored secrets of a linked service: key under typeProperties → value. */
    private Function<String, Map<String, String>> storedSecrets() {
        SecretStore store = secretStore;
        Map<String, Map<String, String>> typed = unsaved;
        String scope = ManagedRuntimes.scopeOf(factory.root());
        return name -> {
            Map<String, String> found = new java.util.LinkedHashMap<>();
            if (store != null) {
                for (SecretKey k : store.keys(scope, "linkedService/" + name)) {
                    if (k.property().startsWith("typeProperties.")) store.get(k).ifPresent(v -> found.put(k.property().substring("typeProperties.".length()), v));
                }
            }
            typed.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), Map.of()).forEach((k, v) -> {
                if (k.startsWith("typeProperties.")) found.put(k.substring("typeProperties.".length()), v);
            });
            return found;
        };
    }

    Connector connector(String type, String resource) throws ProblemException {
        return host.forLinkedServiceType(type).orElseThrow(() -> new ProblemException(Problem.of(ProblemCode.CONNECT_NO_CONNECTOR,
                resource, null, 0, 0, "No connector serves linked services of type " + type,
                host.connectors().isEmpty() ? "No connector plugins are installed" : "Installed connectors serve: "
                        + String.join(", ", host.connectors().stream().flatMap(c -> c.linkedServiceTypes().stream()).sorted().toList()))));
    }

    private String target(LinkedServiceSpec spec) {
        boolean bound = profile.linkedService(spec.name()).localEndpoint() != null;
        return bound ? "the profile's local stand-in" : "the address in the linked service";
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }
}
