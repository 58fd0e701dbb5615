package dev.pipewright.plugin.http;

import dev.pipewright.plugin.files.FileStore;
import dev.pipewright.plugin.files.LocalFileStore;
import dev.pipewright.plugin.files.SeekableFile;
import dev.pipewright.plugin.files.format.Formats;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.RowStream;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;

/**
 * {@code HttpServer} and {@code RestService} linked services through the JDK HttpClient: anonymous, basic
 * and header authentication. Json, DelimitedText and RestResource datasets are read from the response as it
 * streams in; Parquet from a bounded temporary copy of the response (its footer is at the end). A profile binding {@code {"url": "http://127.0.0.1:8080/"}} replaces the base URL;
 * {@code {"folder": "…"}} serves each relative URL's path from a local folder.
 */
public final class HttpConnector implements Connector {
    @Override
    public String id() {
        return "http";
    }

    @Override
    public Set<String> linkedServiceTypes() {
        return Set.of("HttpServer", "RestService");
    }

    @Override
    public Set<String> datasetTypes() {
        return Set.of("Json", "DelimitedText", "Parquet", "Binary", "RestResource");
    }

    @Override
    public String testConnection(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        if (ls.localEndpoint().has("folder")) {
            try (FileStore store = folder(ls)) {
                return store.describe() + ": " + store.list("").size() + " files";
            }
        }
        HttpTarget t = HttpTarget.of(ls, ctx);
        HttpResponse<InputStream> r = t.get("", Props.EMPTY, ctx);
        try (InputStream body = r.body()) {
            int status = r.statusCode();
            if (status == 401 || status == 403) throw HttpTarget.statusFailure(status, t.base());
            if (status >= 500) throw HttpTarget.statusFailure(status, t.base());
            return t.base() + " answered HTTP " + status + " (" + t.authLabel() + ")";
        } catch (java.io.IOException e) {
            throw ConnectorException.classify(e, t.base());
        }
    }

    @Override
    public List<Entry> browse(LinkedServiceSpec ls, String path, CallContext ctx) throws ConnectorException {
        if (ls.localEndpoint().has("folder")) {
            try (FileStore store = folder(ls)) {
                return store.list(path);
            }
        }
        return List.of(new Entry(HttpTarget.of(ls, ctx).base(), "file", "", -1));
    }

    @Override
    public RowStream read(DatasetSpec ds, long limit, CallContext ctx) throws ConnectorException {
        boolean rest = ds.type().equals("RestResource");
        Props p = ds.properties();
        String relative = rest ? p.string("relativeUrl", "") : p.child("location").string("relativeUrl", "");
        DatasetSpec format = rest ? new DatasetSpec(ds.name(), "Json", Props.EMPTY, ds.linkedService(), null) : ds;
        if (Formats.isBinary(ds.type())) {
            throw new ConnectorException(Failure.CONFIG, "A Binary dataset over HTTP has no rows to preview", "Preview it as Json or DelimitedText");
        }
        LinkedServiceSpec ls = ds.linkedService();
        if (ls.localEndpoint().has("folder")) {
            FileStore store = folder(ls);
            String file = URI.create(relative.replace(" ", "%20")).getPath();
            if (Formats.isParquet(ds.type())) return Formats.parquet(store.openSeekable(file), file, limit, store, ctx);
            return Formats.open(format, store.open(file), file, limit, store);
        }
        HttpTarget t = HttpTarget.of(ls, ctx);
        if (rest && !"GET".equalsIgnoreCase(p.string("requestMethod", "GET"))) {
            throw new ConnectorException(Failure.CONFIG, "Preview sends only GET requests; " + ds.name() + " uses " + p.string("requestMethod", ""),
                    "Preview a GET resource");
        }
        HttpResponse<InputStream> r = t.get(relative, rest ? p.child("additionalHeaders") : Props.EMPTY, ctx);
        if (r.statusCode() >= 400) {
            try (InputStream ignored = r.body()) {
                throw HttpTarget.statusFailure(r.statusCode(), t.resolve(relative));
            } catch (java.io.IOException e) {
                throw ConnectorException.classify(e, t.base());
            }
        }
        InputStream body = r.body();
        ctx.onCancel(() -> {
            try {
                body.close();
            } catch (java.io.IOException ignored) {
                // the reader sees the closed stream
            }
        });
        if (Formats.isParquet(ds.type())) {
            // HTTP gives no random access here: a bounded temporary copy, then the footer and pages from it
            String name = t.resolve(relative);
            return Formats.parquet(SeekableFile.copyOf(body, name, SeekableFile.MAX_COPY_BYTES), name, limit, null, ctx);
        }
        return Formats.open(format, body, t.resolve(relative), limit, null);
    }

    private static FileStore folder(LinkedServiceSpec ls) throws ConnectorException {
        return LocalFileStore.open(ls.localPath("folder").orElseThrow(), ls.localEndpoint().string("folder", ""));
    }
}
