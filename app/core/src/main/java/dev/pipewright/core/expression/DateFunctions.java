package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import static dev.pipewright.core.expression.Library.define;

/** Date functions. Results are strings in .NET's round-trip format ({@code o}) unless a format is given. */
final class DateFunctions {
    /** .NET ticks (100 ns) from 0001-01-01 to 1970-01-01. */
    private static final long EPOCH_TICKS = 621_355_968_000_000_000L;

    private DateFunctions() {
    }

    static void register() {
        define("utcNow", 0, 1, c -> out(now(c), c.optionalText(0)));
        define("formatDateTime", 1, 2, c -> out(ts(c, 0), c.optionalText(1)));
        define("addDays", 2, 3, c -> out(plus(ts(c, 0), c.integer(1), ChronoUnit.DAYS), c.optionalText(2)));
        define("addHours", 2, 3, c -> out(plus(ts(c, 0), c.integer(1), ChronoUnit.HOURS), c.optionalText(2)));
        define("addMinutes", 2, 3, c -> out(plus(ts(c, 0), c.integer(1), ChronoUnit.MINUTES), c.optionalText(2)));
        define("addSeconds", 2, 3, c -> out(plus(ts(c, 0), c.integer(1), ChronoUnit.SECONDS), c.optionalText(2)));
        define("addToTime", 3, 4, c -> out(plus(ts(c, 0), c.integer(1), unit(c.text(2))), c.optionalText(3)));
        define("subtractFromTime", 3, 4, c -> out(plus(ts(c, 0), -c.integer(1), unit(c.text(2))), c.optionalText(3)));
        define("getFutureTime", 2, 3, c -> out(plus(now(c), c.integer(0), unit(c.text(1))), c.optionalText(2)));
        define("getPastTime", 2, 3, c -> out(plus(now(c), -c.integer(0), unit(c.text(1))), c.optionalText(2)));
        define("startOfDay", 1, 2, c -> out(truncate(ts(c, 0), ChronoUnit.DAYS), c.optionalText(1)));
        define("startOfHour", 1, 2, c -> out(truncate(ts(c, 0), ChronoUnit.HOURS), c.optionalText(1)));
        define("startOfMonth", 1, 2, c -> {
            Timestamp t = ts(c, 0);
            return out(t.withTime(t.time().withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS)), c.optionalText(1));
        });
        define("dayOfMonth", 1, 1, c -> Values.number(ts(c, 0).time().getDayOfMonth()));
        define("dayOfWeek", 1, 1, c -> Values.number(ts(c, 0).time().getDayOfWeek().getValue() % 7)); // Sunday = 0
        define("dayOfYear", 1, 1, c -> Values.number(ts(c, 0).time().getDayOfYear()));
        define("ticks", 1, 1, c -> {
            Timestamp t = ts(c, 0);
            var instant = t.time().toInstant(t.offset() == null ? ZoneOffset.UTC : t.offset());
            return Values.NODES.numberNode(EPOCH_TICKS + instant.getEpochSecond() * 10_000_000L + instant.getNano() / 100);
        });
        define("convertFromUtc", 2, 3, c -> out(convert(ts(c, 0), ZoneOffset.UTC, zone(c, 1)), c.optionalText(2)));
        define("convertToUtc", 2, 3, c -> {
            Timestamp t = convert(ts(c, 0), zone(c, 1), ZoneOffset.UTC);
            return out(new Timestamp(t.time(), ZoneOffset.UTC), c.optionalText(2));
        });
        define("convertTimeZone", 3, 4, c -> out(convert(ts(c, 0), zone(c, 1), zone(c, 2)), c.optionalText(3)));
    }

    private static Timestamp now(Library.Call c) {
        return Timestamp.utc(LocalDateTime.now(c.scope().clock().withZone(ZoneOffset.UTC)));
    }

    private static Timestamp ts(Library.Call c, int i) {
        return Timestamp.parse(c.text(i), c.name());
    }

    private static ZoneId zone(Library.Call c, int i) {
        return WindowsTimeZones.zone(c.text(i), c.name());
    }

    private static JsonNode out(Timestamp t, String format) {
        return Values.text(DotNetDateFormat.format(t, format));
    }

    private static Timestamp plus(Timestamp t, long amount, ChronoUnit unit) {
        return t.withTime(t.time().plus(amount, unit));
    }

    private static Timestamp truncate(Timestamp t, ChronoUnit unit) {
        return t.withTime(t.time().truncatedTo(unit));
    }

    /** The wall-clock time in {@code to} of an instant read in {@code from} (or at its own offset); the result has no offset. */
    private static Timestamp convert(Timestamp t, ZoneId from, ZoneId to) {
        var instant = t.offset() != null ? t.time().toInstant(t.offset()) : t.time().atZone(from).toInstant();
        return new Timestamp(LocalDateTime.ofInstant(instant, to), null);
    }

    private static ChronoUnit unit(String unit) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "second" -> ChronoUnit.SECONDS;
            case "minute" -> ChronoUnit.MINUTES;
            case "hour" -> ChronoUnit.HOURS;
            case "day" -> ChronoUnit.DAYS;
            case "week" -> ChronoUnit.WEEKS;
            case "month" -> ChronoUnit.MONTHS;
            case "year" -> ChronoUnit.YEARS;
            default -> throw new EvaluationException("unknown time unit '" + unit + "' (Second, Minute, Hour, Day, Week, Month or Year)");
        };
    }
}
