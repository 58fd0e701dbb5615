package dev.pipewright.studio.canvas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.pipewright.core.edit.ActivityCatalog;
import dev.pipewright.core.edit.ActivityClipboard;
import dev.pipewright.core.edit.ActivityKind;
import dev.pipewright.core.edit.ActivityTree;
import dev.pipewright.core.edit.AddActivityCommand;
import dev.pipewright.core.edit.AutoLayout;
import dev.pipewright.core.edit.CanvasGeometry;
import dev.pipewright.core.edit.ConnectCommand;
import dev.pipewright.core.edit.Dependencies;
import dev.pipewright.core.edit.DeleteActivitiesCommand;
import dev.pipewright.core.edit.DisconnectCommand;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.edit.PasteActivitiesCommand;
import dev.pipewright.core.edit.RenameActivityCommand;
import dev.pipewright.core.edit.SetStateCommand;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Pipeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * State of a pipeline canvas: the activities and arrows of the shown activity list (the pipeline's, or a
 * container branch reached through the breadcrumb), positions, selection and zoom; every edit goes through
 * core's commands on the editor's {@link EditStack}. Use on the JavaFX thread.
 */
public final class CanvasViewModel {
    /** Snap grid and auto-layout spacing, canvas units. */
    public static final double GRID = 20;
    static final double LAYER_GAP = CanvasGeometry.LAYER_GAP;
    static final double ROW_GAP = CanvasGeometry.ROW_GAP;
    static final double MARGIN = CanvasGeometry.MARGIN;

    /** One step of the breadcrumb: the pipeline, or a container branch ("ForEach1 › Activities"). */
    public record Crumb(String label, String list) {
    }

    private final Resource pipeline;
    private final EditStack stack;
    private final Positions positions;
    private final ObservableList<ActivityNodeModel> nodes = FXCollections.observableArrayList();
    private final ObservableList<ArrowModel> arrows = FXCollections.observableArrayList();
    private final ObservableList<Crumb> breadcrumb = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    private Runnable onRefreshed = () -> { };
    private Map<String, Badge> badges = Map.of();
    private Map<String, String> findings = Map.of();
    private final javafx.beans.property.ReadOnlyObjectWrapper<List<String>> selection =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "selection", List.of());

    public CanvasViewModel(Resource pipeline, EditStack stack, Positions positions) {
        this.pipeline = pipeline;
        this.stack = stack;
        this.positions = positions;
        breadcrumb.add(new Crumb(pipeline.name(), ActivityTree.TOP));
        stack.addListener(this::refresh);
        refresh();
    }

    /** The pointer of the activity list shown. */
    public String list() {
        return breadcrumb.get(breadcrumb.size() - 1).list();
    }

    /** Re-reads the shown list from the JSON tree (after any edit, undo or redo). */
    public void refresh() {
        ensureListExists();
        JsonNode list = pipeline.json().at(list());
        if (!list.isArray()) list = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        List<String> selected = selectedNames();
        Map<String, Point2D> placed = positions.of(list());
        AutoLayout.Layout layout = AutoLayout.layout(list);
        Map<String, AutoLayout.Cell> cells = layout.cells();
        List<ActivityNodeModel> fresh = new ArrayList<>();
        for (Activity a : activitiesShown()) {
            ActivityNodeModel node = new ActivityNodeModel(a.name(), a.type(), typeLabel(a.type()), "Inactive".equals(a.state()), branches(a));
            Point2D at = placed.get(a.name());
            if (at == null) at = cellPosition(cells.get(a.name()));
            node.xProperty().set(at.getX());
            node.yProperty().set(at.getY());
            node.selectedProperty().set(selected.contains(a.name()));
            Badge badge = badges.get(a.name());
            if (badge != null) {
                node.badgeProperty().set(badge.text());
                node.badgeDetailProperty().set(badge.detail());
                node.badgeProblemProperty().set(badge.problem());
            }
            node.findingsProperty().set(findings.getOrDefault(a.name(), ""));
            fresh.add(node);
        }
        nodes.setAll(fresh);
        arrows.setAll(arrowsOf(list, layout, fresh));
        selectionChanged();
        onRefreshed.run();
    }

    /** Placement badges by activity name (from the placement engine), shown from now on. */
    public void setBadges(Map<String, Badge> byActivity) {
        badges = Map.copyOf(byActivity);
        for (ActivityNodeModel n : nodes) {
            Badge b = badges.get(n.name());
            n.badgeProperty().set(b == null ? "" : b.text());
            n.badgeDetailProperty().set(b == null ? "" : b.detail());
            n.badgeProblemProperty().set(b != null && b.problem());
        }
    }

    /** Validation findings by activity name (one per line), shown as a red mark on each failing activity from now on. */
    public void setFindings(Map<String, String> byActivity) {
        findings = Map.copyOf(byActivity);
        for (ActivityNodeModel n : nodes) n.findingsProperty().set(findings.getOrDefault(n.name(), ""));
    }

    /** Runs after every refresh, i.e. after every edit and position change (the workspace store saves then). */
    public void setOnRefreshed(Runnable action) {
        onRefreshed = action == null ? () -> { } : action;
    }

    /**
     * A container removed by undo (or by a JSON edit) sends the canvas back out. A branch whose list is not in the
     * JSON yet (an empty False branch) stays open: adding to it creates the list.
     */
    private void ensureListExists() {
        while (breadcrumb.size() > 1) {
            String list = list();
            String container = list.substring(0, list.lastIndexOf("/typeProperties/"));
            JsonNode c = pipeline.json().at(container);
            if (c.isObject() && ActivityCatalog.byType(c.path("type").asText()).map(ActivityKind::isContainer).orElse(false)) return;
            breadcrumb.remove(breadcrumb.size() - 1);
        }
    }

    private List<Activity> activitiesShown() {
        Pipeline p = new Pipeline(pipeline);
        if (list().equals(ActivityTree.TOP)) return p.activities();
        for (Activity a : p.allActivities()) {
            for (Activity.Branch b : a.branches()) if (b.pointer().equals(list())) return b.activities();
        }
        return List.of();
    }

    private static List<ActivityNodeModel.Branch> branches(Activity a) {
        List<ActivityNodeModel.Branch> list = new ArrayList<>();
        for (Activity.Branch b : a.branches()) {
            list.add(new ActivityNodeModel.Branch(b.label(), b.pointer(), b.activities().stream().map(Activity::name).toList()));
        }
        return list;
    }

    static String typeLabel(String type) {
        return ActivityCatalog.byType(type).map(ActivityKind::displayName).orElse(type);
    }

    /** The arrows of the list; those the layout routes keep their route while both ends sit where it put them. */
    private static List<ArrowModel> arrowsOf(JsonNode list, AutoLayout.Layout layout, List<ActivityNodeModel> shown) {
        Map<String, ActivityNodeModel> byName = new HashMap<>();
        for (ActivityNodeModel n : shown) byName.put(n.name(), n);
        List<ArrowModel> result = new ArrayList<>();
        for (JsonNode a : list) {
            String to = a.path("name").asText();
            for (JsonNode d : a.path("dependsOn")) {
                String from = d.path("activity").asText();
                ArrowModel.Route route = layout.route(from, to).map(r -> new ArrowModel.Route(cellPosition(layout.cells().get(from)),
                        cellPosition(layout.cells().get(to)), r.slots().stream().map(CanvasViewModel::cellPosition).toList())).orElse(null);
                if (route != null && (byName.get(from) == null || byName.get(to) == null)) route = null;
                int lane = 0;
                for (JsonNode c : d.path("dependencyConditions")) {
                    result.add(new ArrowModel(from, to, c.asText(), lane++, route));
                }
            }
        }
        return result;
    }

    private static Point2D cellPosition(AutoLayout.Cell cell) {
        return new Point2D(CanvasGeometry.x(cell.layer()), CanvasGeometry.y(cell.row()));
    }

    // ---- edits ----

    /** Runs an edit; a refusal goes to {@link #messageProperty()} and the result is false. */
    public boolean run(EditCommand command) {
        try {
            stack.execute(command);
            message.set(command.label());
            return true;
        } catch (EditRefusedException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** Adds an activity of {@code kind} with its top-left corner at (x, y) snapped to the grid; returns its name. */
    public Optional<String> add(ActivityKind kind, double x, double y) {
        AddActivityCommand add = new AddActivityCommand(pipeline, list(), kind);
        if (!run(add)) return Optional.empty();
        positions.of(list()).put(add.name(), new Point2D(snap(x), snap(y)));
        refresh();
        select(List.of(add.name()));
        return Optional.of(add.name());
    }

    /** Adds an activity right of the others (double-click in the toolbox). */
    public Optional<String> addBesideOthers(ActivityKind kind) {
        double right = nodes.stream().mapToDouble(n -> n.xProperty().get() + n.width()).max().orElse(MARGIN - LAYER_GAP);
        return add(kind, right + LAYER_GAP, MARGIN);
    }

    public boolean deleteSelected() {
        List<String> names = selectedNames();
        if (names.isEmpty()) return false;
        return run(new DeleteActivitiesCommand(pipeline, list(), names));
    }

    /** Why connecting would be refused, or empty when it is allowed (the condition menu greys refused ones). */
    public Optional<String> refusal(String from, String to, String condition) {
        return Dependencies.refusal(pipeline.json(), list(), from, to, condition);
    }

    public boolean connect(String from, String to, String condition) {
        return run(new ConnectCommand(pipeline, list(), from, to, condition));
    }

    public boolean disconnect(ArrowModel arrow) {
        return run(new DisconnectCommand(pipeline, list(), arrow.from(), arrow.to(), arrow.condition()));
    }

    public boolean rename(String oldName, String newName) {
        Map<String, Point2D> placed = positions.of(list());
        Point2D at = placed.get(oldName);
        boolean ok = run(new RenameActivityCommand(pipeline, list(), oldName, newName));
        if (ok && at != null) placed.put(newName.strip(), at);
        if (ok) {
            refresh();
            select(List.of(newName.strip()));
        }
        return ok;
    }

    public boolean setSelectedActive(boolean active) {
        List<String> names = selectedNames();
        return !names.isEmpty() && run(new SetStateCommand(pipeline, list(), names, active));
    }

    /** The selected activities as clipboard text, or empty when nothing is selected. */
    public Optional<String> copySelected() {
        List<String> names = selectedNames();
        if (names.isEmpty()) return Optional.empty();
        message.set("Copied " + names.size() + (names.size() == 1 ? " activity" : " activities"));
        return Optional.of(ActivityClipboard.toText(ActivityClipboard.copy(pipeline.json(), list(), names)));
    }

    /** Pastes clipboard text below the others, offset by their copied layout; selects the pasted activities. */
    public boolean paste(String text) {
        Optional<ArrayNode> copied = ActivityClipboard.fromText(text);
        if (copied.isEmpty()) {
            message.set("The clipboard holds no activities");
            return false;
        }
        PasteActivitiesCommand paste = new PasteActivitiesCommand(pipeline, list(), copied.get());
        double bottom = nodes.stream().mapToDouble(n -> n.yProperty().get() + n.height()).max().orElse(0);
        if (!run(paste)) return false;
        Map<String, Point2D> placed = positions.of(list());
        for (int i = 0; i < paste.pasted().size(); i++) {
            placed.put(paste.pasted().get(i), new Point2D(MARGIN + i * (ActivityNodeModel.WIDTH + LAYER_GAP), snap(bottom + ROW_GAP)));
        }
        refresh();
        select(paste.pasted());
        return true;
    }

    /** Commits a drag: the selected activities moved by (dx, dy), snapped to the grid, as one undoable move. */
    public void moveSelected(Map<String, Point2D> startPositions, double dx, double dy) {
        Map<String, Point2D> after = new LinkedHashMap<>();
        startPositions.forEach((name, p) -> after.put(name, new Point2D(snap(p.getX() + dx), snap(p.getY() + dy))));
        if (after.equals(startPositions)) {
            refresh();
            return;
        }
        Map<String, Point2D> before = new HashMap<>();
        startPositions.forEach((name, p) -> before.put(name, positions.of(list()).getOrDefault(name, p)));
        run(new MoveCommand(positions.of(list()), before, after, "Move " + describe(after.keySet()), this::refresh));
    }

    /** Lays the shown activities out left to right by dependency layers (undoable). */
    public void autoLayout() {
        Map<String, AutoLayout.Cell> cells = AutoLayout.layers(pipeline.json().at(list()));
        Map<String, Point2D> before = new HashMap<>(positions.of(list()));
        Map<String, Point2D> after = new LinkedHashMap<>();
        cells.forEach((name, cell) -> after.put(name, cellPosition(cell)));
        for (ActivityNodeModel n : nodes) before.putIfAbsent(n.name(), new Point2D(n.xProperty().get(), n.yProperty().get()));
        run(new MoveCommand(positions.of(list()), before, after, "Auto layout", this::refresh));
    }

    private static String describe(java.util.Collection<String> names) {
        return names.size() == 1 ? names.iterator().next() : names.size() + " activities";
    }

    public static double snap(double v) {
        return Math.round(v / GRID) * GRID;
    }

    // ---- selection ----

    public List<String> selectedNames() {
        return nodes.stream().filter(n -> n.selectedProperty().get()).map(ActivityNodeModel::name).toList();
    }

    public void select(List<String> names) {
        for (ActivityNodeModel n : nodes) n.selectedProperty().set(names.contains(n.name()));
        selectionChanged();
    }

    private void selectionChanged() {
        selection.set(selectedNames());
    }

    /** The selected activities' names (replaced on every change). */
    public javafx.beans.property.ReadOnlyObjectProperty<List<String>> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Shows a message (a refused value in a form, for instance) where edits report. */
    public void tell(String text) {
        message.set(text);
    }

    /** Ctrl-click: adds or removes one activity from the selection. */
    public void toggle(String name) {
        node(name).ifPresent(n -> n.selectedProperty().set(!n.selectedProperty().get()));
        selectionChanged();
    }

    public void selectAll() {
        nodes.forEach(n -> n.selectedProperty().set(true));
        selectionChanged();
    }

    public Optional<ActivityNodeModel> node(String name) {
        return nodes.stream().filter(n -> n.name().equals(name)).findFirst();
    }

    // ---- containers ----

    /** Shows a container's branch (the inner canvas); the breadcrumb gets a step back. */
    public void open(String container, int branch) {
        node(container).filter(ActivityNodeModel::isContainer).ifPresent(n -> {
            ActivityNodeModel.Branch b = n.branches().get(Math.min(branch, n.branches().size() - 1));
            breadcrumb.add(new Crumb(container + " › " + b.label(), b.pointer()));
            refresh();
        });
    }

    /** Goes back to breadcrumb step {@code index} (0: the pipeline). */
    public void back(int index) {
        if (index < 0 || index >= breadcrumb.size() - 1) return;
        breadcrumb.remove(index + 1, breadcrumb.size());
        refresh();
    }

    public Resource pipeline() {
        return pipeline;
    }

    public EditStack stack() {
        return stack;
    }

    public ObservableList<ActivityNodeModel> nodes() {
        return nodes;
    }

    public ObservableList<ArrowModel> arrows() {
        return arrows;
    }

    public ObservableList<Crumb> breadcrumb() {
        return breadcrumb;
    }

    /** The last edit done, or why one was refused. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Canvas scale, 1 = 100 %. */
    public DoubleProperty zoomProperty() {
        return zoom;
    }
}
