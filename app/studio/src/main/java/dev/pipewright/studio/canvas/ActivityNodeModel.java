package dev.pipewright.studio.canvas;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.List;

/**
 * One activity as the canvas shows it: a snapshot of its JSON (name, type, state, a container's branches) plus
 * its position on the canvas and whether it is selected. No scene-graph nodes.
 */
public final class ActivityNodeModel {
    /** Activity box size in canvas units; containers grow by one line per branch. */
    public static final double WIDTH = dev.pipewright.core.edit.CanvasGeometry.WIDTH;
    public static final double HEIGHT = dev.pipewright.core.edit.CanvasGeometry.HEIGHT;
    public static final double BRANCH_LINE = dev.pipewright.core.edit.CanvasGeometry.BRANCH_LINE;

    /** A container's inner activity list: its label ("True", "Case EU", "Activities"), pointer and activity names. */
    public record Branch(String label, String pointer, List<String> activities) {
    }

    private final String name;
    private final String type;
    private final String typeLabel;
    private final boolean inactive;
    private final List<Branch> branches;
    private final DoubleProperty x = new SimpleDoubleProperty(this, "x");
    private final DoubleProperty y = new SimpleDoubleProperty(this, "y");
    private final BooleanProperty selected = new SimpleBooleanProperty(this, "selected");
    private final StringProperty badge = new SimpleStringProperty(this, "badge", "");
    private final StringProperty badgeDetail = new SimpleStringProperty(this, "badgeDetail", "");
    private final BooleanProperty badgeProblem = new SimpleBooleanProperty(this, "badgeProblem");
    private final StringProperty findings = new SimpleStringProperty(this, "findings", "");

    public ActivityNodeModel(String name, String type, String typeLabel, boolean inactive, List<Branch> branches) {
        this.name = name;
        this.type = type;
        this.typeLabel = typeLabel;
        this.inactive = inactive;
        this.branches = List.copyOf(branches);
    }

    public String name() {
        return name;
    }

    public String type() {
        return type;
    }

    /** What ADF Studio calls the type ("Copy data"); the type itself when unknown. */
    public String typeLabel() {
        return typeLabel;
    }

    public boolean inactive() {
        return inactive;
    }

    public boolean isContainer() {
        return !branches.isEmpty();
    }

    public List<Branch> branches() {
        return branches;
    }

    public double width() {
        return WIDTH;
    }

    public double height() {
        return dev.pipewright.core.edit.CanvasGeometry.height(branches.size());
    }

    public DoubleProperty xProperty() {
        return x;
    }

    public DoubleProperty yProperty() {
        return y;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }

    /** Where it runs ("AutoResolveIntegrationRuntime (West US)"), empty when unknown. */
    public StringProperty badgeProperty() {
        return badge;
    }

    /** The reasons behind the badge (the tooltip). */
    public StringProperty badgeDetailProperty() {
        return badgeDetail;
    }

    /** True when placement found an error for this activity. */
    public BooleanProperty badgeProblemProperty() {
        return badgeProblem;
    }

    /** True when the point (canvas units) is on the box. */
    public boolean contains(double px, double py) {
        return px >= x.get() && px <= x.get() + width() && py >= y.get() && py <= y.get() + height();
    }

    /** True when the box meets the rectangle (canvas units). */
    public boolean intersects(double minX, double minY, double maxX, double maxY) {
        return x.get() + width() >= minX && x.get() <= maxX && y.get() + height() >= minY && y.get() <= maxY;
    }

    @Override
    public String toString() {
        return name + " (" + type + ")";
    }

    /** The validation findings about this activity, one per line; empty when it has none. */
    public StringProperty findingsProperty() {
        return findings;
    }
}
