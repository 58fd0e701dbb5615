package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * A schedule trigger's {@code typeProperties.recurrence}: every {@code interval} {@code frequency} from
 * {@code startTime} until {@code endTime}, in {@code timeZone}, optionally at the {@code schedule}'s hours and minutes,
 * on its week days (a Week recurrence) or month days and monthly occurrences (a Month recurrence).
 */
public record Recurrence(Frequency frequency, int interval, ZonedDateTime start, Optional<ZonedDateTime> end, ZoneId zone, Schedule schedule) {
    /** A weekday of the month: {@code occurrence} 1 … 5 from the start, -1 … -5 from the end, 0 every one. */
    public record Occurrence(DayOfWeek day, int occurrence) {
    }

    /** {@code recurrence.schedule}; empty lists are elements not given. */
    public record Schedule(List<Integer> hours, List<Integer> minutes, List<DayOfWeek> weekDays, List<Integer> monthDays,
                           List<Occurrence> monthlyOccurrences) {
        public static final Schedule NONE = new Schedule(List.of(), List.of(), List.of(), List.of(), List.of());

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    /** Reads a recurrence object; refused, with the first thing ADF would refuse, when it does not fit. */
    public static Recurrence read(JsonNode recurrence) {
        if (recurrence == null || !recurrence.isObject()) throw new InvalidTriggerException("A schedule trigger needs typeProperties.recurrence");
        Frequency frequency = Frequency.of(recurrence.path("frequency").asText(""));
        int interval = interval(recurrence.path("interval"));
        ZoneId zone = TriggerTimes.zone(recurrence.path("timeZone").asText(""));
        ZonedDateTime start = TriggerTimes.time("Start", recurrence.path("startTime").asText(""), zone);
        Optional<ZonedDateTime> end = TriggerTimes.optionalTime("End", recurrence.path("endTime").asText(""), zone);
        if (end.isPresent() && !end.get().isAfter(start)) throw new InvalidTriggerException("End: the end time is after the start time");
        return new Recurrence(frequency, interval, start, end, zone, schedule(recurrence.path("schedule")));
    }

    static int interval(JsonNode node) {
        if (node.isMissingNode()) return 1;
        if (!node.canConvertToInt() || !node.isIntegralNumber() && !node.asText().matches("\\d+") || node.asInt() < 1) {
            throw new InvalidTriggerException("Interval: a whole number from 1, not " + node);
        }
        return node.asInt();
    }

    static Schedule schedule(JsonNode s) {
        if (!s.isObject()) return Schedule.NONE;
        List<Integer> hours = numbers("At hours", s.path("hours"), 0, 23);
        List<Integer> minutes = numbers("At minutes", s.path("minutes"), 0, 59);
        List<Integer> monthDays = numbers("Month days", s.path("monthDays"), -31, 31);
        if (monthDays.contains(0)) throw new InvalidTriggerException("Month days: 1 … 31, or -1 (the last day) … -31, not 0");
        List<DayOfWeek> weekDays = new ArrayList<>();
        for (JsonNode d : s.path("weekDays")) weekDays.add(day("Week days", d.asText()));
        List<Occurrence> occurrences = new ArrayList<>();
        for (JsonNode o : s.path("monthlyOccurrences")) {
            int n = o.path("occurrence").asInt(0);
            if (n < -5 || n > 5) throw new InvalidTriggerException("Monthly occurrences: the occurrence is 1 … 5 or -1 … -5, not " + n);
            occurrences.add(new Occurrence(day("Monthly occurrences", o.path("day").asText()), n));
        }
        return new Schedule(hours, minutes, List.copyOf(weekDays), monthDays, List.copyOf(occurrences));
    }

    /** A sorted list of distinct whole numbers in a range (an absent list is empty). */
    public static List<Integer> numbers(String label, JsonNode list, int min, int max) {
        TreeSet<Integer> set = new TreeSet<>();
        if (list.isMissingNode() || list.isNull()) return List.of();
        if (!list.isArray()) throw new InvalidTriggerException(label + ": a list of whole numbers, not " + list);
        for (JsonNode n : list) {
            if (!n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
                throw new InvalidTriggerException(label + ": whole numbers from " + min + " to " + max + ", not " + n);
            }
            set.add(n.asInt());
        }
        return List.copyOf(set);
    }

    /** A week day as ADF writes it ("Monday"); any case is read. */
    public static DayOfWeek day(String label, String text) {
        try {
            return DayOfWeek.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidTriggerException(label + ": Monday … Sunday, not '" + text + "'");
        }
    }

    /** ADF's name of a week day: "Monday". */
    public static String dayName(DayOfWeek day) {
        String n = day.name();
        return n.charAt(0) + n.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The next {@code count} fire times after {@code after}, in the trigger's zone. */
    public List<ZonedDateTime> next(java.time.Instant after, int count) {
        return ScheduleTimes.next(this, after, count);
    }
}
