package dev.pipewright.studio.hub.stages;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.studio.author.AuthorUiBase;
import dev.pipewright.studio.hub.HubFixture;
import dev.pipewright.studio.hub.ManageHubView;
import dev.pipewright.studio.shell.Hub;
import dev.pipewright.studio.shell.Snapshots;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Manage › Stage check runs pipewright stages-check's check on the stages' profiles and parameters files. */
class StageCheckUiTest extends AuthorUiBase {
    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    @Test
    void stagesAreCheckedForParametersWithoutValueAndSecretsInClear(FxRobot robot) throws Exception {
        openFactory();
        Path local = HubFixture.repo().resolve("demo-env/local.json").toAbsolutePath();
        Path dev = Files.copy(local, temp.resolve("dev.json"));
        Path prod = Files.copy(local, temp.resolve("prod.json"));
        fx(() -> {
            viewModel.hubProperty().set(Hub.MANAGE);
            window.manageView().select(ManageHubView.STAGE_CHECK);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        StageCheckView view = robot.lookup(".stage-check-view").queryAs(StageCheckView.class);
        fx(() -> {
            view.viewModel().stages().setAll(new StageCheckViewModel.StageRow(dev, null), new StageCheckViewModel.StageRow(prod, null));
            return null;
        });
        robot.clickOn("#stage-check");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#stage-status").queryAs(Label.class).getText().contains("across 2 stages"));
        assertTrue(robot.lookup("#stage-status").queryAs(Label.class).getText().endsWith("(dev, prod)"));

        // prod's parameters file: one secret in clear, every other parameter missing
        Path devParameters = Files.writeString(temp.resolve("dev.parameters.json"), "{\"parameters\": {\"factoryName\": {\"value\": \"contoso-dev\"}}}");
        Path prodParameters = Files.writeString(temp.resolve("prod.parameters.json"), "{\"parameters\": {\"factoryName\": {\"value\": \"contoso-prod\"},"
                + " \"LS_Blob_Landing_connectionString\": {\"value\": \"DefaultEndpointsProtocol=https;AccountName=contoso;AccountKey=c2VjcmV0\"}}}");
        fx(() -> {
            view.viewModel().stages().get(0).parameters.set(devParameters);
            view.viewModel().stages().get(1).parameters.set(prodParameters);
            return null;
        });
        robot.clickOn("#stage-check");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !robot.lookup("#stage-problems").queryListView().getItems().isEmpty());
        List<String> codes = fx(() -> view.viewModel().problems().stream().map(Problem::code).distinct().toList());
        assertTrue(codes.contains("PW962"), "template parameters without a value: " + codes);
        assertTrue(codes.contains("PW963") || codes.contains("PW965"), "the secret in clear is found: " + codes);
        assertTrue(fx(() -> view.viewModel().problems().stream().noneMatch(p -> p.message().contains("c2VjcmV0"))), "never the secret itself");
        assertEquals(2, fx(() -> view.viewModel().stages().size()));
        Snapshots.inBothThemes(stage.getScene(), viewModel.themeProperty(), "stage-check");
    }
}
