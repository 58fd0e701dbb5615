package dev.pipewright.plugin.azureblob;

import com.azure.core.util.BinaryData;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.BlobServiceVersion;
import com.azure.storage.common.sas.AccountSasPermission;
import com.azure.storage.common.sas.AccountSasResourceType;
import com.azure.storage.common.sas.AccountSasService;
import com.azure.storage.common.sas.AccountSasSignatureValues;
import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.testkit.AzuriteServer;
import dev.pipewright.plugins.testkit.Expect;
import dev.pipewright.plugins.testkit.ParquetFiles;
import dev.pipewright.plugins.testkit.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;

import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AzureBlobStorage and AzureBlobFS linked services against Azurite started for the test. */
class AzureBlobConnectorTest {
    private static AzuriteServer azurite;
    private final AzureBlobConnector connector = new AzureBlobConnector();

    @BeforeAll
    static void start() throws Exception {
        azurite = AzuriteServer.start();
        BlobServiceClient service = new BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .serviceVersion(BlobServiceVersion.V2025_11_05).buildClient();
        BlobContainerClient landing = service.createBlobContainer("landing");
        landing.getBlobClient("sales/daily/sales_2026-11-24.csv").upload(BinaryData.fromString("id,amount\n1,9.5\n2,3\n"));
        landing.getBlobClient("sales/daily/bad.csv").upload(BinaryData.fromString("id,amount\n1,\"open\n"));
        service.createBlobContainer("curated").getBlobClient("suppliers/acme.json").upload(BinaryData.fromString("{\"sku\": \"A\"}\n{\"sku\": \"B\"}\n"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (azurite != null) azurite.close();
    }

    /** The linked service as the factory has it (a real account), bound to Azurite by the profile. */
    private static LinkedServiceSpec bound(String type, Props binding) {
        Props props = type.equals("AzureBlobFS") ? Props.of("url", "https://contosocurated.dfs.core.windows.net/")
                : Props.of("connectionString", "DefaultEndpointsProtocol=https;AccountName=contosolanding;EndpointSuffix=core.windows.net;");
        return new LinkedServiceSpec("LS_Blob", type, props, binding, Path.of("."));
    }

    private static DatasetSpec csv(LinkedServiceSpec ls, String container, String folder, String file) {
        return new DatasetSpec("DS", "DelimitedText", Props.of("firstRowAsHeader", true, "location",
                Props.of("type", "AzureBlobStorageLocation", "container", container, "folderPath", folder, "fileName", file).asMap()), ls, null);
    }

    @Test
    void connectionStringTestBrowseAndPreview() throws Exception {
        LinkedServiceSpec ls = bound("AzureBlobStorage", Props.of("connectionString", azurite.connectionString()));
        assertEquals("storage account devstoreaccount1: 2 entries at the top", connector.testConnection(ls, CTX));
        assertEquals(List.of(new Entry("daily", "folder", "landing/sales/daily", -1)), connector.browse(ls, "landing/sales", CTX));
        List<Object[]> rows = drain(connector.read(csv(ls, "landing", "sales/daily", "sales_2026-11-24.csv"), 100, CTX));
        assertEquals(2, rows.size());
        assertEquals("9.5", rows.get(0)[1]);
    }

    @Test
    void accountKeyGivenApartFromTheConnectionString() throws Exception {
        String noKey = "DefaultEndpointsProtocol=http;AccountName=" + AzuriteServer.ACCOUNT + ";BlobEndpoint=" + azurite.blobEndpoint() + ";";
        LinkedServiceSpec ls = bound("AzureBlobStorage", Props.of("connectionString", noKey, "accountKey", AzuriteServer.KEY));
        assertTrue(connector.testConnection(ls, CTX).startsWith("storage account devstoreaccount1"));
    }

    @Test
    void sasUriAndToken() throws Exception {
        BlobServiceClient service = new BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .serviceVersion(BlobServiceVersion.V2025_11_05).buildClient();
        String token = service.generateAccountSas(new AccountSasSignatureValues(OffsetDateTime.now().plusHours(1),
                AccountSasPermission.parse("rl"), AccountSasService.parse("b"), AccountSasResourceType.parse("sco")));
        LinkedServiceSpec ls = bound("AzureBlobStorage", Props.of("sasUri", azurite.blobEndpoint(), "sasToken", token));
        assertTrue(connector.testConnection(ls, CTX).contains("(SAS)"));
        assertEquals(2, drain(connector.read(csv(ls, "landing", "sales/daily", "sales_2026-11-24.csv"), 100, CTX)).size());
        String readOnly = service.generateAccountSas(new AccountSasSignatureValues(OffsetDateTime.now().plusHours(1),
                AccountSasPermission.parse("r"), AccountSasService.parse("b"), AccountSasResourceType.parse("o")));
        LinkedServiceSpec cannotList = bound("AzureBlobStorage", Props.of("sasUri", azurite.blobEndpoint(), "sasToken", readOnly));
        failure(Failure.PERMISSION, () -> connector.testConnection(cannotList, CTX));
    }

    @Test
    void adlsGen2ReadThroughTheBlobEndpoint() throws Exception {
        LinkedServiceSpec ls = bound("AzureBlobFS", Props.of("connectionString", azurite.connectionString()));
        DatasetSpec ds = new DatasetSpec("DS", "Json", Props.of("location",
                Props.of("type", "AzureBlobFSLocation", "fileSystem", "curated", "folderPath", "suppliers").asMap()), ls, null);
        assertEquals(2, drain(connector.read(ds, 100, CTX)).size());
    }

    @Test
    void wrongAccountKeyIsAnAuthFailureWithoutTheKey() {
        String wrong = "AAAA" + AzuriteServer.KEY.substring(4);
        LinkedServiceSpec ls = bound("AzureBlobStorage", Props.of("connectionString", azurite.connectionString(wrong)));
        var e = failure(Failure.AUTH, () -> connector.testConnection(ls, CTX));
        assertFalse(e.getMessage().contains(wrong), e.getMessage());
    }

    @Test
    void missingContainerFolderAndBlobAreNotFound() {
        LinkedServiceSpec ls = bound("AzureBlobStorage", Props.of("connectionString", azurite.connectionString()));
        failure(Failure.NOT_FOUND, () -> connector.browse(ls, "nosuchcontainer", CTX));
        failure(Failure.NOT_FOUND, () -> connector.browse(ls, "landing/nosuchfolder", CTX));
        failure(Failure.NOT_FOUND, () -> connector.read(csv(ls, "landing", "sales/daily", "absent.csv"), 10, CTX));
    }

    @Test
    void badCsvInABlobIsAFormatFailure() {
        LinkedServiceSpec ls = bound("AzureBlobStorage", Props.of("connectionString", azurite.connectionString()));
        failure(Failure.FORMAT, () -> connector.read(csv(ls, "landing", "sales/daily", "bad.csv"), 10, CTX));
    }

    @Test
    void refusedWhenNothingListens() throws Exception {
        String cs = "DefaultEndpointsProtocol=http;AccountName=" + AzuriteServer.ACCOUNT + ";AccountKey=" + AzuriteServer.KEY
                + ";BlobEndpoint=http://127.0.0.1:" + SilentServer.closedPort() + "/" + AzuriteServer.ACCOUNT + ";";
        failure(Failure.REFUSED, () -> connector.testConnection(bound("AzureBlobStorage", Props.of("connectionString", cs)), CTX));
    }

    /** Parquet from a blob: the footer and the first pages by ranged reads, not the blob. */
    @Test
    void parquetPreviewReadsRangesOfTheBlob(@TempDir Path tmp) throws Exception {
        Iterator<Object[]> gen = LongStream.range(0, 600_000).mapToObj(i -> new Object[]{i, "store-" + (i % 97), i * 0.25}).iterator();
        Path big = ParquetFiles.to(tmp.resolve("big.parquet"), "message m { required int64 id; optional binary store (STRING); optional double amount; }")
                .rowGroupBytes(1L << 30).pageRows(10_000).write(() -> gen);
        BlobContainerClient lake = new BlobServiceClientBuilder().connectionString(azurite.connectionString())
                .serviceVersion(BlobServiceVersion.V2025_11_05).buildClient().getBlobContainerClient("curated");
        lake.getBlobClient("sales/big.parquet").uploadFromFile(big.toString());
        byte[] bytes = Files.readAllBytes(big);
        lake.getBlobClient("sales/cut.parquet").upload(BinaryData.fromBytes(Arrays.copyOf(bytes, bytes.length / 2)));
        LinkedServiceSpec ls = bound("AzureBlobFS", Props.of("connectionString", azurite.connectionString()));
        List<String> progress = new ArrayList<>();
        CallContext ctx = Expect.recording(progress, Duration.ofSeconds(30));
        long start = System.nanoTime();
        List<Object[]> rows = drain(connector.read(parquet(ls, "big.parquet"), 101, ctx));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals(List.of(100L, "store-3", 25.0), Arrays.asList(rows.get(100)));
        String read = progress.get(progress.size() - 1);
        System.out.printf("Parquet preview from Azurite: 101 rows of a %,d-byte blob: %s, %d ms%n", bytes.length, read, ms);
        long fetched = Expect.bytesRead(progress);
        assertTrue(fetched < 1_500_000 && fetched < bytes.length / 5, read);
        var e = failure(Failure.FORMAT, () -> connector.read(parquet(ls, "cut.parquet"), 10, CTX));
        assertTrue(e.getMessage().startsWith("curated/sales/cut.parquet is not a complete Parquet file"), e.getMessage());
        failure(Failure.NOT_FOUND, () -> connector.read(parquet(ls, "absent.parquet"), 10, CTX));
    }

    private static DatasetSpec parquet(LinkedServiceSpec ls, String file) {
        return new DatasetSpec("DS_Parquet", "Parquet", Props.of("compressionCodec", "snappy", "location",
                Props.of("type", "AzureBlobFSLocation", "fileSystem", "curated", "folderPath", "sales", "fileName", file).asMap()), ls, null);
    }

    @Test
    void keyVaultAccountKeyIsNotAvailableOffline() {
        LinkedServiceSpec ls = new LinkedServiceSpec("LS", "AzureBlobStorage", Props.of("connectionString", "DefaultEndpointsProtocol=https;AccountName=a;",
                "accountKey", Props.of("type", "AzureKeyVaultSecret", "secretName", "k").asMap()), Props.EMPTY, Path.of("."));
        failure(Failure.SECRET, () -> connector.testConnection(ls, CTX));
    }
}
