package dev.pipewright.cli;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.FactoryWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipewright ir}: create and edit with ADF's JSON and checks, list, Azure-SSIS lifecycle, self-hosted keys and nodes. */
class IrCliTest {
    @TempDir
    Path dir;

    private Path demo() {
        Path root = dir.resolve("factory");
        Factory demo = Factory.load(Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));
        assertTrue(FactoryWriter.export(demo, root).ok());
        return root;
    }

    /** {@code ir <sub> <root> --state … --secrets … --passphrase-file … <rest>}, with every store in the temp folder. */
    private String[] args(Path root, String... rest) throws Exception {
        Path passphrase = dir.resolve("passphrase.txt");
        Files.writeString(passphrase, "cli test passphrase\n");
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("ir", rest[0], root.toString(),
                "--state", dir.resolve("state.db").toString(), "--secrets", dir.resolve("secrets.db").toString(),
                "--passphrase-file", passphrase.toString()));
        all.addAll(java.util.Arrays.asList(rest).subList(1, rest.length));
        return all.toArray(String[]::new);
    }

    @Test
    void createsAnAzureIrExactlyAsAdfWritesIt() throws Exception {
        Path root = demo();
        CliRun run = CliRun.of(args(root, "save", "--name", "IR-Sales-WestEurope", "--description", "Data flows for sales",
                "--region", "West Europe", "--compute-type", "MemoryOptimized", "--core-count", "16", "--dataflow-ttl", "30",
                "--quick-reuse", "true"));
        assertEquals(0, run.exitCode(), run.err());
        assertEquals("Created integrationRuntime/IR-Sales-WestEurope.json\n", run.out());
        String expected = Files.readString(Path.of(System.getProperty("pipewright.repo", "../.."))
                .resolve("app/core/src/test/resources/dev/pipewright/core/ir/azure-west-europe.json"));
        assertEquals(expected, Files.readString(root.resolve("integrationRuntime/IR-Sales-WestEurope.json")));
    }

    @Test
    void refusedValuesArePrintedWithTheirFieldAndNothingIsWritten() throws Exception {
        Path root = demo();
        CliRun run = CliRun.of(args(root, "save", "--name", "SSIS-Big", "--kind", "azure_ssis", "--nodes", "11",
                "--catalog-endpoint", "contoso.database.windows.net", "--admin-user", "admin"));
        assertEquals(1, run.exitCode());
        assertTrue(run.err().contains("error PW803 typeProperties.computeProperties.numberOfNodes: node number is 11; ADF allows 1 to 10"),
                run.err());
        assertTrue(run.err().contains("PW802 typeProperties.ssisProperties.catalogInfo.catalogAdminPassword"), run.err());
        assertFalse(Files.exists(root.resolve("integrationRuntime/SSIS-Big.json")));
    }

    @Test
    void listStartStopAndEditOnlyWhenStopped() throws Exception {
        Path root = demo();
        String list = CliRun.of(args(root, "list")).out();
        assertTrue(list.lines().skip(1).findFirst().orElseThrow().startsWith("AutoResolveIntegrationRuntime"), list);
        assertTrue(list.contains("Initial US$0.58/hour (1 × Standard_D4_v3 at US$0.58)"), list);
        String before = System.getProperty("pipewright.ssis.timeScale");
        System.setProperty("pipewright.ssis.timeScale", "0.00001");
        try {
            CliRun start = CliRun.of(args(root, "start", "SSIS-EastUS"));
            assertEquals(0, start.exitCode(), start.err());
            assertTrue(start.out().startsWith("SSIS-EastUS: Starting until "));
            Thread.sleep(20);
            CliRun edit = CliRun.of(args(root, "save", "--name", "SSIS-EastUS", "--edit", "--nodes", "2"));
            assertEquals(1, edit.exitCode());
            assertTrue(edit.err().contains("PW807"), edit.err());
            assertEquals(0, CliRun.of(args(root, "stop", "SSIS-EastUS")).exitCode());
            Thread.sleep(20);
            assertEquals(0, CliRun.of(args(root, "save", "--name", "SSIS-EastUS", "--edit", "--nodes", "2")).exitCode());
            assertTrue(Files.readString(root.resolve("integrationRuntime/SSIS-EastUS.json")).contains("\"numberOfNodes\": 2,"));
            CliRun stopAgain = CliRun.of(args(root, "stop", "SSIS-EastUS"));
            assertEquals(1, stopAgain.exitCode());
            assertTrue(stopAgain.err().contains("only a started Azure-SSIS IR can be stopped"));
        } finally {
            if (before == null) System.clearProperty("pipewright.ssis.timeScale");
            else System.setProperty("pipewright.ssis.timeScale", before);
        }
    }

    @Test
    void selfHostedKeysAndThisMachineAsANode() throws Exception {
        Path root = demo();
        CliRun keys = CliRun.of(args(root, "keys", "SHIR-Corp"));
        assertEquals(0, keys.exitCode(), keys.err());
        String key2 = keys.out().lines().filter(l -> l.startsWith("authKey2 ")).findFirst().orElseThrow().substring(9);
        CliRun register = CliRun.of(args(root, "register", "SHIR-Corp", "--key", key2));
        assertEquals(0, register.exitCode(), register.err());
        assertTrue(register.out().endsWith("registered; status Online\n"), register.out());
        assertFalse(Files.readString(root.resolve("integrationRuntime/SHIR-Corp.json")).contains(key2));
        assertTrue(CliRun.of(args(root, "list")).out().contains("Online"));
    }
}
