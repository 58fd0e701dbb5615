package dev.pipewright.studio.canvas;

import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.Region;

import java.util.List;
import java.util.Locale;

/**
 * The menu shown when a wire is dropped on an activity: Upon Success, Upon Failure, Upon Completion, Upon Skip.
 * A condition ADF would refuse stays in the list (marked); choosing it shows the reason instead of connecting.
 */
final class ConditionMenu extends ContextMenu {
    static final List<String> CONDITIONS = List.of("Succeeded", "Failed", "Completed", "Skipped");
    static final List<String> LABELS = List.of("Upon Success", "Upon Failure", "Upon Completion", "Upon Skip");
    private final CanvasViewModel viewModel;

    ConditionMenu(CanvasViewModel viewModel) {
        this.viewModel = viewModel;
        setId("condition-menu");
        getStyleClass().add("condition-menu");
    }

    void show(Node owner, String from, String to, double screenX, double screenY) {
        getItems().clear();
        for (int i = 0; i < CONDITIONS.size(); i++) {
            String condition = CONDITIONS.get(i);
            Region swatch = new Region();
            swatch.getStyleClass().addAll("condition-swatch", "swatch-" + condition.toLowerCase(Locale.ROOT));
            MenuItem item = new MenuItem(LABELS.get(i), swatch);
            item.setId("condition-" + condition);
            if (viewModel.refusal(from, to, condition).isPresent()) item.getStyleClass().add("refused");
            item.setOnAction(e -> viewModel.connect(from, to, condition));
            getItems().add(item);
        }
        show(owner, screenX, screenY);
    }
}
