package dev.pipewright.studio.hub;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.runtime.ir.ManagedRuntimes;
import dev.pipewright.runtime.secrets.SecretKey;
import dev.pipewright.studio.hub.globalparameter.GlobalParametersViewModel;
import dev.pipewright.studio.hub.ir.IrListViewModel;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Deletes in the Manage hub: refused while referenced (referrers listed), the file removed on save, undo puts it back. */
class ManageDeleteTest extends HubTestBase {
    private void settled() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !hub.viewModel().saver().savingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    private void selectLinkedService(FxRobot robot, String name) {
        robot.interact(() -> {
            TableView<Object> table = (TableView<Object>) HubUi.node(robot, "#ls-table");
            table.getItems().stream().filter(r -> r.toString().contains("name=" + name + ",")).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
    }

    @Test
    void aReferencedLinkedServiceIsRefusedWithItsReferrersAndAnUnreferencedOneLeavesWithItsFileAndSecret(FxRobot robot) throws Exception {
        robot.interact(() -> hub.select(ManageHubView.LINKED_SERVICES));
        Path blob = fixture.root.resolve("linkedService/LS_Blob_Landing.json");
        String before = Files.readString(blob);
        selectLinkedService(robot, "LS_Blob_Landing");
        robot.clickOn("#ls-delete");
        WaitForAsyncUtils.waitForFxEvents();
        String message = ((Label) HubUi.node(robot, "#ls-message")).getText();
        assertTrue(message.startsWith("Linked service 'LS_Blob_Landing' cannot be deleted: it is referenced by dataset/"), message);
        assertEquals(before, Files.readString(blob));

        // LS_Databricks is used by a pipeline; a new linked service is used by nothing.
        String scope = fixture.runtimes().scope();
        robot.interact(() -> {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("name", "LS_Spare");
            ObjectNode p = json.putObject("properties");
            p.putArray("annotations");
            p.put("type", "FileServer");
            p.putObject("typeProperties").put("host", "\\\\files\\spare");
            fixture.factory.add(Resource.create(ResourceKind.LINKED_SERVICE, json));
            hub.viewModel().linkedServices().refresh();
        });
        fixture.services.secrets().put(new SecretKey(scope, "linkedService/LS_Spare", "typeProperties.password"), "Spare-Pa55");
        Path spare = fixture.root.resolve("linkedService/LS_Spare.json");
        Files.writeString(spare, "{}");
        selectLinkedService(robot, "LS_Spare");
        robot.clickOn("#ls-delete");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(spare));
        settled();
        assertTrue(hub.viewModel().linkedServices().rows().stream().noneMatch(r -> r.name().equals("LS_Spare")));
        assertTrue(fixture.services.secrets().keys(scope, "linkedService/LS_Spare").isEmpty());
        assertEquals(before, Files.readString(blob));

        robot.clickOn("#manage-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(spare));
        settled();
        assertTrue(Files.readString(spare).contains("\"host\": \"\\\\\\\\files\\\\spare\""), Files.readString(spare));
        assertEquals("Spare-Pa55", fixture.services.secrets().get(new SecretKey(scope, "linkedService/LS_Spare", "typeProperties.password")).orElseThrow());
        assertTrue(hub.viewModel().linkedServices().rows().stream().anyMatch(r -> r.name().equals("LS_Spare")));
    }

    @Test
    void theDefaultIrAndAReferencedIrAreRefusedAndASelfHostedIrWithANodeAsksFirst(FxRobot robot) throws Exception {
        IrListViewModel vm = hub.viewModel().runtimesList();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !vm.rows().isEmpty());
        assertEquals(IrListViewModel.DeleteOutcome.REFUSED, WaitForAsyncUtils.asyncFx(() -> vm.delete("AutoResolveIntegrationRuntime", false)).get());
        assertTrue(vm.messageProperty().get().startsWith("AutoResolveIntegrationRuntime cannot be deleted"), vm.messageProperty().get());
        assertEquals(IrListViewModel.DeleteOutcome.REFUSED, WaitForAsyncUtils.asyncFx(() -> vm.delete("SHIR-Corp", false)).get());
        assertEquals("Integration runtime 'SHIR-Corp' cannot be deleted: it is referenced by linkedService/LS_SqlServer_Stores",
                vm.messageProperty().get());

        ManagedRuntimes rt = hub.viewModel().runtimesProperty().get();
        robot.interact(() -> {
            ObjectNode json = JsonNodeFactory.instance.objectNode();
            json.put("name", "SHIR-Spare");
            json.putObject("properties").put("type", "SelfHosted");
            fixture.factory.add(Resource.create(ResourceKind.INTEGRATION_RUNTIME, json));
        });
        rt.selfHosted().register("SHIR-Spare", rt.selfHosted().keys("SHIR-Spare").key1(), "node-2", "build-agent-2");
        Path file = fixture.root.resolve("integrationRuntime/SHIR-Spare.json");
        Files.writeString(file, "{}");
        assertEquals(IrListViewModel.DeleteOutcome.CONFIRM, WaitForAsyncUtils.asyncFx(() -> vm.delete("SHIR-Spare", false)).get());
        assertEquals("'SHIR-Spare' has 1 registered node. ADF asks to remove the nodes first: delete the integration runtime and "
                + "unregister its nodes?", vm.messageProperty().get());
        assertTrue(Files.exists(file));
        assertEquals(IrListViewModel.DeleteOutcome.DELETED, WaitForAsyncUtils.asyncFx(() -> vm.delete("SHIR-Spare", true)).get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.exists(file));
        assertEquals(List.of(), rt.selfHosted().nodes("SHIR-Spare"));

        robot.clickOn("#manage-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.exists(file));
        settled();
        assertEquals("{\n\t\"name\": \"SHIR-Spare\",\n\t\"properties\": {\n\t\t\"type\": \"SelfHosted\"\n\t}\n}", Files.readString(file));
        assertEquals(List.of("node-2"), rt.selfHosted().nodes("SHIR-Spare").stream().map(n -> n.name()).toList());
    }

    @Test
    void aCredentialInUseAndAGlobalParameterReadByAPipelineAreRefusedAndAnUnusedParameterIsDeletedAndUndone(FxRobot robot) throws Exception {
        assertFalse(WaitForAsyncUtils.asyncFx(() -> hub.viewModel().credentials().delete("cred_contoso_uami")).get());
        assertEquals(List.of("Credential 'cred_contoso_uami' cannot be deleted: it is referenced by linkedService/LS_Lake_Curated"),
                hub.viewModel().credentials().problems());

        robot.interact(() -> hub.select(ManageHubView.GLOBAL_PARAMETERS));
        GlobalParametersViewModel gp = hub.viewModel().globalParameters();
        GlobalParametersViewModel.Item env = gp.items().stream().filter(i -> i.name.get().equals("gp_environment")).findFirst().orElseThrow();
        assertFalse(WaitForAsyncUtils.asyncFx(() -> gp.remove(env)).get());
        assertTrue(gp.problems().get(0).startsWith("Global parameter 'gp_environment' cannot be deleted: it is referenced by pipeline/"),
                gp.problems().toString());

        Path file = fixture.root.resolve("factory/contoso-retail-df.json");
        String before = Files.readString(file);
        String unused = gp.items().stream().map(i -> i.name.get())
                .filter(n -> dev.pipewright.core.manage.Deletion.globalParameterRefusal(fixture.factory, n).isEmpty()).findFirst().orElseThrow();
        GlobalParametersViewModel.Item item = gp.items().stream().filter(i -> i.name.get().equals(unused)).findFirst().orElseThrow();
        assertTrue(WaitForAsyncUtils.asyncFx(() -> gp.remove(item)).get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !Files.readString(file).contains("\"" + unused + "\""));
        settled();
        robot.clickOn("#manage-undo");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(file).equals(before));
        settled();
        assertTrue(gp.items().stream().anyMatch(i -> i.name.get().equals(unused)));
    }
}
