package dev.pipewright.studio.canvas;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One activity box: name, type, a placement badge, an output handle on the right edge and, for containers, one
 * line per branch. A handful of scene nodes; all looks come from the theme (style classes and pseudo-classes).
 */
final class ActivityNodeView extends Region {
    /** What a box shows at the canvas's zoom: everything, its name alone (in large type), or nothing (a plain box). */
    enum Detail { FULL, NAME, BOX }


    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass INACTIVE = PseudoClass.getPseudoClass("inactive");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");
    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    static final double HANDLE = 12;

    private final ActivityNodeModel model;
    private final Label name = new Label();
    private final Label type = new Label();
    private final Label badge = new Label();
    private final Region handle = new Region();
    /** The red mark of a failing activity; its tooltip holds the findings. */
    private final Label mark = new Label("!");
    /** The type's icon (a shape of the theme's, per type or group). */
    private final Region icon = new Region();
    private final List<Label> branchLabels = new ArrayList<>();

    ActivityNodeView(ActivityNodeModel model) {
        this.model = model;
        getStyleClass().addAll("activity-node", "type-" + model.type().toLowerCase(Locale.ROOT));
        setId("activity-" + model.name());
        name.setText(model.name());
        name.getStyleClass().add("activity-name");
        type.setText(model.inactive() ? model.typeLabel() + " · inactive" : model.typeLabel());
        type.getStyleClass().add("activity-type");
        badge.getStyleClass().add("activity-badge");
        badge.textProperty().bind(model.badgeProperty());
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(model.badgeDetailProperty());
        badge.setTooltip(tip);
        handle.getStyleClass().add("activity-handle");
        handle.setId("handle-" + model.name());
        mark.getStyleClass().add("activity-mark");
        mark.setId("mark-" + model.name());
        Tooltip findings = new Tooltip();
        findings.setWrapText(true);
        findings.setMaxWidth(480);
        findings.textProperty().bind(model.findingsProperty());
        mark.setTooltip(findings);
        icon.getStyleClass().add("activity-icon");
        getChildren().addAll(icon, name, type, badge, handle, mark);
        showFindings(model.findingsProperty().get());
        model.findingsProperty().addListener((o, a, b) -> showFindings(b));
        for (ActivityNodeModel.Branch b : model.branches()) {
            Label line = new Label(b.label() + " (" + b.activities().size() + "): " + String.join(", ", b.activities()));
            line.getStyleClass().add("activity-branch");
            branchLabels.add(line);
            getChildren().add(line);
        }
        setPrefSize(model.width(), model.height());
        resize(model.width(), model.height());
        relocate(model.xProperty().get(), model.yProperty().get());
        model.xProperty().addListener((o, a, b) -> setLayoutX(b.doubleValue()));
        model.yProperty().addListener((o, a, b) -> setLayoutY(b.doubleValue()));
        pseudoClassStateChanged(SELECTED, model.selectedProperty().get());
        model.selectedProperty().addListener((o, a, b) -> pseudoClassStateChanged(SELECTED, b));
        pseudoClassStateChanged(INACTIVE, model.inactive());
        pseudoClassStateChanged(PROBLEM, model.badgeProblemProperty().get());
        model.badgeProblemProperty().addListener((o, a, b) -> pseudoClassStateChanged(PROBLEM, b));
    }

    private Detail detail = Detail.FULL;

    private void showFindings(String text) {
        boolean any = text != null && !text.isEmpty();
        mark.setVisible(any && detail == Detail.FULL);
        pseudoClassStateChanged(INVALID, any);
    }

    /**
     * Zoomed out, less is drawn: text and the output handle are cheap to hide and costly to render, the handle would be
     * a few pixels wide, and the smaller lines unreadable. The name stays while it has room to be read.
     */
    void setDetail(Detail detail) {
        this.detail = detail;
        boolean full = detail == Detail.FULL;
        showFindings(model.findingsProperty().get());
        handle.setVisible(full);
        name.setVisible(detail != Detail.BOX);
        icon.setVisible(full);
        type.setVisible(full);
        badge.setVisible(full);
        branchLabels.forEach(l -> l.setVisible(full));
        requestLayout();
    }

    private javafx.scene.layout.HBox actions;

    /**
     * The hover actions above the box, as ADF shows them on the activity under the pointer or selected: View code,
     * Clone, Delete. Pressing one acts on this activity only and never starts a drag of the box.
     */
    void setActions(Runnable viewCode, Runnable clone, Runnable delete) {
        actions = new javafx.scene.layout.HBox(2, action("Code", "View this activity's JSON", "action-code-", viewCode),
                action("Clone", "Add a copy of this activity", "action-clone-", clone), action("Delete", "Delete this activity", "action-delete-", delete));
        actions.getStyleClass().add("activity-actions");
        actions.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, javafx.event.Event::consume);
        actions.visibleProperty().bind(hoverProperty().or(model.selectedProperty()).and(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> detail == Detail.FULL, hoverProperty(), model.selectedProperty())));
        getChildren().add(actions);
    }

    private javafx.scene.control.Button action(String text, String tip, String idPrefix, Runnable run) {
        javafx.scene.control.Button b = new javafx.scene.control.Button(text);
        b.getStyleClass().add("activity-action");
        b.setId(idPrefix + model.name());
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> run.run());
        return b;
    }

    /** The activity's name as drawn. */
    Label nameLabel() {
        return name;
    }

    ActivityNodeModel model() {
        return model;
    }

    Region handle() {
        return handle;
    }

    /** The branch line under a point in this node's coordinates, or -1. */
    int branchAt(double localY) {
        for (int i = 0; i < branchLabels.size(); i++) {
            Label l = branchLabels.get(i);
            if (localY >= l.getLayoutY() && localY <= l.getLayoutY() + l.getHeight()) return i;
        }
        return -1;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double pad = 10;
        if (detail == Detail.NAME) {
            name.resizeRelocate(pad, 0, w - 2 * pad, ActivityNodeModel.HEIGHT); // one large line across the box
        } else {
            name.resizeRelocate(pad + 20, 6, w - 2 * pad - HANDLE - 20, 20);
        }
        icon.resizeRelocate(pad, 9, 14, 14);
        type.resizeRelocate(pad, 24, w - 2 * pad, 16);
        badge.resizeRelocate(pad, 40, w - 2 * pad, 16);
        double y = ActivityNodeModel.HEIGHT;
        for (Label l : branchLabels) {
            l.resizeRelocate(pad, y - 2, w - 2 * pad, ActivityNodeModel.BRANCH_LINE);
            y += ActivityNodeModel.BRANCH_LINE;
        }
        handle.resizeRelocate(w - HANDLE / 2, ActivityNodeModel.HEIGHT / 2 - HANDLE / 2, HANDLE, HANDLE);
        mark.resizeRelocate(w - 22, 4, 16, 16);
        if (actions != null) {
            double aw = actions.prefWidth(-1);
            actions.resizeRelocate(w - aw, -actions.prefHeight(-1) - 2, aw, actions.prefHeight(-1));
        }
    }
}
