package dev.pipewright.studio.hub;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.theme.Theme;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;

import java.util.List;

/** The Manage hub on a stage, and short ways for TestFX tests to set and read its controls by id. */
public final class HubUi {
    private HubUi() {
    }

    /** Shows the Manage hub of the fixture's factory, with the secret store unlocked, in the light theme. */
    public static ManageHubView show(Stage stage, HubFixture fixture) {
        if (fixture.services.isUnlocked()) fixture.services.publishUnlocked();
        ManageHubView hub = new ManageHubView(new SimpleObjectProperty<Factory>(fixture.factory), fixture.services);
        Scene scene = new Scene(hub, 1200, 760);
        scene.getStylesheets().addAll(Theme.LIGHT.stylesheets());
        stage.setScene(scene);
        stage.show();
        return hub;
    }

    public static Node node(FxRobot robot, String id) {
        return robot.lookup(id).query();
    }

    public static void text(FxRobot robot, String id, String value) {
        robot.interact(() -> ((TextInputControl) node(robot, id)).setText(value));
    }

    public static void check(FxRobot robot, String id, boolean on) {
        robot.interact(() -> ((CheckBox) node(robot, id)).setSelected(on));
    }

    @SuppressWarnings("unchecked")
    public static void choose(FxRobot robot, String id, Object value) {
        robot.interact(() -> ((ComboBox<Object>) node(robot, id)).setValue(value));
    }

    @SuppressWarnings("unchecked")
    public static List<String> items(FxRobot robot, String id) {
        return ((ListView<String>) node(robot, id)).getItems();
    }
}
