package dev.pipewright.studio.hub;

import dev.pipewright.core.manage.LsField;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.studio.hub.linkedservice.LinkedServiceFormViewModel;
import dev.pipewright.studio.shell.Snapshots;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Manage › Linked services › + New through the form: files exactly as ADF writes them, secrets in the store, two-way code view. */
class LinkedServiceFormUiTest extends HubTestBase {
    private static String expected(String file) throws IOException {
        return Files.readString(HubFixture.repo().resolve("app/core/src/test/resources/dev/pipewright/core/manage/" + file));
    }

    private void startNew(FxRobot robot, String name, String type) {
        robot.interact(() -> hub.select(ManageHubView.LINKED_SERVICES));
        HubUi.text(robot, "#ls-new-name", name);
        HubUi.choose(robot, "#ls-new-type", type);
        robot.clickOn("#ls-new");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String code(FxRobot robot) {
        return ((TextInputControl) HubUi.node(robot, "#ls-json")).getText();
    }

    private void applyAndWait(FxRobot robot, Path file) throws Exception {
        robot.interact(() -> hub.viewModel().linkedServices().apply());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !hub.viewModel().saver().savingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aBlobStorageWithAKeyVaultAccountKeyIsWrittenExactlyAsAdfWritesIt(FxRobot robot) throws Exception {
        startNew(robot, "LS_Blob_Raw", "AzureBlobStorage");
        HubUi.text(robot, "#ls-f-accountName", "contosoraw");
        HubUi.choose(robot, "#ls-f-accountKey-source", LsField.KEY_VAULT);
        HubUi.choose(robot, "#ls-f-accountKey-store", "LS_KeyVault");
        HubUi.text(robot, "#ls-f-accountKey-secret-name", "raw-account-key");
        HubUi.text(robot, "#ls-description", "Raw files from the point-of-sale export");
        HubUi.text(robot, "#ls-annotations", "retail");
        assertTrue(code(robot).contains("\"secretName\": \"raw-account-key\""), code(robot));
        Snapshots.save(robot.window(0).getScene(), Path.of("target", "screenshots", "manage-linked-service-form.png"));
        Path file = fixture.root.resolve("linkedService/LS_Blob_Raw.json");
        applyAndWait(robot, file);
        assertEquals(List.of(), hub.viewModel().linkedServices().problems());
        assertEquals(expected("LS_Blob_Raw.json"), Files.readString(file));
    }

    @Test
    void anAzureSqlDatabaseWithATypedPasswordKeepsThePasswordInTheStoreAndInNoFile(FxRobot robot) throws Exception {
        startNew(robot, "LS_Sql_Orders", "AzureSqlDatabase");
        HubUi.text(robot, "#ls-f-server", "orders.database.windows.net");
        HubUi.text(robot, "#ls-f-database", "@{linkedService().database}");
        HubUi.text(robot, "#ls-f-userName", "etl_orders");
        robot.interact(() -> hub.viewModel().linkedServices().apply());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(hub.viewModel().linkedServices().problems().contains(
                "error PW812 typeProperties.password: Password: type it, or reference a secret in Azure Key Vault"),
                hub.viewModel().linkedServices().problems().toString());

        HubUi.text(robot, "#ls-f-password", "Orders-Pa55");
        robot.interact(() -> {
            LinkedServiceFormViewModel.Parameter p = hub.viewModel().linkedServices().form().addParameter();
            p.name.set("database");
            p.defaultValue.set("orders");
        });
        HubUi.choose(robot, "#ls-connect-via", "IR-WestEurope");
        assertFalse(code(robot).contains("Orders-Pa55"), code(robot));
        Path file = fixture.root.resolve("linkedService/LS_Sql_Orders.json");
        applyAndWait(robot, file);
        assertEquals(expected("LS_Sql_Orders.json"), Files.readString(file));
        assertEquals("Orders-Pa55", fixture.services.secrets().get(new SecretKey(fixture.runtimes().scope(), "linkedService/LS_Sql_Orders",
                "typeProperties.password")).orElseThrow());
        assertEquals("", ((TextInputControl) HubUi.node(robot, "#ls-f-password")).getText());
        try (Stream<Path> files = Files.walk(fixture.root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains("Orders-Pa55"), f.toString());
            }
        }
    }

    @Test
    void theCodeViewAndTheFormFollowEachOther(FxRobot robot) throws Exception {
        startNew(robot, "LS_Sftp_Partners", "Sftp");
        robot.interact(() -> ((TabPane) HubUi.node(robot, "#ls-tabs")).getSelectionModel().select(1));
        HubUi.text(robot, "#ls-json", code(robot).replace("\"host\": \"\"", "\"host\": \"sftp.partners.example.com\"")
                .replace("\"typeProperties\": {", "\"typeProperties\": {\n\t\t\t\"host\": \"sftp.partners.example.com\","));
        assertEquals("sftp.partners.example.com", ((TextInputControl) HubUi.node(robot, "#ls-f-host")).getText());
        robot.interact(() -> ((TabPane) HubUi.node(robot, "#ls-tabs")).getSelectionModel().select(0));
        HubUi.text(robot, "#ls-f-port", "2222");
        assertTrue(code(robot).contains("\t\t\t\"host\": \"sftp.partners.example.com\",\n\t\t\t\"port\": 2222,"), code(robot));
        HubUi.choose(robot, "#ls-f-authenticationType", "SshPublicKey");
        assertTrue(code(robot).contains("\"authenticationType\": \"SshPublicKey\""), code(robot));
        assertTrue(HubUi.node(robot, "#ls-f-privateKeyPath").isVisible());
        assertFalse(HubUi.node(robot, "#ls-f-password").isVisible());
    }

    @Test
    void testConnectionFromTheFormRunsTheDraftAgainstTheDemosSqliteStandInAndSavesNothing(FxRobot robot) throws Exception {
        var read = ProfileReader.read(HubFixture.repo().resolve("demo-env/local.json"), RegionCatalog.standard());
        robot.interact(() -> fixture.services.profileProperty().set(read.profile()));
        robot.interact(() -> hub.select(ManageHubView.LINKED_SERVICES));
        robot.interact(() -> hub.viewModel().linkedServices().open("LS_AzureSql_Sales"));
        assertEquals("Legacy", hub.viewModel().linkedServices().form().value("version").get());
        assertTrue(HubUi.node(robot, "#ls-f-connectionString").isVisible());
        String before = Files.readString(fixture.root.resolve("linkedService/LS_AzureSql_Sales.json"));
        HubUi.text(robot, "#ls-description", "edited in the form, not applied");
        robot.clickOn("#ls-test");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !hub.viewModel().linkedServices().connect().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String result = ((Label) HubUi.node(robot, "#ls-test-result")).getText();
        assertTrue(result.startsWith("Connection successful via AutoResolveIntegrationRuntime (East US)"), result);
        assertEquals(before, Files.readString(fixture.root.resolve("linkedService/LS_AzureSql_Sales.json")),
                "Test connection tests the draft and saves nothing (ADF tests before it creates)");
        assertTrue(code(robot).contains("\"description\": \"edited in the form, not applied\""), code(robot));
    }

    @Test
    void aTestResultBelongsToItsLinkedServiceAndItsDraftAndTheDefaultRuntimeIsShown(FxRobot robot) throws Exception {
        var read = ProfileReader.read(HubFixture.repo().resolve("demo-env/local.json"), RegionCatalog.standard());
        robot.interact(() -> fixture.services.profileProperty().set(read.profile()));
        robot.interact(() -> hub.select(ManageHubView.LINKED_SERVICES));
        robot.clickOn(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) -> "LS_SqlServer_Stores".equals(c.getText())).queryAs(javafx.scene.Node.class));
        assertEquals("SHIR-Corp", robot.lookup("#ls-connect-via").queryComboBox().getValue());
        robot.clickOn("#ls-test");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !hub.viewModel().linkedServices().connect().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((Label) HubUi.node(robot, "#ls-test-result")).getText().startsWith("Connection successful via SHIR-Corp"));

        robot.clickOn(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) -> "LS_Blob_Landing".equals(c.getText())).queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", ((Label) HubUi.node(robot, "#ls-test-result")).getText().trim(), "the other linked service's result is gone");
        javafx.scene.control.ComboBox<?> via = robot.lookup("#ls-connect-via").queryComboBox();
        assertEquals("AutoResolveIntegrationRuntime", via.getValue(), "no connectVia: the default IR, not a blank");
        assertTrue(via.lookupAll(".list-cell").stream().anyMatch(c -> "AutoResolveIntegrationRuntime".equals(((javafx.scene.control.ListCell<?>) c).getText())),
                "and shows it");

        robot.clickOn("#ls-test");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !hub.viewModel().linkedServices().connect().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(((Label) HubUi.node(robot, "#ls-test-result")).getText().isBlank());
        HubUi.text(robot, "#ls-description", "a changed draft");
        assertEquals("", ((Label) HubUi.node(robot, "#ls-test-result")).getText().trim(), "the draft changed: its old result no longer holds");
    }
}
