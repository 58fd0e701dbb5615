package dev.pipewright.bench.studio;

import javafx.animation.AnimationTimer;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Runs benchmark steps one frame at a time on the JavaFX thread. Each step is called at the start of every pulse
 * with its frame number until it answers {@code true}; a measuring step also records the interval between the
 * starts of consecutive pulses. With {@code -Djavafx.animation.fullspeed=true} pulses follow each other without
 * waiting for the 60 Hz timer, and a pulse waits for the previous frame's rendering, so that interval is the time
 * one frame takes: event handling, CSS, layout and rendering. The CPU time the JavaFX thread and the render thread
 * spent in each frame is recorded beside it: on a machine shared with other work it is the steadier figure.
 */
final class FrameScript extends AnimationTimer {
    /** One measured frame: wall time, and CPU time of the JavaFX thread and of the render thread, in nanoseconds. */
    record Frame(long wall, long fxCpu, long renderCpu) {
    }

    /** A step; {@code frames} gets the measured frames when the step measures. */
    record Step(String name, boolean measured, int warmUpFrames, IntPredicate tick, List<Frame> frames) {
    }

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private long renderThread = -1;
    private long lastFxCpu;
    private long lastRenderCpu;

    private final Deque<Step> steps = new ArrayDeque<>();
    private final Runnable whenDone;
    private Step current;
    private int frame;
    private long last;

    FrameScript(Runnable whenDone) {
        this.whenDone = whenDone;
    }

    /** A step that is not timed frame by frame (it may time itself). */
    FrameScript then(String name, IntPredicate tick) {
        steps.add(new Step(name, false, 0, tick, new ArrayList<>()));
        return this;
    }

    /** A step whose frame intervals are recorded, after {@code warmUp} frames that are not. */
    List<Frame> measure(String name, int warmUp, IntPredicate tick) {
        Step step = new Step(name, true, warmUp, tick, new ArrayList<>());
        steps.add(step);
        return step.frames();
    }

    /** CPU time of Prism's render thread ("QuantumRenderer-0"), found on first use. */
    private long renderCpu() {
        if (renderThread < 0) {
            for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("QuantumRenderer")) renderThread = t.getId();
        }
        return renderThread < 0 ? 0 : threads.getThreadCpuTime(renderThread);
    }

    @Override
    public void handle(long now) {
        long at = System.nanoTime();
        long fxCpu = threads.getCurrentThreadCpuTime();
        long renderCpu = renderCpu();
        if (current == null) {
            current = steps.poll();
            frame = 0;
            if (current == null) {
                stop();
                whenDone.run();
                return;
            }
        } else if (current.measured() && frame > current.warmUpFrames()) {
            current.frames().add(new Frame(at - last, fxCpu - lastFxCpu, renderCpu - lastRenderCpu));
        }
        last = at;
        lastFxCpu = fxCpu;
        lastRenderCpu = renderCpu;
        try {
            if (current.tick().test(frame++)) current = null;
        } catch (RuntimeException e) {
            System.err.println("step '" + current.name() + "' failed: " + e);
            e.printStackTrace();
            current = null;
            steps.clear();
        }
    }
}
