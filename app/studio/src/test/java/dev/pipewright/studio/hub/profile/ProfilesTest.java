package dev.pipewright.studio.hub.profile;

import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.ProfileReader;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.hub.HubTestBase;
import dev.pipewright.studio.hub.HubUi;
import dev.pipewright.studio.hub.ManageHubView;
import dev.pipewright.studio.hub.ir.IrRow;
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

/** Environment profiles: listed beside the factory, edited, checked, saved, and made active (Synapse mode). */
class ProfilesTest extends HubTestBase {
    private Path profileCopy() throws Exception {
        Path folder = fixture.root.resolveSibling("factory-env");
        Files.createDirectories(folder);
        Path file = folder.resolve("local.json");
        Files.copy(HubFixture.repo().resolve("demo-env/local.json"), file);
        return file;
    }

    @Test
    void theActiveProfileIsListedEvenOutsideTheProfileFolder(FxRobot robot) throws Exception {
        // as ./pipewright studio <copy> --env=demo-env/local.json: the active profile is not in <root>-env/
        Path outside = fixture.root.resolveSibling("elsewhere").resolve("local.json").toAbsolutePath().normalize();
        Files.createDirectories(outside.getParent());
        Files.copy(HubFixture.repo().resolve("demo-env/local.json"), outside);
        EnvironmentProfile profile = ProfileReader.read(outside, RegionCatalog.standard()).profile();
        ProfilesViewModel vm = hub.viewModel().profiles();
        robot.interact(() -> fixture.services.profileProperty().set(profile));
        robot.interact(() -> vm.show(fixture.root));
        robot.interact(() -> hub.select(ManageHubView.ENVIRONMENT_PROFILES));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.files().equals(List.of(outside.toString())));
        assertEquals(List.of(outside.toString()), HubUi.items(robot, "#profile-list"));
        robot.clickOn(outside.toString());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.factoryName.get().equals("contoso-retail-df"));
        assertEquals(11, vm.linkedServices().size());
        dev.pipewright.studio.shell.Snapshots.inBothThemes(robot.lookup("#profile-list").query().getScene(), "manage-profiles-active-outside");

        // with profiles beside the factory too, those come first; one of them made active, the outside one goes
        Path beside = profileCopy();
        robot.interact(() -> vm.show(fixture.root));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.files().equals(List.of("local.json", outside.toString())));
        EnvironmentProfile besideProfile = ProfileReader.read(beside, RegionCatalog.standard()).profile();
        robot.interact(() -> fixture.services.profileProperty().set(besideProfile));
        assertEquals(List.of("local.json"), HubUi.items(robot, "#profile-list"));
    }

    @Test
    void aSynapseProfileHidesAzureSsisAndFlagsTheExistingOne(FxRobot robot) throws Exception {
        Path file = profileCopy();
        ProfilesViewModel vm = hub.viewModel().profiles();
        robot.interact(() -> vm.show(fixture.root));
        robot.interact(() -> hub.select(ManageHubView.ENVIRONMENT_PROFILES));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.files().equals(List.of("local.json")));
        robot.clickOn("local.json");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> vm.factoryName.get().equals("contoso-retail-df"));
        assertEquals(11, vm.linkedServices().size());

        robot.interact(() -> vm.region.set("Atlantis"));
        robot.clickOn("#profile-save");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(HubUi.items(robot, "#profile-problems").get(0).contains("PW620"), HubUi.items(robot, "#profile-problems").toString());

        robot.interact(() -> {
            vm.region.set("East US");
            vm.mode.set("Synapse");
        });
        robot.clickOn("#profile-use");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(fixture.services.synapseProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> hub.viewModel().runtimesList().rows().stream()
                .anyMatch(r -> r.name().equals("SSIS-EastUS") && r.unsupported()));
        IrRow ssis = hub.viewModel().runtimesList().rows().stream().filter(r -> r.name().equals("SSIS-EastUS")).findFirst().orElseThrow();
        assertTrue(ssis.unsupported());
        robot.interact(() -> hub.select(ManageHubView.INTEGRATION_RUNTIMES));
        robot.clickOn("#ir-new");
        assertFalse(robot.lookup("#ir-new-azure-ssis").tryQuery().isPresent(), "Synapse offers no Azure-SSIS");
        robot.clickOn("#ir-new");

        robot.interact(() -> hub.select(ManageHubView.ENVIRONMENT_PROFILES));
        robot.clickOn("#profile-save");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Files.readString(file).contains("\"mode\" : \"Synapse\""));
        assertTrue(Files.readString(file).contains("\"selfHostedNetworks\""), "keys the form does not show are kept");
        robot.clickOn("#profile-none");
        assertFalse(fixture.services.synapseProperty().get());
    }
}
