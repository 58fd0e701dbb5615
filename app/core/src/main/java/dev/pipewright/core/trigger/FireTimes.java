package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * When a trigger fires next, whatever its type: a schedule trigger at its recurrence's times, a tumbling-window
 * trigger as its windows end (plus the delay), a storage-event trigger on events only. What ADF would refuse in the
 * trigger is the result's problem, and then there are no times.
 */
public final class FireTimes {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    /** One fire time; for a tumbling window, the window it runs. */
    public record Fire(ZonedDateTime at, TumblingWindow.Window window) {
        /** "Mon 2026-01-05 06:00 (05:00 UTC)"; a window's "… window 04:00–05:00 UTC". */
        public String text() {
            String s = LOCAL.format(at);
            if (!ZoneOffset.UTC.equals(at.getZone().normalized())) s += " (" + CLOCK.format(at.withZoneSameInstant(ZoneOffset.UTC)) + " UTC)";
            else s += " UTC";
            if (window != null) s += " · window " + LOCAL.format(window.start()) + " – " + CLOCK.format(window.end());
            return s;
        }
    }

    /** The times found, or why there are none (a problem ADF would refuse, or a note: fires on events). */
    public record Result(List<Fire> fires, String problem, String note) {
        public boolean ok() {
            return problem.isEmpty();
        }
    }

    private FireTimes() {
    }

    /** The next {@code count} fire times after {@code after} of the trigger whose {@code properties} these are. */
    public static Result next(JsonNode properties, Instant after, int count) {
        String type = properties.path("type").asText("");
        JsonNode tp = properties.path("typeProperties");
        try {
            return switch (type) {
                case "ScheduleTrigger" -> {
                    Recurrence r = Recurrence.read(tp.path("recurrence"));
                    List<Fire> fires = r.next(after, count).stream().map(t -> new Fire(t, null)).toList();
                    yield new Result(fires, "", fires.isEmpty() ? "It does not fire again: the end time has passed" : "");
                }
                case "TumblingWindowTrigger" -> {
                    TumblingWindow w = TumblingWindow.read(tp);
                    List<Fire> fires = w.next(after, count).stream().map(x -> new Fire(x.runs(), x)).toList();
                    long past = w.pastWindows(after);
                    String note = past == 0 ? "" : past + (past == 1 ? " window has" : " windows have")
                            + " already ended: started now, the trigger runs them first (up to " + w.maxConcurrency() + " at a time)";
                    yield new Result(fires, "", fires.isEmpty() && past == 0 ? "It does not fire again: the end time has passed" : note);
                }
                case "BlobEventsTrigger" -> new Result(List.of(), "", "Fires when a matching blob is " + events(tp) + ", not on a clock");
                default -> new Result(List.of(), "", type + " fires on events, not on a clock");
            };
        } catch (InvalidTriggerException e) {
            return new Result(List.of(), e.getMessage(), "");
        } catch (java.time.DateTimeException | ArithmeticException beyondTheCalendar) {
            // an interval so large that the next time is past year 999,999,999
            return new Result(List.of(), "", "No fire time in any year a calendar can hold: the interval is too large");
        }
    }

    private static String events(JsonNode tp) {
        boolean created = false;
        boolean deleted = false;
        for (JsonNode e : tp.path("events")) {
            created |= e.asText().endsWith("BlobCreated");
            deleted |= e.asText().endsWith("BlobDeleted");
        }
        return created && deleted ? "created or deleted" : deleted ? "deleted" : "created";
    }
}
