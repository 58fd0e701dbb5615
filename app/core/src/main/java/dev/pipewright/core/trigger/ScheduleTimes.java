package dev.pipewright.core.trigger;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a schedule trigger fires. Without a schedule it fires at the start time and every {@code interval} units after
 * (minutes and hours on the clock of the world; days, weeks and months on the wall clock of the time zone, so 06:00
 * stays 06:00 across daylight saving). With a schedule, every {@code interval}-th day, week or month counted from the
 * start's is active: on its week days (Week; the start's week day when none), its month days or monthly occurrences
 * (Month; the start's day when none), at every given hour × minute (the start's hour or minute when not given), at
 * second 0; an Hour recurrence with minutes fires at those minutes of every {@code interval}-th hour. Times never come
 * before the start or after the end; a wall-clock time skipped by daylight saving fires just after the gap, a repeated
 * one at its first occurrence.
 */
final class ScheduleTimes {
    /** How far ahead a schedule is searched (a 31st of February never comes). */
    static final int HORIZON_DAYS = 366 * 30;

    private ScheduleTimes() {
    }

    static List<ZonedDateTime> next(Recurrence r, Instant after, int count) {
        Recurrence.Schedule s = r.schedule();
        if (r.frequency() == Frequency.HOUR && !s.minutes().isEmpty()) return hourly(r, after, count);
        boolean timed = !s.isEmpty() && (r.frequency() == Frequency.DAY || r.frequency() == Frequency.WEEK || r.frequency() == Frequency.MONTH);
        return timed ? scheduled(r, after, count) : stepped(r, after, count);
    }

    private static List<ZonedDateTime> stepped(Recurrence r, Instant after, int count) {
        List<ZonedDateTime> out = new ArrayList<>();
        ChronoUnit unit = r.frequency().unit();
        long k = 0;
        if (after.isAfter(r.start().toInstant())) {
            long units = unit.between(r.start(), after.atZone(r.zone()));
            k = Math.max(0, units / r.interval() - 1);
        }
        for (; out.size() < count; k++) {
            ZonedDateTime t = occurrence(r, k * r.interval());
            if (isAfterEnd(r, t)) break;
            if (t.toInstant().isAfter(after)) out.add(t);
        }
        return out;
    }

    private static ZonedDateTime occurrence(Recurrence r, long units) {
        return switch (r.frequency()) {
            case MINUTE, HOUR -> r.start().plus(units, r.frequency().unit()); // on the instant time line
            default -> ZonedDateTime.ofLocal(r.start().toLocalDateTime().plus(units, r.frequency().unit()), r.zone(), null);
        };
    }

    private static List<ZonedDateTime> hourly(Recurrence r, Instant after, int count) {
        List<ZonedDateTime> out = new ArrayList<>();
        ZonedDateTime base = r.start().truncatedTo(ChronoUnit.HOURS);
        long k = after.isAfter(base.toInstant()) ? Math.max(0, Duration.between(base.toInstant(), after).toHours() / r.interval() - 1) : 0;
        for (long guard = 0; out.size() < count && guard < HORIZON_DAYS * 24L; k++, guard++) {
            ZonedDateTime hour = base.plusHours(k * r.interval());
            for (int minute : r.schedule().minutes()) {
                ZonedDateTime t = hour.plusMinutes(minute);
                if (isAfterEnd(r, t)) return out;
                if (t.isBefore(r.start()) || !t.toInstant().isAfter(after)) continue;
                out.add(t);
                if (out.size() == count) return out;
            }
        }
        return out;
    }

    private static List<ZonedDateTime> scheduled(Recurrence r, Instant after, int count) {
        List<ZonedDateTime> out = new ArrayList<>();
        Recurrence.Schedule s = r.schedule();
        List<Integer> hours = s.hours().isEmpty() ? List.of(r.start().getHour()) : s.hours();
        List<Integer> minutes = s.minutes().isEmpty() ? List.of(r.start().getMinute()) : s.minutes();
        LocalDate startDay = r.start().toLocalDate();
        LocalDate from = after.atZone(r.zone()).toLocalDate().minusDays(1);
        LocalDate day = from.isAfter(startDay) ? from : startDay;
        for (int i = 0; i < HORIZON_DAYS; i++, day = day.plusDays(1)) {
            if (r.end().isPresent() && day.isAfter(r.end().get().toLocalDate())) break;
            if (!active(r, startDay, day)) continue;
            for (int hour : hours) {
                for (int minute : minutes) {
                    ZonedDateTime t = ZonedDateTime.ofLocal(LocalDateTime.of(day, LocalTime.of(hour, minute)), r.zone(), null);
                    if (isAfterEnd(r, t)) return out;
                    if (t.isBefore(r.start()) || !t.toInstant().isAfter(after)) continue;
                    out.add(t);
                    if (out.size() == count) return out;
                }
            }
        }
        return out;
    }

    /** Whether the trigger fires on {@code day} (at its hours and minutes). */
    private static boolean active(Recurrence r, LocalDate startDay, LocalDate day) {
        Recurrence.Schedule s = r.schedule();
        return switch (r.frequency()) {
            case WEEK -> {
                LocalDate w0 = startDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                long weeks = ChronoUnit.DAYS.between(w0, day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))) / 7;
                List<DayOfWeek> days = s.weekDays().isEmpty() ? List.of(startDay.getDayOfWeek()) : s.weekDays();
                yield weeks % r.interval() == 0 && days.contains(day.getDayOfWeek());
            }
            case MONTH -> {
                long months = (day.getYear() * 12L + day.getMonthValue()) - (startDay.getYear() * 12L + startDay.getMonthValue());
                yield months % r.interval() == 0 && monthDay(s, startDay, day);
            }
            default -> ChronoUnit.DAYS.between(startDay, day) % r.interval() == 0;
        };
    }

    private static boolean monthDay(Recurrence.Schedule s, LocalDate startDay, LocalDate day) {
        if (s.monthDays().isEmpty() && s.monthlyOccurrences().isEmpty()) return day.getDayOfMonth() == startDay.getDayOfMonth();
        int length = day.lengthOfMonth();
        int d = day.getDayOfMonth();
        if (s.monthDays().contains(d) || s.monthDays().contains(d - length - 1)) return true;
        for (Recurrence.Occurrence o : s.monthlyOccurrences()) {
            if (o.day() != day.getDayOfWeek()) continue;
            int fromStart = (d - 1) / 7 + 1;
            int fromEnd = -((length - d) / 7 + 1);
            if (o.occurrence() == 0 || o.occurrence() == fromStart || o.occurrence() == fromEnd) return true;
        }
        return false;
    }

    private static boolean isAfterEnd(Recurrence r, ZonedDateTime t) {
        return r.end().isPresent() && t.isAfter(r.end().get());
    }
}
