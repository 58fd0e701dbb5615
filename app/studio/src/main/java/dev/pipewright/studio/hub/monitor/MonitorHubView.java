package dev.pipewright.studio.hub.monitor;

import dev.pipewright.studio.hub.HubStyles;
import dev.pipewright.studio.hub.ManageHubViewModel;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/**
 * The Monitor hub: the runs area (given by the shell) and ADF's "Integration runtimes" tiles — type, region,
 * node size, running/requested nodes, status, and Start/Stop for Azure-SSIS with its hourly estimate. While an IR
 * is starting or stopping, the tiles refresh every second.
 */
public final class MonitorHubView extends VBox {
    private final IrTilesViewModel vm;
    private final FlowPane tiles = new FlowPane(12, 12);

    public MonitorHubView(Node runs, ManageHubViewModel manage) {
        super(10);
        getStyleClass().add("monitor-hub");
        HubStyles.apply(this);
        vm = new IrTilesViewModel(manage.runtimesProperty(), manage.services().executor());
        Label title = new Label("Integration runtimes");
        title.getStyleClass().add("hub-title");
        Button refresh = new Button("Refresh");
        refresh.setId("tiles-refresh");
        refresh.setOnAction(e -> vm.refresh());
        Label message = new Label();
        message.setId("tiles-message");
        message.textProperty().bind(vm.messageProperty());
        tiles.setId("ir-tiles");
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(runs, new HBox(10, title, refresh, message), scroll);
        vm.tiles().addListener((ListChangeListener<IrTile>) c -> render());
        Timeline poll = new Timeline(new KeyFrame(Duration.seconds(1), e -> {
            if (vm.transitioning()) vm.refresh();
        }));
        poll.setCycleCount(Animation.INDEFINITE);
        poll.play();
        manage.commands().lastActionProperty().addListener((obs, old, now) -> vm.refresh());
        vm.refresh();
    }

    public IrTilesViewModel viewModel() {
        return vm;
    }

    private void render() {
        tiles.getChildren().clear();
        for (IrTile t : vm.tiles()) tiles.getChildren().add(tile(t));
    }

    private Node tile(IrTile t) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(2);
        String[][] fields = {{"TYPE", t.type()}, {"REGION", t.region()}, {"NODE SIZE", t.nodeSize()},
                {"RUNNING / REQUESTED NODE(S)", t.nodes()}, {"STATUS", t.status()}};
        for (int i = 0; i < fields.length; i++) {
            Label k = new Label(fields[i][0]);
            k.getStyleClass().add("tile-key");
            Label v = new Label(fields[i][1]);
            v.getStyleClass().add("tile-value");
            if (i == 4) {
                v.setId("tile-status-" + t.name());
                v.getStyleClass().add("status-" + t.status().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
            }
            grid.addRow(i, k, v);
        }
        Label name = new Label(t.name());
        name.getStyleClass().add("tile-title");
        VBox box = new VBox(6, name, grid);
        if (!t.cost().isEmpty()) {
            Label cost = new Label("Estimate while started: " + t.cost());
            cost.getStyleClass().add("tile-note");
            box.getChildren().add(cost);
        }
        if (t.canStart() || t.canStop()) {
            Button action = new Button(t.canStart() ? "Start" : "Stop");
            action.setId("tile-" + (t.canStart() ? "start-" : "stop-") + t.name());
            action.setOnAction(e -> vm.startOrStop(t.name(), t.canStart()));
            box.getChildren().add(action);
        }
        box.getStyleClass().add("ir-tile");
        box.setId("tile-" + t.name());
        return box;
    }
}
