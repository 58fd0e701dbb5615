package dev.pipewright.studio.hub.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.hub.HubTestBase;
import dev.pipewright.studio.hub.HubUi;
import dev.pipewright.studio.hub.ManageHubView;
import dev.pipewright.studio.hub.ManageHubViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Manage hub, headless: every IR kind created through its wizard is written byte for byte as the expected ADF
 * file; refused values stay in the wizard with their message; Azure-SSIS starts and stops and is edited only when
 * stopped; this machine registers as a self-hosted node.
 */
class ManageHubTest extends HubTestBase {

    private ManageHubViewModel vm() {
        return hub.viewModel();
    }

    private static <T> T fx(Callable<T> c) throws Exception {
        return WaitForAsyncUtils.asyncFx(c).get(10, TimeUnit.SECONDS);
    }

    private void awaitRows() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm().runtimesList().rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openNew(FxRobot robot, String kind) throws Exception {
        awaitRows();
        robot.clickOn("#ir-new");
        robot.clickOn("#ir-new-" + kind);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#ir-name");
    }

    private void createAndCompare(FxRobot robot, String name, String expectedFile) throws Exception {
        robot.clickOn("#ir-ok");
        Path file = fixture.root.resolve("integrationRuntime/" + name + ".json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file) && !vm().saver().savingProperty().get());
        assertEquals(HubFixture.expected(expectedFile), fixture.written(name));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm().runtimesList().rows().stream().anyMatch(r -> r.name().equals(name)));
        assertEquals(1, Window.getWindows().size(), "the wizard closed");
    }

    @Test
    void azureIrInARegionThroughTheWizard(FxRobot robot) throws Exception {
        openNew(robot, "azure");
        robot.write("IR-Sales-WestEurope");
        HubUi.text(robot, "#ir-description", "Data flows for sales");
        HubUi.choose(robot, "#azure-region", "West Europe");
        HubUi.choose(robot, "#azure-compute-size", AzureIrForm.ComputeSize.CUSTOM);
        HubUi.choose(robot, "#azure-compute-type", "MemoryOptimized");
        HubUi.choose(robot, "#azure-core-count", "16");
        HubUi.text(robot, "#azure-dataflow-ttl", "30");
        HubUi.check(robot, "#azure-quick-reuse", true);
        createAndCompare(robot, "IR-Sales-WestEurope", "azure-west-europe.json");
        assertTrue(vm().statusProperty().get().contains("saved integrationRuntime/IR-Sales-WestEurope.json"), vm().statusProperty().get());
    }

    @Test
    void managedVnetAzureIrWithComputeScale(FxRobot robot) throws Exception {
        openNew(robot, "azure");
        robot.write("IR-Private");
        HubUi.check(robot, "#azure-vnet", true);
        HubUi.check(robot, "#azure-interactive", true);
        HubUi.check(robot, "#azure-copy-scale", true);
        HubUi.text(robot, "#azure-copy-diu", "32");
        HubUi.text(robot, "#azure-copy-ttl", "15");
        HubUi.text(robot, "#azure-pipeline-nodes", "2");
        HubUi.text(robot, "#azure-dataflow-ttl", "10");
        createAndCompare(robot, "IR-Private", "azure-managed-vnet.json");
    }

    @Test
    void selfHostedAndLinkedSelfHosted(FxRobot robot) throws Exception {
        openNew(robot, "self-hosted");
        robot.write("SHIR-Plant");
        HubUi.text(robot, "#ir-description", "Plant floor servers");
        createAndCompare(robot, "SHIR-Plant", "self-hosted.json");

        openNew(robot, "linked-self-hosted");
        robot.write("SHIR-Shared-HR");
        HubUi.text(robot, "#ir-linked-resource-id", "/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-hr/providers/"
                + "Microsoft.DataFactory/factories/hr-df/integrationruntimes/SHIR-HR");
        createAndCompare(robot, "SHIR-Shared-HR", "linked-self-hosted.json");
    }

    @Test
    void azureSsisWithEveryPageAndThePasswordOnlyInTheSecretStore(FxRobot robot) throws Exception {
        openNew(robot, "azure-ssis");
        robot.write("SSIS-Full");
        HubUi.text(robot, "#ir-description", "Every field of the wizard");
        HubUi.choose(robot, "#ssis-location", "West Europe");
        HubUi.choose(robot, "#ssis-node-size", "Standard_D8_v3");
        HubUi.text(robot, "#ssis-nodes", "2");
        HubUi.choose(robot, "#ssis-edition", "Enterprise");
        HubUi.check(robot, "#ssis-ahb", true);
        assertTrue(((Label) HubUi.node(robot, "#ssis-cost")).getText().contains("US$2.32/hour"));
        HubUi.text(robot, "#ssis-endpoint", "contoso-ssis.database.windows.net");
        HubUi.text(robot, "#ssis-admin-user", "ssisadmin");
        HubUi.text(robot, "#ssis-admin-password", "Wizard-Pa55-word");
        HubUi.choose(robot, "#ssis-tier", "S3");
        HubUi.text(robot, "#ssis-dual-standby", "contoso-pair");
        HubUi.text(robot, "#ssis-package-stores", "Packages=LS_Blob_Landing");
        HubUi.text(robot, "#ssis-max-parallel", "16");
        HubUi.check(robot, "#ssis-custom-setup", true);
        HubUi.text(robot, "#ssis-setup-uri", "https://contososetup.blob.core.windows.net/ssis-setup");
        HubUi.text(robot, "#ssis-setup-sas", "sv=2024&sig=wizard-sas");
        HubUi.text(robot, "#ssis-express-setups", "EnvironmentVariableSetup: variableName=STAGE; variableValue=prod\n"
                + "CmdkeySetup: targetName=files.contoso.com; userName=svc-ssis; password=Cmdkey-Pa55");
        HubUi.check(robot, "#ssis-vnet", true);
        HubUi.choose(robot, "#ssis-injection", dev.pipewright.core.ir.SsisIrSettings.Injection.STANDARD);
        String net = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-net/providers/Microsoft.Network/";
        HubUi.text(robot, "#ssis-vnet-id", net + "virtualNetworks/vnet-ssis");
        HubUi.text(robot, "#ssis-subnet", "ssis");
        HubUi.text(robot, "#ssis-ip1", net + "publicIPAddresses/ip1");
        HubUi.text(robot, "#ssis-ip2", net + "publicIPAddresses/ip2");
        HubUi.check(robot, "#ssis-proxy", true);
        HubUi.choose(robot, "#ssis-proxy-ir", "SHIR-Corp");
        HubUi.choose(robot, "#ssis-proxy-staging", "LS_Blob_Landing");
        HubUi.text(robot, "#ssis-proxy-path", "ssis-staging");
        createAndCompare(robot, "SSIS-Full", "ssis-full.json");
        String all = fixture.written("SSIS-Full");
        assertFalse(all.contains("Wizard-Pa55-word") || all.contains("wizard-sas") || all.contains("Cmdkey-Pa55"));
        assertTrue(fx(() -> vm().runtimesProperty().get().hasSecret("SSIS-Full",
                dev.pipewright.core.ir.IrSecrets.CATALOG_ADMIN_PASSWORD)));
        assertTrue(fx(() -> vm().runtimesProperty().get().hasSecret("SSIS-Full",
                dev.pipewright.core.ir.IrSecrets.expressSetup(1, "password"))));
    }

    @Test
    void invalidValuesAreRefusedWithAMessageAndNothingIsWritten(FxRobot robot) throws Exception {
        openNew(robot, "azure-ssis");
        robot.write("ss");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((Label) HubUi.node(robot, "#ir-name-message")).getText().contains("3 to 63"));
        robot.write("is_x");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((Label) HubUi.node(robot, "#ir-name-message")).getText().contains("single dashes"));
        HubUi.text(robot, "#ir-name", "SSIS-Bad");
        HubUi.text(robot, "#ssis-nodes", "11");
        HubUi.text(robot, "#ssis-max-parallel", "9");
        HubUi.text(robot, "#ssis-endpoint", "not a server");
        robot.clickOn("#ir-ok");
        WaitForAsyncUtils.waitForFxEvents();

        @SuppressWarnings("unchecked")
        List<String> problems = ((ListView<String>) HubUi.node(robot, "#ir-problems")).getItems();
        assertTrue(problems.contains("error PW803 typeProperties.computeProperties.numberOfNodes: node number is 11; ADF allows 1 to 10"),
                problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("PW803 typeProperties.computeProperties.maxParallelExecutionsPerNode")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("PW809 typeProperties.ssisProperties.catalogInfo.catalogServerEndpoint")));
        assertTrue(HubUi.node(robot, "#ssis-nodes").getStyleClass().contains("field-invalid"));
        assertFalse(HubUi.node(robot, "#ssis-location").getStyleClass().contains("field-invalid"));
        assertEquals(2, Window.getWindows().size(), "the wizard stays open");
        assertFalse(Files.exists(fixture.root.resolve("integrationRuntime/SSIS-Bad.json")));
        robot.clickOn("#ir-cancel");
    }

    @Test
    void aNameRefusedByCreateIsNoLongerFlaggedOnceFixed(FxRobot robot) throws Exception {
        openNew(robot, "azure");
        robot.write("SHIR-Corp"); // taken
        robot.clickOn("#ir-ok");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<String> problems = (ListView<String>) HubUi.node(robot, "#ir-problems");
        assertTrue(fx(() -> problems.getItems().stream().anyMatch(p -> p.contains(" name: "))), problems.getItems().toString());
        assertTrue(HubUi.node(robot, "#ir-name").getStyleClass().contains("field-invalid"));

        HubUi.text(robot, "#ir-name", "IR-Free-Name");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", ((Label) HubUi.node(robot, "#ir-name-message")).getText());
        assertEquals(List.of(), fx(() -> List.copyOf(problems.getItems())), "the name's finding is gone with the bad name");
        assertFalse(fx(() -> problems.isVisible()));
        assertFalse(HubUi.node(robot, "#ir-name").getStyleClass().contains("field-invalid"), "and so is its red mark");

        HubUi.text(robot, "#ir-name", "ab"); // bad again: flagged again, as Create would
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fx(() -> problems.getItems().stream().anyMatch(p -> p.contains("3 to 63"))), problems.getItems().toString());
        assertTrue(HubUi.node(robot, "#ir-name").getStyleClass().contains("field-invalid"));
        robot.clickOn("#ir-cancel");
    }

    private IrRow row(String name) {
        return vm().runtimesList().rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, String name) throws Exception {
        awaitRows();
        robot.interact(() -> {
            @SuppressWarnings("unchecked")
            TableView<IrRow> table = (TableView<IrRow>) HubUi.node(robot, "#ir-table");
            table.getSelectionModel().select(row(name));
        });
    }

    /** Selects the row and opens its edit wizard (the list may refresh in between: then select again). */
    private void edit(FxRobot robot, String name) throws Exception {
        for (int attempt = 0; attempt < 5 && Window.getWindows().size() < 2; attempt++) {
            select(robot, name);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !HubUi.node(robot, "#ir-edit").isDisabled());
            robot.clickOn("#ir-edit");
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(2, Window.getWindows().size(), "the edit wizard opened");
    }

    private void awaitStatus(String name, String status) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> row(name).status().equals(status));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void azureSsisStartsStopsAndIsEditedOnlyWhenStopped(FxRobot robot) throws Exception {
        select(robot, "SSIS-EastUS");
        assertEquals("Initial", row("SSIS-EastUS").status());
        robot.clickOn("#ir-start");
        awaitStatus("SSIS-EastUS", "Started");

        edit(robot, "SSIS-EastUS");
        HubUi.text(robot, "#ssis-nodes", "2");
        robot.clickOn("#ir-ok");
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        List<String> problems = ((ListView<String>) HubUi.node(robot, "#ir-problems")).getItems();
        assertTrue(problems.get(0).startsWith("error PW807 type: 'SSIS-EastUS' is Started"), problems.toString());
        robot.clickOn("#ir-cancel");

        select(robot, "SSIS-EastUS");
        robot.clickOn("#ir-stop");
        awaitStatus("SSIS-EastUS", "Stopped");
        edit(robot, "SSIS-EastUS");
        HubUi.text(robot, "#ssis-nodes", "2");
        robot.clickOn("#ir-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.written("SSIS-EastUS").contains("\"numberOfNodes\": 2")
                && !vm().saver().savingProperty().get());
        assertEquals(1, Window.getWindows().size());

        robot.clickOn("#manage-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fixture.written("SSIS-EastUS").contains("\"numberOfNodes\": 1")
                && !vm().saver().savingProperty().get());
        Factory demo = Factory.load(HubFixture.repo().resolve("demo-factory"));
        assertEquals(new String(demo.get(dev.pipewright.core.factory.ResourceKind.INTEGRATION_RUNTIME, "SSIS-EastUS").orElseThrow()
                .canonicalBytes(), java.nio.charset.StandardCharsets.UTF_8), fixture.written("SSIS-EastUS"), "undo restores the file exactly");
    }

    @Test
    void thisMachineRegistersAsASelfHostedNode(FxRobot robot) throws Exception {
        select(robot, "SHIR-Corp");
        assertEquals("Need registration", row("SHIR-Corp").status());
        edit(robot, "SHIR-Corp");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Label) HubUi.node(robot, "#shir-status")).getText().equals("Status: Need registration"));
        assertTrue(((Label) HubUi.node(robot, "#shir-authKey1")).getText().startsWith("IR@•"), "keys are shown masked");
        robot.clickOn("#shir-register");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ((Label) HubUi.node(robot, "#shir-status")).getText().equals("Status: Online"));
        assertTrue(((Label) HubUi.node(robot, "#shir-message")).getText().contains("is registered as a node"));
        robot.clickOn("#ir-cancel");
        robot.clickOn("#ir-refresh");
        awaitStatus("SHIR-Corp", "Online");
    }

    @Test
    void theImplicitDefaultIsListedFirstAndCannotBeEdited(FxRobot robot) throws Exception {
        select(robot, "AutoResolveIntegrationRuntime");
        IrRow auto = vm().runtimesList().rows().get(0);
        assertEquals(List.of("AutoResolveIntegrationRuntime", "Azure", "Public", "Auto Resolve", "Running"),
                List.of(auto.name(), auto.type(), auto.subType(), auto.region(), auto.status()));
        assertTrue(auto.related().contains("linkedService/LS_Blob_Landing"));
        assertTrue(HubUi.node(robot, "#ir-edit").isDisabled());
        assertEquals(6, vm().runtimesList().rows().size());
    }

    @Test
    void newIsEnabledWhenTheFactoryArrivesAfterTheHubAsOnAFreshStart(FxRobot robot) throws Exception {
        // The studio builds the hub before the factory has loaded, then hands it the factory.
        javafx.beans.property.ObjectProperty<Factory> factory = new javafx.beans.property.SimpleObjectProperty<>();
        ManageHubView fresh = fx(() -> new ManageHubView(factory, fixture.services));
        robot.interact(() -> robot.lookup("#ir-new").query().getScene().setRoot(fresh));
        javafx.scene.control.MenuButton newButton = robot.lookup("#ir-new").queryAs(javafx.scene.control.MenuButton.class);
        assertTrue(newButton.isDisabled(), "no factory: nothing to create an IR in");
        assertTrue(dev.pipewright.studio.controls.DisabledReason.of(newButton).startsWith("Open a factory first"));

        robot.interact(() -> factory.set(fixture.factory));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fresh.viewModel().runtimesList().rows().isEmpty());
        assertFalse(newButton.isDisabled(), "+ New is enabled once the factory is there");
        assertEquals(null, dev.pipewright.studio.controls.DisabledReason.of(newButton));
        assertTrue(newButton.getItems().stream().anyMatch(i -> "ir-new-azure".equals(i.getId())), "and lists the kinds");
        robot.clickOn("#ir-new");
        robot.clickOn("#ir-new-azure");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().size() == 2);
        robot.clickOn("#ir-cancel");
    }

    @Test
    void aDisabledButtonSaysWhyOnHover(FxRobot robot) throws Exception {
        awaitRows();
        javafx.scene.control.Button edit = robot.lookup("#ir-edit").queryButton();
        assertTrue(edit.isDisabled());
        assertEquals("Select an integration runtime to edit", dev.pipewright.studio.controls.DisabledReason.of(edit));
        robot.moveTo(edit);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof javafx.scene.control.Tooltip t && t.isShowing() && t.getText().equals("Select an integration runtime to edit")));
        select(robot, "SSIS-EastUS");
        assertFalse(edit.isDisabled());
        assertEquals(null, dev.pipewright.studio.controls.DisabledReason.of(robot.lookup("#ir-start").queryButton()), "a stopped SSIS IR starts");
        String stop = dev.pipewright.studio.controls.DisabledReason.of(robot.lookup("#ir-stop").queryButton());
        assertTrue(stop.startsWith("'SSIS-EastUS' is ") && stop.endsWith("only a started runtime stops"), stop);
    }
}
