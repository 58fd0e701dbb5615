package dev.pipewright.runtime.ir;

import dev.pipewright.core.ir.SsisIrSettings;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The Azure-SSIS lifecycle, simulated locally: Initial → Starting → Started → Stopping → Stopped (→ Starting
 * …). A transition takes a realistic time — ADF: about 5 minutes to start, 20–30 minutes when the IR joins a
 * virtual network with standard injection; stopping is not documented and is taken as 2 minutes — scaled
 * by a factor ({@value #TIME_SCALE_PROPERTY}, e.g. 0.001 in tests and demos). States are resolved from the clock,
 * so nothing runs in the background, and are kept in the {@link IrStateStore} between sessions.
 */
public final class SsisLifecycle {
    public static final String TIME_SCALE_PROPERTY = "pipewright.ssis.timeScale";

    /** A state, when it was entered, and when the running transition ends (null when none runs). */
    public record Status(SsisState state, Instant since, Instant until) {
        public Duration remaining(Instant now) {
            return until == null || now.isAfter(until) ? Duration.ZERO : Duration.between(now, until);
        }
    }

    /** How long starting and stopping take. */
    public record Durations(Duration start, Duration stop) {
        /** ADF's figures for these settings, unscaled. */
        public static Durations forSettings(SsisIrSettings settings) {
            boolean standardVnet = settings.virtualNetwork() != null
                    && settings.virtualNetwork().injection() == SsisIrSettings.Injection.STANDARD;
            return new Durations(Duration.ofMinutes(standardVnet ? 25 : 5), Duration.ofMinutes(2));
        }

        public Durations scaled(double factor) {
            return new Durations(scale(start, factor), scale(stop, factor));
        }

        private static Duration scale(Duration d, double factor) {
            return Duration.ofMillis(Math.max(1, Math.round(d.toMillis() * factor)));
        }
    }

    private final IrStateStore store;
    private final String scope;
    private final Clock clock;
    private final double timeScale;

    public SsisLifecycle(IrStateStore store, String scope, Clock clock, double timeScale) {
        this.store = store;
        this.scope = scope;
        this.clock = clock;
        this.timeScale = timeScale;
    }

    /** The time scale from {@value #TIME_SCALE_PROPERTY}, 1 (real time) when unset. */
    public static double configuredTimeScale() {
        String s = System.getProperty(TIME_SCALE_PROPERTY);
        return s == null || s.isBlank() ? 1.0 : Double.parseDouble(s);
    }

    public synchronized Status status(String ir) {
        Optional<IrStateStore.SsisRow> row = store.ssis(scope, ir);
        if (row.isEmpty()) return new Status(SsisState.INITIAL, null, null);
        IrStateStore.SsisRow r = row.get();
        Instant now = clock.instant();
        boolean transition = r.state() == SsisState.STARTING || r.state() == SsisState.STOPPING;
        if (transition && r.until() != null && !now.isBefore(r.until())) {
            SsisState done = r.state() == SsisState.STARTING ? SsisState.STARTED : SsisState.STOPPED;
            IrStateStore.SsisRow settled = new IrStateStore.SsisRow(done, r.until(), null);
            store.putSsis(scope, ir, settled);
            return new Status(done, settled.since(), null);
        }
        return new Status(r.state(), r.since(), r.until());
    }

    public SsisState state(String ir) {
        return status(ir).state();
    }

    public boolean canEdit(String ir) {
        return state(ir).editable();
    }

    /** Starts the IR; only from Initial or Stopped. */
    public synchronized Status start(String ir, SsisIrSettings settings) {
        SsisState now = state(ir);
        if (!now.editable()) {
            throw new IllegalStateException("'" + ir + "' is " + now.label() + "; only a stopped Azure-SSIS IR can be started");
        }
        return transition(ir, SsisState.STARTING, Durations.forSettings(settings).scaled(timeScale).start());
    }

    /** Stops the IR; only when Started. */
    public synchronized Status stop(String ir) {
        SsisState now = state(ir);
        if (now != SsisState.STARTED) {
            throw new IllegalStateException("'" + ir + "' is " + now.label() + "; only a started Azure-SSIS IR can be stopped");
        }
        return transition(ir, SsisState.STOPPING, new Durations(Duration.ZERO, Duration.ofMinutes(2)).scaled(timeScale).stop());
    }

    private Status transition(String ir, SsisState state, Duration takes) {
        Instant since = clock.instant();
        IrStateStore.SsisRow row = new IrStateStore.SsisRow(state, since, since.plus(takes));
        store.putSsis(scope, ir, row);
        return new Status(state, since, row.until());
    }
}
