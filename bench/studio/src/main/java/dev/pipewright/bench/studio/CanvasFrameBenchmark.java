package dev.pipewright.bench.studio;

import dev.pipewright.bench.Stats;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.studio.author.EditorsViewModel;
import dev.pipewright.studio.canvas.CanvasView;
import dev.pipewright.studio.canvas.PipelineEditorViewModel;
import dev.pipewright.studio.shell.MainWindow;
import dev.pipewright.studio.shell.MainWindowViewModel;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Frame times of the pipeline canvas in a real window: a factory of 1,000 pipelines in the resource tree, a
 * pipeline of 500 activities opened on the canvas, then panned and dragged by mouse events delivered to the
 * canvas each frame (the same handlers a real mouse reaches). Baseline in the same run: panning a pipeline of
 * one activity, which is the cost of a frame of this window on this machine with nearly nothing on the canvas.
 * Run with {@code ./bench-studio.sh} (starts Xvfb when there is no display).
 */
public final class CanvasFrameBenchmark extends Application {
    private static final int PIPELINES = 1_000;
    private static final int ACTIVITIES = 500;
    private static final int FRAMES = 300;
    private static final int WARM_UP = 30;
    private static final int OPENINGS = 6;
    private static Path root;

    private final List<String> report = new ArrayList<>();
    private ExecutorService background;
    private MainWindowViewModel viewModel;
    private MainWindow window;
    private PipelineEditorViewModel editor;
    private Task<Factory> loading;
    private long started;

    /** Entry point (a class that is not an Application, so JavaFX can run from the class path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) throws IOException {
            root = Files.createTempDirectory("pipewright-canvas-bench");
            LargeFactory.write(root, PIPELINES, ACTIVITIES);
            launch(CanvasFrameBenchmark.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bench-background");
            t.setDaemon(true);
            return t;
        });
        viewModel = new MainWindowViewModel(background, Factory::load);
        window = new MainWindow(viewModel);
        stage.setScene(window.createScene(1280, 800));
        stage.show();
        FrameScript script = new FrameScript(this::finish);
        script.then("load factory", this::loadFactory);
        long[] openings = new long[OPENINGS];
        for (int i = 0; i < OPENINGS; i++) {
            int n = i;
            script.then("open " + LargeFactory.BIG, frame -> openTimed(frame, LargeFactory.BIG, openings, n));
        }
        script.then("report openings", frame -> reportOpenings(openings));
        List<FrameScript.Frame> panAt100 = script.measure("pan at 100 %", WARM_UP, frame -> pan(frame, 180));
        List<FrameScript.Frame> dragOne = script.measure("drag one activity", WARM_UP, frame -> drag(frame, 1));
        List<FrameScript.Frame> dragTwenty = script.measure("drag 20 activities", WARM_UP, frame -> drag(frame, 20));
        script.then("fit", frame -> fit(frame));
        List<FrameScript.Frame> panFit = script.measure("pan with all 500 in view", WARM_UP, frame -> pan(frame, 60));
        script.then("open baseline", frame -> openTimed(frame, LargeFactory.EMPTY, new long[1], 0));
        List<FrameScript.Frame> panBaseline = script.measure("pan, one activity", WARM_UP, frame -> pan(frame, 180));
        script.then("report frames", frame -> {
            frames("canvas frame, panning 500 activities at 100 %", panAt100, panBaseline);
            frames("canvas frame, dragging one activity", dragOne, panBaseline);
            frames("canvas frame, dragging 20 selected activities", dragTwenty, panBaseline);
            frames("canvas frame, panning with all 500 activities in view (fit)", panFit, panBaseline);
            return true;
        });
        script.start();
    }

    // ---- steps ----

    private boolean loadFactory(int frame) {
        if (frame == 0) {
            started = System.nanoTime();
            loading = viewModel.open(root);
            return false;
        }
        if (!loading.isDone()) return false;
        if (loading.getException() != null) throw new IllegalStateException(loading.getException());
        Stats.line("studio: open a factory of " + PIPELINES + " pipelines (load + resource tree, first frame)",
                (System.nanoTime() - started) / 1e6, -1, Runtime.version() + ", " + System.getProperty("os.name")
                        + ", " + pipelineName() + ", load average " + String.format(Locale.ROOT, "%.1f",
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        return true;
    }

    /** Opens a pipeline in a tab; done when the frame showing it has been rendered (the pulse after next starts). */
    private boolean openTimed(int frame, String pipeline, long[] times, int index) {
        EditorsViewModel editors = viewModel.editors();
        if (frame == 0) {
            if (editor != null) editors.close(editor);
            return false;
        }
        if (frame == 1) {
            started = System.nanoTime();
            editor = editors.open(pipeline).orElseThrow(() -> new IllegalStateException("no pipeline " + pipeline));
            return false;
        }
        if (frame < 3) return false;
        times[index] = System.nanoTime() - started;
        return true;
    }

    private boolean reportOpenings(long[] openings) {
        long[] warm = java.util.Arrays.copyOfRange(openings, 1, openings.length);
        CanvasView canvas = canvas();
        Stats.line("studio: open a pipeline of " + ACTIVITIES + " activities on the canvas, warm median", Stats.medianMs(warm), 300,
                String.format(Locale.ROOT, "first opening %.0f ms; %d scene nodes on the canvas, %d activities shown at 100 %%",
                        openings[0] / 1e6, countNodes(canvas), visibleActivities(canvas)));
        return true;
    }

    private Point2D pressedAt;

    /** Pans along a circle of the given radius with the secondary button, one step per frame. */
    private boolean pan(int frame, double radius) {
        CanvasView canvas = canvas();
        double cx = canvas.getWidth() / 2;
        double cy = canvas.getHeight() / 2;
        if (frame == 0) {
            pressedAt = new Point2D(cx + radius, cy);
            fire(canvas, MouseEvent.MOUSE_PRESSED, pressedAt, MouseButton.SECONDARY, canvas);
            return false;
        }
        Point2D at = circle(cx, cy, radius, frame);
        if (frame <= FRAMES) {
            fire(canvas, MouseEvent.MOUSE_DRAGGED, at, MouseButton.SECONDARY, canvas);
            return false;
        }
        fire(canvas, MouseEvent.MOUSE_RELEASED, at, MouseButton.SECONDARY, canvas);
        return true;
    }

    /** Drags the visible activity nearest the middle (with the {@code count - 1} next visible ones selected). */
    private boolean drag(int frame, int count) {
        CanvasView canvas = canvas();
        if (frame == 0) {
            List<String> names = new ArrayList<>();
            Node grab = null;
            for (Node view : canvas.shownActivityViews()) {
                if (names.size() == count || !view.getId().startsWith("activity-")) continue;
                if (grab == null) grab = view;
                names.add(view.getId().substring("activity-".length()));
            }
            canvas.viewModel().select(names);
            Bounds b = canvas.sceneToLocal(grab.localToScene(grab.getBoundsInLocal()));
            pressedAt = new Point2D(b.getMinX() + b.getWidth() * 0.3, b.getMinY() + b.getHeight() / 2);
            fire(canvas, MouseEvent.MOUSE_PRESSED, pressedAt, MouseButton.PRIMARY, grab);
            return false;
        }
        Point2D at = pressedAt.add(circle(0, 0, 120, frame)).subtract(120, 0);
        if (frame <= FRAMES) {
            fire(canvas, MouseEvent.MOUSE_DRAGGED, at, MouseButton.PRIMARY, canvas);
            return false;
        }
        fire(canvas, MouseEvent.MOUSE_RELEASED, at, MouseButton.PRIMARY, canvas);
        return true;
    }

    private boolean fit(int frame) {
        if (frame == 0) canvas().fit();
        return frame > 2;
    }

    private void finish() {
        report.forEach(System.out::println);
        background.shutdownNow();
        Platform.exit();
        System.exit(0);
    }

    // ---- helpers ----

    private static Point2D circle(double cx, double cy, double radius, int frame) {
        double angle = frame * 2 * Math.PI / 120; // one turn every 120 frames
        return new Point2D(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
    }

    private CanvasView canvas() {
        return window.authorView().activeEditor().canvas();
    }

    private static void fire(Node target, EventType<MouseEvent> type, Point2D local, MouseButton button, Node picked) {
        Point2D scene = target.localToScene(local);
        Point2D screen = target.localToScreen(local);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        MouseEvent event = new MouseEvent(target, target, type, local.getX(), local.getY(), screen.getX(), screen.getY(), button, 1,
                false, false, false, false, down && button == MouseButton.PRIMARY, false, down && button == MouseButton.SECONDARY,
                false, false, false, new PickResult(picked, scene.getX(), scene.getY()));
        Event.fireEvent(target, event);
    }

    private static void frames(String what, List<FrameScript.Frame> frames, List<FrameScript.Frame> baseline) {
        long[] f = frames.stream().mapToLong(FrameScript.Frame::wall).sorted().toArray();
        double median = Stats.medianMs(f);
        double baseMedian = Stats.medianMs(baseline.stream().mapToLong(FrameScript.Frame::wall).toArray());
        double fx = Stats.medianMs(frames.stream().mapToLong(FrameScript.Frame::fxCpu).toArray());
        double render = Stats.medianMs(frames.stream().mapToLong(FrameScript.Frame::renderCpu).toArray());
        double baseFx = Stats.medianMs(baseline.stream().mapToLong(FrameScript.Frame::fxCpu).toArray());
        double baseRender = Stats.medianMs(baseline.stream().mapToLong(FrameScript.Frame::renderCpu).toArray());
        Stats.line(what + ", median", median, 8, String.format(Locale.ROOT,
                "p95 %.1f ms over %d frames; CPU per frame: JavaFX thread %.1f ms, render thread %.1f ms;"
                        + " baseline (one activity) %.1f ms, CPU %.1f + %.1f ms",
                f[(int) (f.length * 0.95)] / 1e6, f.length, fx, render, baseMedian, baseFx, baseRender));
    }

    private static int countNodes(Node node) {
        int n = 1;
        if (node instanceof Parent parent) for (Node child : parent.getChildrenUnmodifiable()) n += countNodes(child);
        return n;
    }

    private static long visibleActivities(CanvasView canvas) {
        return canvas.shownActivityViews().size();
    }

    /** The Prism pipeline drawing the window (sw when there is no GPU, es2 with one), for the report. */
    private static String pipelineName() {
        try {
            Object pipeline = Class.forName("com.sun.prism.GraphicsPipeline").getMethod("getPipeline").invoke(null);
            return "Prism " + pipeline.getClass().getSimpleName();
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "Prism pipeline unknown";
        }
    }
}
