package dev.pipewright.studio.hub;

import dev.pipewright.core.ir.IrSecrets;
import dev.pipewright.core.manage.CredentialSettings;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.studio.hub.globalparameter.GlobalParametersViewModel;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linked services (code view, connectVia, secrets, Test connection), global parameters and credentials, headless. */
class ManageSectionsTest extends HubTestBase {

    private void awaitSaved(Path file, String contains) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && Files.readString(file).contains(contains)
                && !hub.viewModel().saver().savingProperty().get());
    }

    private String secret(String resource, String property) {
        return fixture.services.secrets().get(new SecretKey(fixture.runtimes().scope(), resource, property)).orElseThrow();
    }

    @Test
    void linkedServiceCreatedInTheCodeViewWithConnectViaAndAMaskedPasswordAndATestConnectionAgainstSqlite(FxRobot robot) throws Exception {
        robot.interact(() -> hub.select(ManageHubView.LINKED_SERVICES));
        robot.clickOn("#ls-new-name").write("LS_Sql_Orders");
        robot.interact(() -> robot.lookup("#ls-new-type").queryComboBox().setValue("AzureSqlDatabase"));
        robot.clickOn("#ls-new");
        String json = ((TextInputControl) HubUi.node(robot, "#ls-json")).getText();
        assertTrue(json.contains("\"type\": \"AzureSqlDatabase\""), json);
        HubUi.text(robot, "#ls-json", json.replaceFirst("\"typeProperties\": \\{[^}]*\\}", "\"typeProperties\": {\"connectionString\": "
                + "\"Server=tcp:orders.database.windows.net;Database=orders;User ID=etl\", \"password\": {\"type\": \"SecureString\", "
                + "\"value\": \"Orders-Pa55\"}}"));
        robot.interact(() -> robot.lookup("#ls-connect-via").queryComboBox().getSelectionModel().select("IR-WestEurope"));
        robot.clickOn("#ls-apply");
        Path file = fixture.root.resolve("linkedService/LS_Sql_Orders.json");
        awaitSaved(file, "IR-WestEurope");
        String written = Files.readString(file);
        assertTrue(written.contains("\"value\": \"**********\"") && !written.contains("Orders-Pa55"), written);
        assertTrue(written.endsWith("\t\t\"connectVia\": {\n\t\t\t\"referenceName\": \"IR-WestEurope\",\n"
                + "\t\t\t\"type\": \"IntegrationRuntimeReference\"\n\t\t}\n\t}\n}"), written);
        assertEquals("Orders-Pa55", secret("linkedService/LS_Sql_Orders", "typeProperties.password"));
        assertTrue(hub.viewModel().linkedServices().rows().stream().anyMatch(r -> r.name().equals("LS_Sql_Orders")
                && r.connectVia().equals("IR-WestEurope")));

        // Test connection through the runtime, on the demo profile's SQLite stand-in for the sales database.
        Path profile = HubFixture.repo().resolve("demo-env/local.json");
        var read = ProfileReader.read(profile, RegionCatalog.standard());
        robot.interact(() -> fixture.services.profileProperty().set(read.profile()));
        robot.interact(() -> hub.viewModel().linkedServices().open("LS_AzureSql_Sales"));
        robot.clickOn("#ls-test");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !hub.viewModel().linkedServices().connect().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        String result = ((Label) HubUi.node(robot, "#ls-test-result")).getText();
        assertTrue(result.startsWith("Connection successful via AutoResolveIntegrationRuntime (East US)"), result);
    }

    @Test
    void brokenJsonIsRefusedWithItsPosition(FxRobot robot) throws Exception {
        robot.interact(() -> hub.select(ManageHubView.LINKED_SERVICES));
        robot.interact(() -> hub.viewModel().linkedServices().open("LS_Blob_Landing"));
        String before = Files.readString(fixture.root.resolve("linkedService/LS_Blob_Landing.json"));
        HubUi.text(robot, "#ls-json", "{\n\t\"name\": \"LS_Blob_Landing\",\n\t\"properties\": {\n\t\t\"type\": \"AzureBlobStorage\",\n\t}\n}");
        robot.clickOn("#ls-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(HubUi.items(robot, "#ls-problems").get(0).startsWith("linkedService/LS_Blob_Landing.json:5:"), HubUi.items(robot, "#ls-problems").toString());
        assertEquals(before, Files.readString(fixture.root.resolve("linkedService/LS_Blob_Landing.json")));
    }

    @Test
    void globalParametersAreEditedCheckedAndUndone(FxRobot robot) throws Exception {
        robot.interact(() -> hub.select(ManageHubView.GLOBAL_PARAMETERS));
        GlobalParametersViewModel vm = hub.viewModel().globalParameters();
        assertEquals(6, vm.items().size());
        robot.clickOn("#gp-new");
        GlobalParametersViewModel.Item added = vm.items().get(6);
        robot.interact(() -> {
            added.name.set("gp_batch_size");
            added.type.set("int");
            added.value.set("lots");
        });
        robot.clickOn("#gp-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("Global parameter gp_batch_size: 'lots' is not a whole number"), HubUi.items(robot, "#gp-problems"));
        robot.interact(() -> added.value.set("500"));
        robot.clickOn("#gp-apply");
        Path file = fixture.root.resolve("factory/contoso-retail-df.json");
        awaitSaved(file, "\"gp_batch_size\": {\n\t\t\t\t\"type\": \"int\",\n\t\t\t\t\"value\": 500\n\t\t\t}");
        robot.clickOn("#manage-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.readString(file).contains("gp_batch_size")
                && !hub.viewModel().saver().savingProperty().get());
    }

    @Test
    void servicePrincipalCredentialKeepsItsKeyInTheSecretStore(FxRobot robot) throws Exception {
        robot.interact(() -> hub.select(ManageHubView.CREDENTIALS));
        HubUi.text(robot, "#cred-name", "cred_sp_etl");
        robot.interact(() -> robot.lookup("#cred-type").queryComboBox().getSelectionModel().select(CredentialSettings.SERVICE_PRINCIPAL));
        HubUi.text(robot, "#cred-tenant", "11111111-2222-3333-4444-555555555555");
        robot.clickOn("#cred-apply");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("servicePrincipalId: give the application (client) ID",
                "servicePrincipalKey: type the key, or reference an Azure Key Vault secret"), HubUi.items(robot, "#cred-problems"));
        HubUi.text(robot, "#cred-sp-id", "app-etl");
        HubUi.text(robot, "#cred-key", "Sp-Key-Value");
        robot.interact(() -> ((CheckBox) HubUi.node(robot, "#cred-key-vault")).setSelected(false));
        robot.clickOn("#cred-apply");
        Path file = fixture.root.resolve("credential/cred_sp_etl.json");
        awaitSaved(file, "app-etl");
        assertFalse(Files.readString(file).contains("Sp-Key-Value"));
        assertTrue(Files.readString(file).contains("\"value\": \"" + IrSecrets.MASK + "\""));
        assertEquals("Sp-Key-Value", secret("credential/cred_sp_etl", CredentialSettings.KEY_PROPERTY));
    }
}
