package dev.pipewright.cli;

import dev.pipewright.runtime.connect.Connections;
import dev.pipewright.runtime.connect.PreviewResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code pipewright preview}: ADF's Preview data, run on this machine. */
@Command(name = "preview", mixinStandardHelpOptions = true,
        description = {"Show the schema and first rows of a dataset, read for real from this machine.",
                "",
                "Files are streamed (only what the rows need is read); SQL previews put the row limit in the query. "
                        + "Routing and stand-ins as for test-connection.",
                "Exit status: 0 = previewed, 1 = the preview failed, 2 = could not run (bad arguments, profile or name)."})
final class PreviewCommand extends ConnectCommandBase {
    enum Format { table, json, csv }

    @Parameters(index = "1", paramLabel = "<dataset>", description = "The dataset's name (ignores case).")
    String dataset;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "100", description = "How many rows, 1 to 10000 (default: ${DEFAULT-VALUE}).")
    int rows;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "A dataset parameter's value (repeatable); others take their defaults.")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--query", paramLabel = "SQL", description = "Preview this query instead of the dataset's table (SQL datasets).")
    String query;

    @Option(names = "--activity", paramLabel = "PIPELINE/ACTIVITY",
            description = "Preview as that Copy or Lookup activity's Source tab does: the result of its source's query, if it has one.")
    String activity;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|json|csv", description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    int run() {
        if (rows < 1 || rows > Connections.MAX_ROWS) {
            throw new IllegalArgumentException("--rows must be between 1 and " + Connections.MAX_ROWS + ", not " + rows);
        }
        Connections connections = connections(null, dataset);
        if (connections == null) return Main.COULD_NOT_RUN;
        PreviewResult r;
        if (activity != null) {
            int slash = activity.indexOf('/');
            if (slash <= 0 || slash == activity.length() - 1) throw new IllegalArgumentException("--activity is PIPELINE/ACTIVITY, not " + activity);
            if (query != null) throw new IllegalArgumentException("--activity previews the activity's own query: leave out --query");
            r = connections.previewFrom(activity.substring(0, slash), activity.substring(slash + 1), dataset, rows, params, newCall());
        } else {
            r = connections.preview(dataset, rows, params, query, newCall());
        }
        switch (format) {
            case json -> PreviewReport.json(out(), r);
            case csv -> PreviewReport.csv(out(), err(), r);
            default -> PreviewReport.table(out(), r, seconds(r.elapsed()));
        }
        return exitStatus(r.problems());
    }
}
