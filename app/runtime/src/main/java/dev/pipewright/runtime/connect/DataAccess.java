package dev.pipewright.runtime.connect;

import com.fasterxml.jackson.databind.JsonNode;
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
import dev.pipewright.plugins.api.ScriptResult;
import dev.pipewright.plugins.api.WriteRequest;
import dev.pipewright.runtime.placement.AuthoringPlacement;
import dev.pipewright.runtime.placement.PlacementEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What local runs do with data, through the connectors and routed as {@link Connections} routes previews:
 * read a dataset's rows (Lookup), copy a dataset's rows into another (Copy; the sink connector writes all or
 * nothing), and run a script against a linked service (Script). Dataset and linked-service parameters are the
 * values the run evaluated. Failures are problems with the store's words and no secret.
 */
public final class DataAccess {
    /** A data call that failed; the problem says why. */
    public static final class DataFailure extends Exception {
        private final transient Problem problem;

        DataFailure(Problem problem) {
            super(problem.message(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /** A dataset, its parameter values and a query to read instead of its table (or null). */
    public record Endpoint(String dataset, JsonNode parameters, String query) {
    }

    /** Rows read, at most the limit asked for; {@code more} when the dataset had more. */
    public record Rows(List<Column> columns, List<Object[]> rows, boolean more, String via) {
    }

    /** What a copy moved: rows read and written, and roughly how many bytes (values as text). */
    public record Copied(long rowsRead, long rowsCopied, long bytesRead, String sourceVia, String sinkVia) {
    }

    /** A column mapping of a copy: source column → sink column, by name (ignoring case). */
    public record Mapping(String source, String sink) {
    }

    private final Connections connections;

    public DataAccess(Connections connections) {
        this.connections = connections;
    }

    public Rows read(Endpoint from, int limit, Call call) throws DataFailure {
        Secrets secrets = connections.newSecrets();
        try {
            Opened source = open(from, secrets);
            List<Object[]> data = new ArrayList<>();
            List<Column> cols = call.run(ctx -> {
                try (RowStream s = source.connector.read(source.spec, limit + 1L, ctx)) {
                    for (Object[] r = s.next(); r != null && data.size() <= limit; r = s.next()) {
                        ctx.checkCancelled();
                        data.add(r);
                    }
                    return s.columns();
                }
            }, "Dataset " + source.spec.name());
            boolean more = data.size() > limit;
            if (more) data.remove(data.size() - 1);
            return new Rows(ColumnTypes.infer(cols, data), data, more, source.via);
        } catch (ProblemException e) {
            throw new DataFailure(secrets.scrub(e.problem()));
        } catch (ConnectorException e) {
            throw new DataFailure(FailureProblems.of(e, "dataset/" + from.dataset(), secrets));
        }
    }

    /**
     * Streams every row of {@code from} into {@code to}, renamed and selected by {@code mappings} (all columns by
     * name when empty); {@code settings} gives the sink's pre-copy script, autoCreate and batch size.
     */
    public Copied copy(Endpoint from, Endpoint to, List<Mapping> mappings, WriteRequest settings, Call call) throws DataFailure {
        Secrets secrets = connections.newSecrets();
        String current = "dataset/" + from.dataset();
        try {
            Opened source = open(from, secrets);
            current = "dataset/" + to.dataset();
            Opened sink = open(to, secrets);
            long[] counts = new long[2];
            long written = call.run(ctx -> {
                try (RowStream s = new PrefetchRows(source.connector.read(source.spec, -1, ctx))) {
                    MappedRows rows = new MappedRows(s, mappings, counts);
                    WriteRequest request = new WriteRequest(rows.columns(), settings.preCopyScript(), settings.autoCreate(), settings.batchSize(), settings.skipped());
                    return sink.connector.write(sink.spec, request, rows, ctx);
                }
            }, "Copy from " + from.dataset() + " to " + to.dataset());
            return new Copied(counts[0], written, counts[1], source.via, sink.via);
        } catch (ProblemException e) {
            throw new DataFailure(secrets.scrub(e.problem()));
        } catch (ConnectorException e) {
            throw new DataFailure(FailureProblems.of(e, current, secrets));
        }
    }

    /** What Get Metadata sees of a file dataset: its folder's entries (null when the folder does not exist) and its file name (or null). */
    public record Listing(String folder, String fileName, List<Connector.Entry> entries, String via) {
    }

    /** Lists the folder of a file dataset's location ({@code container}/{@code fileSystem} + {@code folderPath}). */
    public Listing list(Endpoint e, Call call) throws DataFailure {
        Secrets secrets = connections.newSecrets();
        try {
            Opened ds = open(e, secrets);
            var location = ds.spec.properties().child("location");
            String top = location.string("container").or(() -> location.string("fileSystem")).or(() -> location.string("bucketName")).orElse("");
            String folder = join(top, location.string("folderPath", ""));
            String file = location.string("fileName").filter(f -> !f.isBlank()).orElse(null);
            try {
                List<Connector.Entry> entries = call.run(ctx -> ds.connector.browse(ds.spec.linkedService(), folder, ctx), "Dataset " + ds.spec.name());
                return new Listing(folder, file, entries, ds.via);
            } catch (ConnectorException notThere) {
                if (notThere.failure() != dev.pipewright.plugins.api.Failure.NOT_FOUND) throw notThere;
                return new Listing(folder, file, null, ds.via);
            }
        } catch (ProblemException x) {
            throw new DataFailure(secrets.scrub(x.problem()));
        } catch (ConnectorException x) {
            throw new DataFailure(FailureProblems.of(x, "dataset/" + e.dataset(), secrets));
        }
    }

    /** Deletes the given files of the dataset's store (paths from {@link #list}). */
    public void delete(Endpoint e, List<Connector.Entry> files, Call call) throws DataFailure {
        Secrets secrets = connections.newSecrets();
        try {
            Opened ds = open(e, secrets);
            call.run(ctx -> {
                for (Connector.Entry f : files) {
                    ctx.checkCancelled();
                    ds.connector.delete(ds.spec.linkedService(), f.path(), ctx);
                }
                return null;
            }, "Dataset " + ds.spec.name());
        } catch (ProblemException x) {
            throw new DataFailure(secrets.scrub(x.problem()));
        } catch (ConnectorException x) {
            throw new DataFailure(FailureProblems.of(x, "dataset/" + e.dataset(), secrets));
        }
    }

    private static String join(String a, String b) {
        String x = a.replaceAll("^/+|/+$", "");
        String y = b.replaceAll("^/+|/+$", "");
        return x.isEmpty() ? y : y.isEmpty() ? x : x + "/" + y;
    }

    /** Runs the script against the linked service (with its parameter values), in one transaction. */
    public ScriptResult script(String linkedService, JsonNode parameters, String script, Call call) throws DataFailure {
        Secrets secrets = connections.newSecrets();
        try {
            SpecResolver resolver = connections.resolver(secrets);
            LinkedService ls = resolver.linkedServiceResource(linkedService);
            AuthoringPlacement placed = PlacementEngine.of(connections.factory(), connections.profile()).authoring(ls.name());
            refuse(placed, "linkedService/" + ls.name());
            LinkedServiceSpec spec = resolver.linkedService(ls, parameters);
            Connector connector = connections.connector(ls.type(), "linkedService/" + ls.name());
            ScriptResult r = call.run(ctx -> connector.execute(spec, script, ctx), "Linked service " + ls.name());
            return r;
        } catch (ProblemException e) {
            throw new DataFailure(secrets.scrub(e.problem()));
        } catch (ConnectorException e) {
            throw new DataFailure(FailureProblems.of(e, "linkedService/" + linkedService, secrets));
        }
    }

    private record Opened(DatasetSpec spec, Connector connector, String via) {
    }

    private Opened open(Endpoint e, Secrets secrets) throws ProblemException {
        SpecResolver resolver = connections.resolver(secrets);
        Dataset ds = resolver.datasetResource(e.dataset());
        AuthoringPlacement placed = PlacementEngine.of(connections.factory(), connections.profile()).preview(ds.name());
        refuse(placed, "dataset/" + ds.name());
        DatasetSpec spec = resolver.dataset(ds, e.parameters(), e.query());
        Connector connector = connections.connector(spec.linkedService().type(), "linkedService/" + spec.linkedService().name());
        if (!connector.datasetTypes().contains(ds.type())) {
            throw new ProblemException(Problem.of(ProblemCode.CONNECT_NO_CONNECTOR, "dataset/" + ds.name(), null, 0, 0,
                    "Connector " + connector.id() + " does not serve datasets of type " + ds.type(), ""));
        }
        return new Opened(spec, connector, placed.runtime().display());
    }

    /** A placement error (an unreachable private store …) stops the call before anything is contacted. */
    private static void refuse(AuthoringPlacement placed, String resource) throws ProblemException {
        for (Problem p : placed.problems()) if (p.isError()) throw new ProblemException(p);
    }

    /** The source rows with the mapping applied, counting rows and text bytes as they pass. */
    private static final class MappedRows implements RowStream {
        private final RowStream source;
        private final int[] pick;
        private final List<Column> columns = new ArrayList<>();
        private final long[] counts;

        MappedRows(RowStream source, List<Mapping> mappings, long[] counts) throws ConnectorException {
            this.source = source;
            this.counts = counts;
            List<Column> in = source.columns();
            if (mappings.isEmpty()) {
                pick = new int[in.size()];
                for (int i = 0; i < in.size(); i++) {
                    pick[i] = i;
                    columns.add(in.get(i));
                }
                return;
            }
            pick = new int[mappings.size()];
            for (int m = 0; m < mappings.size(); m++) {
                int found = -1;
                for (int i = 0; i < in.size(); i++) if (in.get(i).name().toLowerCase(Locale.ROOT).equals(mappings.get(m).source().toLowerCase(Locale.ROOT))) found = i;
                if (found < 0) {
                    throw new ConnectorException(dev.pipewright.plugins.api.Failure.CONFIG, "The mapping names source column " + mappings.get(m).source()
                            + ", which the source does not have", "Its columns: " + String.join(", ", in.stream().map(Column::name).toList()));
                }
                pick[m] = found;
                columns.add(new Column(mappings.get(m).sink(), in.get(found).type(), in.get(found).typeName()));
            }
        }

        @Override
        public List<Column> columns() {
            return columns;
        }

        @Override
        public Object[] next() throws ConnectorException {
            Object[] row = source.next();
            if (row == null) return null;
            counts[0]++;
            Object[] out = new Object[pick.length];
            for (int i = 0; i < pick.length; i++) {
                Object v = pick[i] < row.length ? row[pick[i]] : null;
                out[i] = v;
                if (v != null) counts[1] += v instanceof String s ? s.length() : 8;
            }
            return out;
        }

        @Override
        public void close() {
            source.close();
        }
    }
}
