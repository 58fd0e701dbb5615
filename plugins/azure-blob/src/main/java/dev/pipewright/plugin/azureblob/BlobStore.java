package dev.pipewright.plugin.azureblob;

import com.azure.core.http.HttpClient;
import com.azure.core.util.HttpClientOptions;
import com.azure.storage.blob.BlobClient;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.BlobServiceVersion;
import com.azure.storage.blob.models.BlobContainerItem;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.BlobRange;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.common.StorageSharedKeyCredential;
import com.azure.storage.common.policy.RequestRetryOptions;
import com.azure.storage.common.policy.RetryPolicyType;
import dev.pipewright.plugin.files.FileStore;
import dev.pipewright.plugin.files.SeekableFile;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.ConnectorException;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** A storage account as folders: containers (file systems) at the top, '/'-separated blob names below. */
final class BlobStore implements FileStore {
    /** The newest version Azurite 3.35 accepts; real accounts accept it too. */
    private static final BlobServiceVersion VERSION = BlobServiceVersion.V2025_11_05;

    private final BlobServiceClient service;
    private final String label;
    private final Duration timeout;

    private BlobStore(BlobServiceClient service, String label, Duration timeout) {
        this.service = service;
        this.label = label;
        this.timeout = timeout;
    }

    static BlobStore open(LinkedServiceSpec ls, CallContext ctx) throws ConnectorException {
        Duration timeout = ctx.timeout();
        int seconds = (int) Math.max(1, timeout.toSeconds());
        HttpClient http = HttpClient.createDefault(new HttpClientOptions().setConnectTimeout(timeout).setResponseTimeout(timeout)
                .setReadTimeout(timeout).setWriteTimeout(timeout));
        BlobServiceClientBuilder b = new BlobServiceClientBuilder().serviceVersion(VERSION).httpClient(http)
                .retryOptions(new RequestRetryOptions(RetryPolicyType.FIXED, 1, seconds, null, null, null));
        String label;
        // a binding that names an endpoint replaces the linked service's whole connection form
        boolean bound = ls.localEndpoint().has("connectionString") || ls.localEndpoint().has("sasUri") || ls.localEndpoint().has("url");
        dev.pipewright.plugins.api.Props form = bound ? ls.localEndpoint() : ls.properties();
        Optional<String> cs = form.string("connectionString");
        Optional<String> sas = form.string("sasUri");
        try {
            if (cs.isPresent()) {
                String s = cs.get();
                if (!s.toLowerCase(Locale.ROOT).contains("accountkey=") && !s.toLowerCase(Locale.ROOT).contains("sharedaccesssignature=")) {
                    String key = ls.secret("accountKey").orElseThrow(() -> new ConnectorException(Failure.SECRET,
                            "The account key of " + ls.name() + " is not available here", "Give it in the profile binding: \"accountKeyEnv\": \"VAR\""));
                    s = (s.endsWith(";") ? s : s + ";") + "AccountKey=" + key + ";";
                }
                b.connectionString(s);
                label = "storage account " + part(s, "AccountName").orElse("?");
            } else if (sas.isPresent()) {
                String uri = sas.get();
                Optional<String> token = ls.secret("sasToken");
                if (token.isPresent()) uri = uri + (uri.contains("?") ? "&" : "?") + token.get().replaceFirst("^\\?", "");
                b.endpoint(uri);
                label = "storage account " + URI.create(sas.get()).getHost() + " (SAS)";
            } else {
                String url = form.string("url").or(() -> form.string("serviceEndpoint")).orElseThrow(() -> new ConnectorException(Failure.CONFIG,
                        "Linked service " + ls.name() + " has no connection string, SAS URI or URL", "Set one, or bind a stand-in in the profile"));
                URI u = URI.create(url);
                String account = u.getHost().split("\\.")[0];
                String key = ls.secret("accountKey").orElseThrow(() -> new ConnectorException(Failure.CONFIG,
                        "Linked service " + ls.name() + " authenticates with something other than an account key or SAS",
                        "Bind a stand-in in the profile (an Azurite connection string), or use account key authentication"));
                b.endpoint(u.getScheme() + "://" + u.getHost().replace(".dfs.", ".blob.") + (u.getPort() > 0 ? ":" + u.getPort() : "") + "/")
                        .credential(new StorageSharedKeyCredential(account, key));
                label = "storage account " + account;
            }
            return new BlobStore(b.buildClient(), label, timeout);
        } catch (IllegalArgumentException e) {
            throw new ConnectorException(Failure.CONFIG, "The connection settings of " + ls.name() + " are not valid: " + firstLine(e),
                    "Check the connection string or SAS URI");
        }
    }

    private static Optional<String> part(String cs, String key) {
        for (String p : cs.split(";")) {
            int eq = p.indexOf('=');
            if (eq > 0 && p.substring(0, eq).trim().equalsIgnoreCase(key)) return Optional.of(p.substring(eq + 1).trim());
        }
        return Optional.empty();
    }

    @Override
    public String describe() {
        return label;
    }

    @Override
    public List<Entry> list(String folder) throws ConnectorException {
        String path = FileStore.trim(folder);
        List<Entry> entries = new ArrayList<>();
        try {
            if (path.isEmpty()) {
                for (BlobContainerItem c : service.listBlobContainers(null, timeout)) entries.add(new Entry(c.getName(), "container", c.getName(), -1));
                return entries;
            }
            int slash = path.indexOf('/');
            String container = slash < 0 ? path : path.substring(0, slash);
            String prefix = slash < 0 ? "" : path.substring(slash + 1) + "/";
            BlobContainerClient c = service.getBlobContainerClient(container);
            for (BlobItem item : c.listBlobsByHierarchy("/", new ListBlobsOptions().setPrefix(prefix), timeout)) {
                String name = item.getName().substring(prefix.length());
                boolean dir = Boolean.TRUE.equals(item.isPrefix());
                if (dir) name = name.substring(0, name.length() - 1);
                entries.add(new Entry(name, dir ? "folder" : "file", FileStore.join(path, name), dir ? -1 : item.getProperties().getContentLength()));
            }
            if (entries.isEmpty() && !prefix.isEmpty()) {
                throw new ConnectorException(Failure.NOT_FOUND, "Folder " + path + " does not exist in " + label, "Check the container and folder path");
            }
            return entries;
        } catch (RuntimeException e) {
            throw failure(e, path.isEmpty() ? label : path + " in " + label);
        }
    }

    @Override
    public InputStream open(String file) throws ConnectorException {
        String path = FileStore.trim(file);
        int slash = path.indexOf('/');
        if (slash < 0) throw new ConnectorException(Failure.CONFIG, "No file name after container " + path, "Give a folder path and file name");
        try {
            return service.getBlobContainerClient(path.substring(0, slash)).getBlobClient(path.substring(slash + 1)).openInputStream();
        } catch (RuntimeException e) {
            throw failure(e, path + " in " + label);
        }
    }

    /**
     * The blob read by ranges: each read is one ranged GET (at least 256 KB, see the Parquet reader), so a
     * preview fetches the footer and the pages it needs, never the whole blob.
     */
    @Override
    public SeekableFile openSeekable(String file) throws ConnectorException {
        String path = FileStore.trim(file);
        int slash = path.indexOf('/');
        if (slash < 0) throw new ConnectorException(Failure.CONFIG, "No file name after container " + path, "Give a folder path and file name");
        String what = path + " in " + label;
        BlobClient blob = service.getBlobContainerClient(path.substring(0, slash)).getBlobClient(path.substring(slash + 1));
        long size;
        try {
            size = blob.getPropertiesWithResponse(null, timeout, null).getValue().getBlobSize();
        } catch (RuntimeException e) {
            throw failure(e, what);
        }
        return new SeekableFile() {
            private final AtomicLong requests = new AtomicLong();

            @Override
            public long length() {
                return size;
            }

            @Override
            public int read(long position, byte[] buffer, int offset, int len) throws IOException {
                if (position >= size) return -1;
                int n = (int) Math.min(len, size - position);
                ByteArrayOutputStream out = new ByteArrayOutputStream(n);
                try {
                    requests.incrementAndGet();
                    blob.downloadStreamWithResponse(out, new BlobRange(position, (long) n), null, null, false, timeout, null);
                } catch (RuntimeException e) {
                    throw new IOException(e.getMessage(), failure(e, what));
                }
                byte[] got = out.toByteArray();
                System.arraycopy(got, 0, buffer, offset, got.length);
                return got.length;
            }

            @Override
            public long requests() {
                return requests.get();
            }

            @Override
            public void close() {
            }
        };
    }

    static ConnectorException failure(RuntimeException e, String what) {
        if (e instanceof BlobStorageException s) {
            String code = s.getErrorCode() == null ? "" : s.getErrorCode().toString();
            int status = s.getStatusCode();
            if (status == 404) {
                String thing = code.startsWith("Container") ? "Container of " : code.startsWith("Blob") ? "File " : "";
                return new ConnectorException(Failure.NOT_FOUND, thing + what + " does not exist (" + code + ")", "Check the container, folder and file name", e);
            }
            // Azure answers AuthenticationFailed to a wrong key or SAS signature; Azurite answers AuthorizationFailure
            if (status == 403 && (code.startsWith("Authentication") || code.equals("AuthorizationFailure"))) {
                return new ConnectorException(Failure.AUTH, "The storage account rejected the credential for " + what + " (" + code + ")",
                        "Check the account key or SAS token (and that the SAS has not expired)", e);
            }
            if (status == 403) {
                return new ConnectorException(Failure.PERMISSION, "Not allowed to read " + what + " (" + code + ")", "Grant read and list access, or use a SAS with them", e);
            }
            return new ConnectorException(Failure.OTHER, what + ": HTTP " + status + " " + code, "", e);
        }
        return ConnectorException.classify(e, what);
    }

    private static String firstLine(Exception e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
