package dev.pipewright.studio.canvas;

import dev.pipewright.core.edit.ActivityKind;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline canvas. Layers as in eckig/graph-editor: a viewport-sized dotted grid ({@link GridDots}) at the back, then one
 * world group (pan as a Translate, zoom as a Scale) holding the arrow layer and the activity layer, both with
 * {@code pickOnBounds(false)}, and an overlay for the rubber band and the wire being dragged. All edits go to the
 * {@link CanvasViewModel}.
 *
 * <p>Frame time is kept low on large pipelines: the layers hold only what meets the viewport (views are built the
 * first time they are shown and kept), pan and zoom recompute that once per pulse (in layout), the grid is built
 * once per zoom level and size and only moved when panning, a moved activity's arrows are reshaped in place, and
 * below {@link #DETAIL_ZOOM} activities show only their names, large enough to read, and below {@link #NAME_ZOOM},
 * where no name has room, plain boxes.
 */
public final class CanvasView extends Region {
    static final double MIN_ZOOM = 0.2;
    static final double MAX_ZOOM = 3;
    /** From this zoom up boxes show everything (name, type, placement badge, branches); below it that text is unreadable. */
    static final double DETAIL_ZOOM = 0.6;
    /**
     * From this zoom up to {@link #DETAIL_ZOOM} a box shows its name alone, in a type large enough to read there
     * (canvas.css, {@code :names}); below it the name would be a few pixels high, and boxes are plain.
     */
    static final double NAME_ZOOM = 0.25;
    /** The zoom buttons' step. */
    static final double BUTTON_STEP = 1.25;
    /** How far beyond the viewport (canvas units) views are kept, so a short pan adds nothing. */
    static final double CULL_SLACK = 80;
    private static final double WHEEL_STEP = 1.1;

    /** Zoomed out below {@link #NAME_ZOOM}: the theme draws plain boxes (canvas.css). */
    private static final PseudoClass FAR = PseudoClass.getPseudoClass("far");
    /** Zoomed out between {@link #NAME_ZOOM} and {@link #DETAIL_ZOOM}: framed boxes with their names in large type. */
    private static final PseudoClass NAMES = PseudoClass.getPseudoClass("names");

    private enum Gesture { NONE, MOVE, BAND, PAN, CONNECT }

    private final CanvasViewModel viewModel;
    private final GridDots grid = new GridDots();
    private final MiniMap miniMap = new MiniMap(this::centreOn);
    private final Group world = new Group();
    private final Group arrowLayer = new Group();
    private final Group nodeLayer = new Group();
    private final Group overlay = new Group();
    private final Rectangle band = new Rectangle();
    private final Line wire = new Line();
    private final Scale scale = new Scale(1, 1, 0, 0);
    private final Translate pan = new Translate();
    private final ViewZoom zoom;
    private final Map<String, ActivityNodeView> views = new LinkedHashMap<>();
    private final Map<ArrowModel, ArrowView> arrowViews = new LinkedHashMap<>();
    private final Map<String, ActivityNodeModel> models = new HashMap<>();
    private ActivityNodeView.Detail detail = ActivityNodeView.Detail.FULL;
    private final ConditionMenu conditionMenu;
    private final CanvasMenu canvasMenu;
    /** Where a right-button press began and on which activity: a release there without a drag opens the menu. */
    private Point2D menuPress;
    private ActivityNodeView menuTarget;
    private Gesture gesture = Gesture.NONE;
    private Point2D pressWorld;
    private Point2D pressScreen;
    private String wireFrom;
    private Map<String, Point2D> dragStart = Map.of();
    private ArrowView selectedArrow;

    public CanvasView(CanvasViewModel viewModel) {
        this.viewModel = viewModel;
        this.zoom = new ViewZoom(viewModel, pan, this);
        getStyleClass().add("pipeline-canvas");
        setId("pipeline-canvas");
        setFocusTraversable(true);
        arrowLayer.setPickOnBounds(false);
        nodeLayer.setPickOnBounds(false);
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        band.getStyleClass().add("rubber-band");
        band.setVisible(false);
        wire.getStyleClass().add("wire");
        wire.setVisible(false);
        overlay.getChildren().addAll(band, wire);
        world.getTransforms().addAll(pan, scale);
        world.getChildren().addAll(arrowLayer, nodeLayer, overlay);
        getChildren().addAll(grid, grid.colourProbe(), world, miniMap);
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        conditionMenu = new ConditionMenu(viewModel);
        canvasMenu = new CanvasMenu(viewModel);
        canvasMenu.onFit(this::fit);

        scale.xProperty().bind(viewModel.zoomProperty());
        scale.yProperty().bind(viewModel.zoomProperty());
        // once per pulse, in layoutChildren, however many times the view moves in between
        viewModel.zoomProperty().addListener((o, a, b) -> {
            showDetailOfZoom();
            setNeedsLayout(true);
        });
        pan.xProperty().addListener((o, a, b) -> setNeedsLayout(true));
        pan.yProperty().addListener((o, a, b) -> setNeedsLayout(true));
        viewModel.nodes().addListener((ListChangeListener<ActivityNodeModel>) c -> rebuild());
        viewModel.arrows().addListener((ListChangeListener<ArrowModel>) c -> rebuildArrows());

        setOnMousePressed(this::pressed);
        setOnMouseDragged(this::dragged);
        setOnMouseReleased(this::released);
        setOnScroll(this::scrolled);
        setOnZoom(e -> { // pinch on a touchpad or touch screen
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        setOnMouseDragReleased(this::dropped);
        rebuild();
    }

    public CanvasViewModel viewModel() {
        return viewModel;
    }

    /** What the activity menu's View code and Open (of an activity that is not a container) do. */
    public void setMenuActions(Runnable viewCode, Runnable openProperties) {
        canvasMenu.onViewCode(viewCode);
        canvasMenu.onOpenProperties(openProperties);
    }

    // ---- building ----

    private void rebuild() {
        views.clear();
        models.clear();
        for (ActivityNodeModel m : viewModel.nodes()) models.put(m.name(), m);
        nodeLayer.getChildren().clear();
        rebuildArrows();
    }

    private void rebuildArrows() {
        arrowViews.clear();
        selectedArrow = null;
        arrowLayer.getChildren().clear();
        viewportChanged();
    }

    /** Every activity's view, by name (built now for those never shown); tests and the editor look them up. */
    public Map<String, ActivityNodeView> activityViews() {
        for (ActivityNodeModel m : viewModel.nodes()) viewOf(m);
        return views;
    }

    /** The activity views in the scene now: those meeting the viewport. */
    public List<Node> shownActivityViews() {
        return List.copyOf(nodeLayer.getChildren());
    }

    private ActivityNodeView viewOf(ActivityNodeModel m) {
        ActivityNodeView v = views.get(m.name());
        if (v == null) {
            v = new ActivityNodeView(m);
            v.setDetail(detail);
            String name = m.name();
            v.setActions(() -> {
                viewModel.select(List.of(name));
                canvasMenu.viewCode();
            }, () -> {
                viewModel.select(List.of(name));
                viewModel.copySelected().ifPresent(viewModel::paste);
            }, () -> {
                viewModel.select(List.of(name));
                viewModel.deleteSelected();
            });
            views.put(m.name(), v);
        }
        return v;
    }

    public List<ArrowView> arrowViews() {
        List<ArrowView> all = new ArrayList<>();
        for (ArrowModel a : viewModel.arrows()) arrowOf(a).ifPresent(all::add);
        return all;
    }

    // ---- mouse ----

    private void pressed(MouseEvent e) {
        requestFocus();
        conditionMenu.hide();
        canvasMenu.hide();
        pressScreen = new Point2D(e.getX(), e.getY());
        pressWorld = toWorld(e.getX(), e.getY());
        Node target = e.getPickResult().getIntersectedNode();
        ActivityNodeView node = ancestor(target, ActivityNodeView.class);
        ArrowView arrow = ancestor(target, ArrowView.class);
        selectArrow(null);
        if (e.getButton() == MouseButton.SECONDARY || e.getButton() == MouseButton.MIDDLE) {
            gesture = Gesture.PAN;
            menuPress = e.getButton() == MouseButton.SECONDARY ? new Point2D(e.getScreenX(), e.getScreenY()) : null;
            menuTarget = node;
        } else if (handleAt(pressWorld).isPresent()) {
            ActivityNodeModel from = handleAt(pressWorld).get();
            gesture = Gesture.CONNECT;
            wireFrom = from.name();
            Point2D start = new Point2D(from.xProperty().get() + from.width(), from.yProperty().get() + ActivityNodeModel.HEIGHT / 2);
            wire.setStartX(start.getX());
            wire.setStartY(start.getY());
            wire.setEndX(start.getX());
            wire.setEndY(start.getY());
            wire.setVisible(true);
        } else if (node != null) {
            pressNode(node, e);
        } else if (arrow != null) {
            viewModel.select(List.of());
            selectArrow(arrow);
            gesture = Gesture.NONE;
        } else {
            if (!e.isShortcutDown()) viewModel.select(List.of());
            gesture = Gesture.BAND;
        }
        e.consume();
    }

    private void pressNode(ActivityNodeView node, MouseEvent e) {
        String name = node.model().name();
        if (e.isShortcutDown()) {
            viewModel.toggle(name);
        } else if (!node.model().selectedProperty().get()) {
            viewModel.select(List.of(name));
        }
        if (e.getClickCount() == 2 && !node.model().isContainer()) {
            gesture = Gesture.NONE;
            renameInPlace(node.model());
            return;
        }
        if (e.getClickCount() == 2 && node.model().isContainer()) {
            int branch = node.branchAt(node.sceneToLocal(e.getSceneX(), e.getSceneY()).getY());
            gesture = Gesture.NONE;
            viewModel.open(name, Math.max(0, branch));
            return;
        }
        dragStart = new LinkedHashMap<>();
        for (ActivityNodeModel m : viewModel.nodes()) {
            if (m.selectedProperty().get()) dragStart.put(m.name(), new Point2D(m.xProperty().get(), m.yProperty().get()));
        }
        gesture = dragStart.isEmpty() ? Gesture.NONE : Gesture.MOVE;
    }

    private void dragged(MouseEvent e) {
        Point2D at = toWorld(e.getX(), e.getY());
        switch (gesture) {
            case MOVE -> {
                double dx = at.getX() - pressWorld.getX();
                double dy = at.getY() - pressWorld.getY();
                dragStart.forEach((name, p) -> viewModel.node(name).ifPresent(m -> {
                    m.xProperty().set(p.getX() + dx);
                    m.yProperty().set(p.getY() + dy);
                }));
                redrawArrowsOf(dragStart.keySet());
            }
            case BAND -> {
                band.setX(Math.min(at.getX(), pressWorld.getX()));
                band.setY(Math.min(at.getY(), pressWorld.getY()));
                band.setWidth(Math.abs(at.getX() - pressWorld.getX()));
                band.setHeight(Math.abs(at.getY() - pressWorld.getY()));
                band.setVisible(true);
            }
            case PAN -> {
                pan.setX(pan.getX() + e.getX() - pressScreen.getX());
                pan.setY(pan.getY() + e.getY() - pressScreen.getY());
                pressScreen = new Point2D(e.getX(), e.getY());
            }
            case CONNECT -> {
                wire.setEndX(at.getX());
                wire.setEndY(at.getY());
            }
            default -> {
            }
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        Point2D at = toWorld(e.getX(), e.getY());
        switch (gesture) {
            case MOVE -> viewModel.moveSelected(dragStart, at.getX() - pressWorld.getX(), at.getY() - pressWorld.getY());
            case BAND -> {
                if (band.isVisible()) {
                    List<String> picked = new ArrayList<>(e.isShortcutDown() ? viewModel.selectedNames() : List.of());
                    for (ActivityNodeModel m : viewModel.nodes()) {
                        if (m.intersects(band.getX(), band.getY(), band.getX() + band.getWidth(), band.getY() + band.getHeight())
                                && !picked.contains(m.name())) picked.add(m.name());
                    }
                    viewModel.select(picked);
                }
                band.setVisible(false);
            }
            case PAN -> {
                // a right click that did not pan: the menu of the activity under it, or of the canvas
                if (menuPress != null && menuPress.distance(e.getScreenX(), e.getScreenY()) < 4) {
                    if (menuTarget != null) canvasMenu.showFor(this, menuTarget.model(), e.getScreenX(), e.getScreenY());
                    else canvasMenu.showForCanvas(this, e.getScreenX(), e.getScreenY());
                }
                menuPress = null;
            }
            case CONNECT -> {
                wire.setVisible(false);
                nodeAt(at).filter(m -> !m.name().equals(wireFrom))
                        .ifPresent(m -> conditionMenu.show(this, wireFrom, m.name(), e.getScreenX(), e.getScreenY()));
            }
            default -> {
            }
        }
        gesture = Gesture.NONE;
        e.consume();
    }

    /** A toolbox entry dropped on the canvas (a full press-drag-release gesture started in the toolbox). */
    private void dropped(MouseDragEvent e) {
        if (e.getGestureSource() instanceof Node source && source.getUserData() instanceof ActivityKind kind) {
            Point2D at = toWorld(e.getX(), e.getY());
            viewModel.add(kind, at.getX() - ActivityNodeModel.WIDTH / 2, at.getY() - ActivityNodeModel.HEIGHT / 2);
            requestFocus();
            e.consume();
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.getDeltaY() == 0) return;
        zoomAt(e.getDeltaY() > 0 ? WHEEL_STEP : 1 / WHEEL_STEP, e.getX(), e.getY());
        e.consume();
    }

    /** Zooms by {@code factor}, keeping the canvas point under (x, y) (view coordinates) in place. */
    public void zoomAt(double factor, double x, double y) {
        zoom.at(factor, x, y);
    }

    /** Boxes show what the zoom has room for; set as the zoom changes, so the next CSS pass styles them already. */
    private void showDetailOfZoom() {
        ActivityNodeView.Detail now = detailAt(viewModel.zoomProperty().get());
        if (now == detail) return;
        detail = now;
        pseudoClassStateChanged(FAR, now == ActivityNodeView.Detail.BOX);
        pseudoClassStateChanged(NAMES, now == ActivityNodeView.Detail.NAME);
        views.values().forEach(v -> v.setDetail(now));
    }

    /** What activity boxes show at {@code zoom}. */
    static ActivityNodeView.Detail detailAt(double zoom) {
        if (zoom >= DETAIL_ZOOM) return ActivityNodeView.Detail.FULL;
        return zoom >= NAME_ZOOM ? ActivityNodeView.Detail.NAME : ActivityNodeView.Detail.BOX;
    }

    /** The zoom buttons: in, out, and back to 100 %, about the middle of the view. */
    public void zoomIn() {
        zoom.at(BUTTON_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        zoom.at(1 / BUTTON_STEP, getWidth() / 2, getHeight() / 2);
    }

    public void actualSize() {
        zoom.at(1 / viewModel.zoomProperty().get(), getWidth() / 2, getHeight() / 2);
    }

    /** Zooms and pans so every activity fits the view (at most 100 %), clear of the minimap. */
    public void fit() {
        zoom.fit();
    }

    /** F2: edits the name of the one selected activity in place. */
    public void renameSelected() {
        List<String> selected = viewModel.selectedNames();
        if (selected.size() == 1) viewModel.node(selected.get(0)).ifPresent(this::renameInPlace);
    }

    private void renameInPlace(ActivityNodeModel node) {
        TextField field = new TextField(node.name());
        field.setId("rename-field");
        field.getStyleClass().add("rename-field");
        double z = viewModel.zoomProperty().get();
        field.setPrefWidth(Math.max(120, (node.width() - 20) * z));
        field.relocate(pan.getX() + (node.xProperty().get() + 6) * z, pan.getY() + (node.yProperty().get() + 4) * z);
        boolean[] done = {false};
        Runnable close = () -> {
            done[0] = true;
            getChildren().remove(field);
            requestFocus();
        };
        field.setOnAction(e -> {
            String name = field.getText();
            close.run();
            if (!name.equals(node.name())) viewModel.rename(node.name(), name);
        });
        field.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ESCAPE) close.run();
        });
        field.focusedProperty().addListener((o, was, now) -> {
            if (!now && !done[0]) close.run();
        });
        getChildren().add(field);
        field.autosize();
        field.requestFocus();
        field.selectAll();
    }

    /** Deletes the selected arrow, else the selected activities. */
    public void deleteSelection() {
        if (selectedArrow != null) {
            viewModel.disconnect(selectedArrow.model());
        } else {
            viewModel.deleteSelected();
        }
    }

    private void selectArrow(ArrowView arrow) {
        if (selectedArrow != null) selectedArrow.getStyleClass().remove("selected");
        selectedArrow = arrow;
        if (arrow != null) arrow.getStyleClass().add("selected");
    }

    /** Reshapes the arrows of moved activities in place, then shows what now meets the viewport. */
    private void redrawArrowsOf(java.util.Set<String> moved) {
        for (ArrowView arrow : arrowViews.values()) {
            ArrowModel a = arrow.model();
            if (moved.contains(a.from()) || moved.contains(a.to())) arrow.reshape(models.get(a.from()), models.get(a.to()));
        }
        cull();
    }

    private Optional<ArrowView> arrowOf(ArrowModel a) {
        ArrowView view = arrowViews.get(a);
        if (view != null) return Optional.of(view);
        ActivityNodeModel from = models.get(a.from());
        ActivityNodeModel to = models.get(a.to());
        if (from == null || to == null) return Optional.empty();
        view = new ArrowView(a, from, to);
        arrowViews.put(a, view);
        return Optional.of(view);
    }

    /** The activity whose output handle is under a canvas point (handles win over a neighbour's box). */
    private Optional<ActivityNodeModel> handleAt(Point2D world) {
        double r = ActivityNodeView.HANDLE / 2 + 1;
        return viewModel.nodes().stream().filter(m -> Math.abs(world.getX() - (m.xProperty().get() + m.width())) <= r
                && Math.abs(world.getY() - (m.yProperty().get() + ActivityNodeModel.HEIGHT / 2)) <= r).findFirst();
    }

    private Optional<ActivityNodeModel> nodeAt(Point2D world) {
        return viewModel.nodes().stream().filter(m -> m.contains(world.getX(), world.getY())).findFirst();
    }

    /** View coordinates → canvas (world) units. */
    public Point2D toWorld(double x, double y) {
        double z = viewModel.zoomProperty().get();
        return new Point2D((x - pan.getX()) / z, (y - pan.getY()) / z);
    }

    public Translate panTransform() {
        return pan;
    }

    private static <T> T ancestor(Node node, Class<T> type) {
        for (Node n = node; n != null; n = n.getParent()) if (type.isInstance(n)) return type.cast(n);
        return null;
    }

    // ---- viewport: grid and culling ----

    @Override
    protected void layoutChildren() {
        for (Node n : getChildren()) if (n instanceof TextField field) field.autosize();
        // the minimap is a corner of the view (under a fifth of its width), and none in a view too small to spare it
        double mapW = MiniMap.widthIn(getWidth()), mapH = MiniMap.heightOf(mapW);
        miniMap.setVisible(MiniMap.fits(mapW, getWidth(), getHeight()));
        miniMap.setMapSize(mapW, mapH);
        miniMap.resizeRelocate(getWidth() - mapW - MiniMap.GAP, getHeight() - mapH - MiniMap.GAP, mapW, mapH);
        viewportChanged();
    }

    private void viewportChanged() {
        drawGrid();
        cull();
        miniMap.draw(viewModel.nodes(), toWorld(0, 0), toWorld(getWidth(), getHeight()));
    }

    /** Pans so the canvas point (x, y) is in the middle of the view (the minimap's click). */
    public void centreOn(double x, double y) {
        double z = viewModel.zoomProperty().get();
        pan.setX(getWidth() / 2 - x * z);
        pan.setY(getHeight() / 2 - y * z);
    }

    /**
     * Puts in the layers only the activities and arrows near the viewport, so the scene holds what can be seen. A view
     * comes in within {@link #CULL_SLACK} of the viewport but leaves only half a viewport further out: panning to and
     * fro near an edge would otherwise take views out of the scene and back every frame, and each return restyles it.
     */
    private void cull() {
        Point2D min = toWorld(0, 0).subtract(CULL_SLACK, CULL_SLACK);
        Point2D max = toWorld(getWidth(), getHeight()).add(CULL_SLACK, CULL_SLACK);
        double keepX = Math.max(0, (max.getX() - min.getX()) / 2 - CULL_SLACK);
        double keepY = Math.max(0, (max.getY() - min.getY()) / 2 - CULL_SLACK);
        Point2D keepMin = min.subtract(keepX, keepY);
        Point2D keepMax = max.add(keepX, keepY);
        showDetailOfZoom();
        List<Node> nodesShown = new ArrayList<>();
        for (ActivityNodeModel m : viewModel.nodes()) {
            ActivityNodeView shown = views.get(m.name());
            boolean near = shown != null && shown.getParent() == nodeLayer
                    ? m.intersects(keepMin.getX(), keepMin.getY(), keepMax.getX(), keepMax.getY())
                    : m.intersects(min.getX(), min.getY(), max.getX(), max.getY());
            if (near) nodesShown.add(viewOf(m));
        }
        List<Node> arrowsShown = new ArrayList<>();
        for (ArrowModel a : viewModel.arrows()) {
            ActivityNodeModel from = models.get(a.from());
            ActivityNodeModel to = models.get(a.to());
            if (from == null || to == null) continue;
            ArrowView shown = arrowViews.get(a);
            boolean near = shown != null && shown.getParent() == arrowLayer
                    ? ArrowView.meets(a, from, to, keepMin, keepMax)
                    : ArrowView.meets(a, from, to, min, max);
            if (near) arrowOf(a).ifPresent(arrowsShown::add);
        }
        showOnly(nodeLayer, nodesShown);
        showOnly(arrowLayer, arrowsShown);
    }

    /**
     * Makes the layer hold exactly {@code shown} by removing and adding only the difference: a node that stays keeps
     * its place in the scene, so it is not styled again (replacing the whole list restyles every node, ~2 ms a
     * frame for 1,000 nodes). Nodes that come in are drawn above those already there.
     */
    private static void showOnly(Group layer, List<Node> shown) {
        List<Node> children = layer.getChildren();
        if (children.equals(shown)) return;
        Set<Node> wanted = new HashSet<>(shown);
        Set<Node> leaving = new HashSet<>();
        for (Node n : children) if (!wanted.contains(n)) leaving.add(n);
        if (!leaving.isEmpty()) children.removeAll(leaving);
        Set<Node> present = new HashSet<>(children);
        List<Node> coming = shown.stream().filter(n -> !present.contains(n)).toList();
        if (!coming.isEmpty()) children.addAll(coming);
    }

    private void drawGrid() {
        grid.show(CanvasViewModel.GRID * viewModel.zoomProperty().get(), getWidth(), getHeight(), pan.getX(), pan.getY());
    }

    /** For tests: the colour the grid's dots were last drawn in. */
    javafx.scene.paint.Paint gridColour() {
        return grid.paint();
    }

    /** For tests: every activity by name, and whether it is in the scene now (culling). */
    Map<String, Boolean> visibility() {
        layout();
        Map<String, Boolean> map = new HashMap<>();
        for (ActivityNodeModel m : viewModel.nodes()) {
            ActivityNodeView v = views.get(m.name());
            map.put(m.name(), v != null && v.getParent() == nodeLayer);
        }
        return map;
    }
}
