package dev.pipewright.studio.publish;

import dev.pipewright.studio.author.AuthorUiBase;
import dev.pipewright.studio.git.SourceControlViewModel;
import dev.pipewright.git.testing.GitCli;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static dev.pipewright.git.testing.GitCli.git;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Publish from the top bar: validation first, the pending changes, a commit on the publish branch pushed to origin. */
class PublishUiTest extends AuthorUiBase {
    private static final String FACTORY = "contoso-retail-df";
    /** The demo factory's publish_config.json names it. */
    private static final String BRANCH = "factory/adf_publish";
    private Path bare;

    @Start
    void start(Stage stage) throws Exception {
        show(stage);
    }

    /** The demo factory copy as the collaboration branch of a repository with a bare origin. */
    private void intoRepository() throws Exception {
        Path root = fixture.root;
        bare = temp.resolve("origin.git");
        git(temp, "init", "-q", "--bare", "-b", "main", bare.toString());
        git(root, "init", "-q", "-b", "main");
        git(root, "config", "user.name", GitCli.NAME);
        git(root, "config", "user.email", GitCli.EMAIL);
        git(root, "add", "-A");
        git(root, "commit", "-q", "-m", "Factory");
        git(root, "remote", "add", "origin", bare.toUri().toString());
        git(root, "push", "-q", "-u", "origin", "main");
        openFactory();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> fx(() -> sc().headProperty().get() != null
                && "main".equals(sc().headProperty().get().branch()) && !sc().runningProperty().get()));
    }

    private SourceControlViewModel sc() {
        return window.sourceControl().viewModel();
    }

    private void openPublish(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#publish").queryButton().isDisabled());
        robot.clickOn("#publish");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#publish-header").tryQuery()
                .map(n -> !((Label) n).getText().startsWith("Validating")).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> groups(FxRobot robot) throws Exception {
        TreeView<String> tree = robot.lookup("#publish-pending").queryAs(TreeView.class);
        return fx(() -> tree.getRoot().getChildren().stream().map(TreeItem::getValue).toList());
    }

    private void closeDialog(FxRobot robot) throws Exception {
        Button close = robot.lookup("#publish-close").queryButton();
        fx(() -> {
            close.fire();
            return null;
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#publish-close").tryQuery().isEmpty());
    }

    @Test
    void publishValidatesShowsPendingChangesAndCommitsToThePublishBranch(FxRobot robot) throws Exception {
        intoRepository();
        String statusBefore = git(fixture.root, "status", "--porcelain");
        openPublish(robot);

        String header = robot.lookup("#publish-header").queryAs(Label.class).getText();
        assertTrue(header.startsWith("Publish " + FACTORY + " to branch " + BRANCH), header);
        List<String> groups = groups(robot);
        assertTrue(groups.get(0).startsWith("Added (") && !groups.get(0).equals("Added (0)"), groups.toString());
        assertEquals(List.of("Changed (0)", "Deleted (0)"), groups.subList(1, 3), "a first publish only adds");
        dev.pipewright.studio.shell.Snapshots.windowInBothThemes(stage.getScene(), viewModel.themeProperty(),
                robot.lookup("#publish-header").query().getScene(), "publish");
        robot.clickOn("#publish-ok");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#publish-result").queryAs(Label.class).getText().startsWith("Published: commit"));
        assertTrue(robot.lookup("#publish-result").queryAs(Label.class).getText().endsWith("pushed to origin."));

        String files = git(fixture.root, "ls-tree", "-r", "--name-only", BRANCH);
        assertTrue(files.contains(FACTORY + "/ARMTemplateForFactory.json\n") && files.contains(FACTORY + "/linkedTemplates/ArmTemplate_master.json\n"), files);
        assertEquals(git(fixture.root, "rev-parse", BRANCH), git(bare, "rev-parse", BRANCH), "origin has the publish");
        String template = git(fixture.root, "show", BRANCH + ":" + FACTORY + "/ARMTemplateForFactory.json");
        assertTrue(template.contains("\"factoryName\"") && template.contains("Microsoft.DataFactory/factories/pipelines"));
        assertEquals("main", git(fixture.root, "rev-parse", "--abbrev-ref", "HEAD").strip(), "the current branch stays");
        assertEquals(statusBefore, git(fixture.root, "status", "--porcelain"), "the working tree is untouched");
        closeDialog(robot);

        openPublish(robot);
        assertEquals("Nothing changed since the last publish.", robot.lookup("#publish-result").queryAs(Label.class).getText());
        assertEquals(List.of("Added (0)", "Changed (0)", "Deleted (0)"), groups(robot).subList(0, 3));
        closeDialog(robot);

        // ADF publishes from the collaboration branch only
        git(fixture.root, "checkout", "-q", "-b", "feature/x");
        fx(() -> {
            sc().refresh();
            return null;
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#publish").queryButton().isDisabled());
    }

    @Test
    void aFactoryWithErrorsIsNotPublished(FxRobot robot) throws Exception {
        intoRepository();
        Path pipeline = fixture.root.resolve("pipeline/PL_Daily_Sales_Load.json");
        Files.writeString(pipeline, Files.readString(pipeline).replace("\"referenceName\": \"DS_", "\"referenceName\": \"Missing_DS_"));
        openPublish(robot);

        assertTrue(robot.lookup("#publish-header").queryAs(Label.class).getText().startsWith("Not published: validation found"));
        assertFalse(robot.lookup("#publish-problems").queryListView().getItems().isEmpty());
        assertTrue(robot.lookup("#publish-ok").queryButton().isDisabled());
        assertTrue(git(fixture.root, "branch", "--list", BRANCH).isBlank(), "nothing committed");
        closeDialog(robot);
    }

    @Test
    void manageArmTemplateEditsTheParameterConfigurationAndExportsToAFolder(FxRobot robot) throws Exception {
        openFactory();
        fx(() -> {
            viewModel.hubProperty().set(dev.pipewright.studio.shell.Hub.MANAGE);
            window.manageView().select(dev.pipewright.studio.hub.ManageHubView.ARM_TEMPLATE);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        var area = robot.lookup("#arm-definition").queryAs(org.fxmisc.richtext.CodeArea.class);
        assertTrue(fx(area::getText).contains("Microsoft.DataFactory/factories/linkedServices"), "ADF's default template to start from");
        assertFalse(Files.exists(fixture.root.resolve("arm-template-parameters-definition.json")));

        String broken = "{\n\t\"Microsoft.DataFactory/factories/pipelines\": {\n\t\toops\n\t}\n}";
        fx(() -> {
            area.replaceText(broken);
            return null;
        });
        robot.clickOn("#arm-save");
        WaitForAsyncUtils.waitForFxEvents();
        var problems = robot.lookup("#arm-problems").queryListView();
        assertFalse(problems.getItems().isEmpty());
        assertEquals(3, ((dev.pipewright.core.problem.Problem) problems.getItems().get(0)).line(), "the line of the bad text");
        assertTrue(robot.lookup("#arm-status").queryAs(Label.class).getText().startsWith("Not saved"));
        assertFalse(Files.exists(fixture.root.resolve("arm-template-parameters-definition.json")), "nothing written");

        String custom = "{\n\t\"Microsoft.DataFactory/factories/pipelines\": {\n\t\t\"properties\": {\n\t\t\t\"parameters\": {\n"
                + "\t\t\t\t\"*\": {\n\t\t\t\t\t\"defaultValue\": \"=\"\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t}\n}";
        fx(() -> {
            area.replaceText(custom);
            return null;
        });
        robot.clickOn("#arm-save");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(fixture.root.resolve("arm-template-parameters-definition.json")));
        assertEquals(custom, Files.readString(fixture.root.resolve("arm-template-parameters-definition.json")), "written in ADF's format");

        robot.clickOn("#arm-export");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#publish-header").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("Export the ARM templates")).orElse(false));
        Path out = temp.resolve("arm-out");
        robot.lookup("#publish-folder").queryTextInputControl();
        fx(() -> {
            robot.lookup("#publish-folder").queryTextInputControl().setText(out.toString());
            return null;
        });
        robot.clickOn("#publish-ok");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> Files.exists(out.resolve("ARMTemplateForFactory.json")));
        String template = Files.readString(out.resolve("ARMTemplateForFactory.json"));
        assertTrue(template.contains("_properties_parameters_"), "the custom definition parameterized the pipeline parameters");
        closeDialog(robot);
    }
}
