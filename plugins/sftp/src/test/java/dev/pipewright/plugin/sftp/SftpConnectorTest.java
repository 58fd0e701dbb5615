package dev.pipewright.plugin.sftp;

import dev.pipewright.plugins.api.Connector.Entry;
import dev.pipewright.plugins.api.CallContext;
import dev.pipewright.plugins.api.DatasetSpec;
import dev.pipewright.plugins.api.Failure;
import dev.pipewright.plugins.api.LinkedServiceSpec;
import dev.pipewright.plugins.api.Props;
import dev.pipewright.plugins.testkit.SilentServer;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.List;

import dev.pipewright.plugins.testkit.Expect;
import dev.pipewright.plugins.testkit.ParquetFiles;

import static dev.pipewright.plugins.testkit.Expect.CTX;
import static dev.pipewright.plugins.testkit.Expect.drain;
import static dev.pipewright.plugins.testkit.Expect.failure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sftp linked services against an embedded Apache MINA SSHD SFTP server. */
class SftpConnectorTest {
    private static final String PASSWORD = "sftp-Secret-77";
    @TempDir
    static Path dir;
    private static SshServer server;
    private static KeyPair userKey;
    private static String fingerprint;
    private final SftpConnector connector = new SftpConnector();

    @BeforeAll
    static void start() throws Exception {
        Path root = Files.createDirectories(dir.resolve("root/outbound"));
        Files.writeString(root.resolve("acme.json"), "[{\"sku\": \"A\", \"cost\": 1.5}, {\"sku\": \"B\", \"cost\": 2}]");
        Files.writeString(root.resolve("acme.csv"), "sku,cost\nA,1.5\n");
        List<Object[]> costs = new java.util.ArrayList<>();
        for (int i = 0; i < 50_000; i++) costs.add(new Object[]{"SKU-" + i, i / 100.0});
        ParquetFiles.to(dir.resolve("root/costs.parquet"), "message m { required binary sku (STRING); optional double cost; }").pageRows(1000).write(costs);
        KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
        gen.initialize(256);
        userKey = gen.generateKeyPair();
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(dir.resolve("hostkey.ser")));
        server.setPasswordAuthenticator((user, password, session) -> user.equals("contoso") && password.equals(PASSWORD));
        server.setPublickeyAuthenticator((user, key, session) -> user.equals("contoso") && KeyUtils.compareKeys(key, userKey.getPublic()));
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(dir.resolve("root")));
        server.start();
        PublicKey hostKey = server.getKeyPairProvider().loadKeys(null).iterator().next().getPublic();
        fingerprint = KeyUtils.getFingerPrint(hostKey);
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop(true);
    }

    private static LinkedServiceSpec ls(Object... more) {
        Props p = Props.of("host", "127.0.0.1", "port", server.getPort(), "userName", "contoso", "authenticationType", "Basic",
                "skipHostKeyValidation", false, "hostKeyFingerprint", fingerprint, "password", PASSWORD).with(Props.of(more));
        return new LinkedServiceSpec("LS_Sftp", "Sftp", p, Props.EMPTY, dir);
    }

    private static DatasetSpec json(LinkedServiceSpec ls, String fileName) {
        return new DatasetSpec("DS", "Json", Props.of("location", Props.of("type", "SftpLocation", "folderPath", "outbound", "fileName", fileName).asMap()), ls, null);
    }

    @Test
    void passwordAuthenticationWithTheHostKeyChecked() throws Exception {
        assertEquals("SFTP contoso@127.0.0.1:" + server.getPort() + ": 2 entries at the top", connector.testConnection(ls(), CTX));
        assertEquals(List.of(new Entry("acme.csv", "file", "outbound/acme.csv", 15), new Entry("acme.json", "file", "outbound/acme.json", 52)),
                connector.browse(ls(), "outbound", CTX));
        List<Object[]> rows = drain(connector.read(json(ls(), "*.json"), 100, CTX));
        assertEquals(2, rows.size());
        assertEquals("B", rows.get(1)[0]);
    }

    /** Parquet over SFTP: the footer and first pages are read at offsets of the remote file. */
    @Test
    void parquetIsReadAtOffsets() throws Exception {
        List<String> progress = new java.util.ArrayList<>();
        CallContext ctx = Expect.recording(progress, java.time.Duration.ofSeconds(15));
        DatasetSpec ds = new DatasetSpec("DS", "Parquet", Props.of("location", Props.of("type", "SftpLocation", "fileName", "costs.parquet").asMap()), ls(), null);
        List<Object[]> rows = drain(connector.read(ds, 3, ctx));
        assertEquals(List.of("SKU-2", 0.02), java.util.Arrays.asList(rows.get(2)));
        String read = progress.get(progress.size() - 1);
        long size = Files.size(dir.resolve("root/costs.parquet"));
        long fetched = Expect.bytesRead(progress);
        assertTrue(fetched < size / 2, read);
    }

    @Test
    void keyAuthentication() throws Exception {
        ByteArrayOutputStream pem = new ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "test", null, pem);
        Files.write(dir.resolve("id_test"), pem.toByteArray());
        LinkedServiceSpec byContent = ls("authenticationType", "SshPublicKey", "password", null,
                "privateKeyContent", Props.of("type", "SecureString", "value", pem.toString(StandardCharsets.US_ASCII)).asMap());
        assertTrue(connector.testConnection(byContent, CTX).startsWith("SFTP contoso@"));
        LinkedServiceSpec byPath = new LinkedServiceSpec("LS_Sftp", "Sftp", ls("authenticationType", "SshPublicKey", "password", null).properties(),
                Props.of("privateKeyPath", "id_test"), dir);
        assertTrue(connector.testConnection(byPath, CTX).startsWith("SFTP contoso@"));
    }

    @Test
    void wrongPasswordIsAnAuthFailureWithoutThePassword() {
        var e = failure(Failure.AUTH, () -> connector.testConnection(ls("password", "not-it-123"), CTX));
        assertFalse(e.getMessage().contains("not-it-123"));
    }

    @Test
    void aDifferentHostKeyIsRefusedUnlessValidationIsSkipped() throws Exception {
        failure(Failure.TLS, () -> connector.testConnection(ls("hostKeyFingerprint", "SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), CTX));
        assertTrue(connector.testConnection(ls("hostKeyFingerprint", "SHA256:nope", "skipHostKeyValidation", true), CTX).startsWith("SFTP"));
    }

    @Test
    void missingFolderAndFileAreNotFound() {
        failure(Failure.NOT_FOUND, () -> connector.browse(ls(), "inbound", CTX));
        failure(Failure.NOT_FOUND, () -> connector.read(json(ls(), "absent.json"), 10, CTX));
    }

    @Test
    void refusedAndTimeout() throws Exception {
        failure(Failure.REFUSED, () -> connector.testConnection(ls("port", SilentServer.closedPort()), CTX));
        try (SilentServer silent = new SilentServer()) {
            failure(Failure.TIMEOUT, () -> connector.testConnection(ls("port", silent.port()),
                    dev.pipewright.plugins.api.CallContext.of(java.time.Duration.ofSeconds(1))));
        }
    }

    @Test
    void keyVaultPasswordIsNotAvailableOffline() {
        failure(Failure.SECRET, () -> connector.testConnection(ls("password", Props.of("type", "AzureKeyVaultSecret", "secretName", "s").asMap()), CTX));
    }
}
