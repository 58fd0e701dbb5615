package dev.pipewright.runtime.run;

import dev.pipewright.core.model.Activity;
import dev.pipewright.core.model.Dependency;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs one scope of activities as ADF does: an activity starts once every activity it depends on has ended,
 * if each dependency's conditions are met (conditions of one dependency: any; several dependencies: all), and is
 * Skipped otherwise; activities whose dependencies have ended run in parallel. The scope's status follows ADF's
 * rule: look at the leaves (activities nothing depends on); a skipped leaf is judged by the activities it depends
 * on instead; the scope succeeded if and only if everything judged succeeded.
 */
final class ScopeRunner {
    private ScopeRunner() {
    }

    static RunStatus run(RunContext run, Frame frame, List<Activity> activities) {
        Map<String, Activity> byName = new LinkedHashMap<>();
        activities.forEach(a -> byName.put(key(a.name()), a));
        List<Activity> pending = new ArrayList<>(activities);
        BlockingQueue<String> ended = new LinkedBlockingQueue<>();
        int running = 0;
        while (!pending.isEmpty() || running > 0) {
            boolean progress = true;
            while (progress) {
                progress = false;
                for (Activity a : List.copyOf(pending)) {
                    if (!dependenciesEnded(a, frame, byName)) continue;
                    pending.remove(a);
                    progress = true;
                    if (run.control().isCancelled()) continue; // not started: a cancelled run starts nothing
                    if (!conditionsMet(a, frame, byName)) {
                        frame.put(a.name(), ActivityOutcome.skipped());
                        run.skipped(frame.label(), a.name());
                        continue;
                    }
                    running++;
                    run.runner().pool().execute(() -> {
                        try {
                            frame.put(a.name(), ActivityExecutor.execute(run, frame, a));
                        } finally {
                            ended.add(a.name());
                        }
                    });
                }
            }
            if (running == 0) break; // what is left waits on activities that are not in this scope (or a cycle): never starts
            try {
                ended.take();
                running--;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                run.control().cancel();
            }
        }
        if (run.control().isCancelled()) return RunStatus.CANCELLED;
        return status(frame, activities, byName);
    }

    private static boolean dependenciesEnded(Activity a, Frame frame, Map<String, Activity> scope) {
        for (Dependency d : a.dependsOn()) {
            if (scope.containsKey(key(d.activity())) && frame.own(d.activity()) == null) return false;
        }
        return true;
    }

    private static boolean conditionsMet(Activity a, Frame frame, Map<String, Activity> scope) {
        for (Dependency d : a.dependsOn()) {
            ActivityOutcome upstream = scope.containsKey(key(d.activity())) ? frame.own(d.activity()) : null;
            if (upstream == null) return false; // names an activity outside the scope: validate reports it (PW401)
            boolean any = d.conditions().isEmpty() ? upstream.status().meets("Succeeded") : d.conditions().stream().anyMatch(upstream.status()::meets);
            if (!any) return false;
        }
        return true;
    }

    /** ADF's pipeline status rule over the scope's leaves. */
    static RunStatus status(Frame frame, List<Activity> activities, Map<String, Activity> byName) {
        Set<String> upstream = new HashSet<>();
        activities.forEach(a -> a.dependsOn().forEach(d -> upstream.add(key(d.activity()))));
        for (Activity a : activities) {
            if (upstream.contains(key(a.name()))) continue;
            if (!judged(a, frame, byName, new HashSet<>())) return RunStatus.FAILED;
        }
        return RunStatus.SUCCEEDED;
    }

    private static boolean judged(Activity a, Frame frame, Map<String, Activity> byName, Set<String> seen) {
        if (!seen.add(key(a.name()))) return true;
        ActivityOutcome o = frame.own(a.name());
        if (o == null) return false; // never started: waits on something outside the scope
        if (o.status() != RunStatus.SKIPPED) return o.status() == RunStatus.SUCCEEDED;
        for (Dependency d : a.dependsOn()) {
            Activity parent = byName.get(key(d.activity()));
            if (parent != null && !judged(parent, frame, byName, seen)) return false;
        }
        return true;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
