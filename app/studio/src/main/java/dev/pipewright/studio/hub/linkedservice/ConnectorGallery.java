package dev.pipewright.studio.hub.linkedservice;

import dev.pipewright.core.manage.ConnectorCatalog;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.List;
import java.util.Optional;

/**
 * New linked service's connector gallery, as ADF Studio's: a search box over tiles with ADF's display names, grouped as
 * ADF groups them (Azure, Database, File, Generic protocol, NoSQL, Services and apps, Compute). Continue (or a
 * double-click on a tile) gives the chosen connector's JSON type.
 */
public final class ConnectorGallery extends Dialog<String> {
    private final TextField search = new TextField();
    private final VBox groups = new VBox(10);
    private final ToggleGroup tiles = new ToggleGroup();

    public ConnectorGallery(Window owner) {
        if (owner != null) initOwner(owner);
        setTitle("New linked service");
        setHeaderText("Choose a data store or compute service");
        search.setId("gallery-search");
        search.setPromptText("Search (name, type or group)");
        search.textProperty().addListener((obs, old, now) -> show(now));
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        scroll.setPrefSize(720, 460);
        BorderPane content = new BorderPane(scroll, search, null, null, null);
        BorderPane.setMargin(search, new Insets(0, 0, 8, 0));
        getDialogPane().setContent(content);
        ButtonType next = new ButtonType("Continue", javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().setAll(next, ButtonType.CANCEL);
        getDialogPane().lookupButton(next).setId("gallery-continue");
        getDialogPane().lookupButton(next).disableProperty().bind(tiles.selectedToggleProperty().isNull());
        if (owner != null && owner.getScene() != null) getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        getDialogPane().getStyleClass().add("connector-gallery");
        dev.pipewright.studio.hub.HubStyles.apply(getDialogPane());
        setResultConverter(b -> b == next && tiles.getSelectedToggle() != null ? (String) tiles.getSelectedToggle().getUserData() : null);
        show("");
        setOnShown(e -> search.requestFocus());
    }

    /** Asks for a connector; empty when cancelled. */
    public static Optional<String> choose(Window owner) {
        return new ConnectorGallery(owner).showAndWait();
    }

    private void show(String text) {
        String chosen = tiles.getSelectedToggle() == null ? null : (String) tiles.getSelectedToggle().getUserData();
        tiles.getToggles().clear();
        groups.getChildren().clear();
        var found = ConnectorCatalog.search(text);
        if (found.isEmpty()) groups.getChildren().add(new Label("No connector matches \"" + text.strip() + "\"."));
        found.forEach((group, connectors) -> {
            Label heading = new Label(group.displayName() + " (" + connectors.size() + ")");
            heading.getStyleClass().add("gallery-group");
            FlowPane flow = new FlowPane(8, 8);
            for (ConnectorCatalog.Connector c : connectors) flow.getChildren().add(tile(c, c.type().equals(chosen)));
            groups.getChildren().addAll(heading, flow);
        });
        // one match: it is the one meant
        List<ConnectorCatalog.Connector> all = found.values().stream().flatMap(List::stream).toList();
        if (all.size() == 1 && !tiles.getToggles().isEmpty()) tiles.selectToggle(tiles.getToggles().get(0));
    }

    private ToggleButton tile(ConnectorCatalog.Connector c, boolean selected) {
        ToggleButton tile = new ToggleButton(c.displayName());
        tile.setId("tile-" + c.type());
        tile.getStyleClass().add("connector-tile");
        tile.setUserData(c.type());
        tile.setToggleGroup(tiles);
        tile.setSelected(selected);
        tile.setPrefSize(160, 56);
        tile.setWrapText(true);
        tile.setTooltip(new javafx.scene.control.Tooltip(c.displayName() + "\nJSON type: " + c.type()));
        tile.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                tiles.selectToggle(tile);
                setResult(c.type());
                close();
            }
        });
        return tile;
    }

    /** The search box (tests type in it). */
    public TextField searchField() {
        return search;
    }
}
