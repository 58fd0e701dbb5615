package dev.pipewright.core.trigger;

import dev.pipewright.core.expression.WindowsTimeZones;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How ADF writes the times of a trigger: a start or end time is ISO 8601, with {@code Z} (or an offset) for an instant
 * (ADF writes {@code …Z} for UTC) or without one for a wall-clock time in the trigger's time zone
 * ({@code "2024-05-01T06:00:00"} with {@code "Singapore Standard Time"}); time zones are Windows names; a tumbling
 * window's delay is a .NET time span ({@code "00:05:00"}, {@code "1.00:00:00"}).
 */
public final class TriggerTimes {
    private static final Pattern SPAN = Pattern.compile("(-)?(?:(\\d+)\\.)?(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:\\.(\\d{1,7}))?");

    private TriggerTimes() {
    }

    /** The zone of a trigger's {@code timeZone} (absent: UTC); refused when the name is not known. */
    public static ZoneId zone(String name) {
        if (name == null || name.isBlank()) return ZoneOffset.UTC;
        return WindowsTimeZones.find(name).orElseThrow(() -> new InvalidTriggerException("Time zone: " + WindowsTimeZones.unknown(name)));
    }

    /** A start or end time in {@code zone}: an instant when the text has Z or an offset, else a wall-clock time there. */
    public static ZonedDateTime time(String label, String text, ZoneId zone) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) throw new InvalidTriggerException(label + ": a date and time is needed, e.g. 2026-01-01T06:00:00");
        try {
            return OffsetDateTime.parse(t).atZoneSameInstant(zone);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return ZonedDateTime.ofLocal(LocalDateTime.parse(t), zone, null);
            } catch (DateTimeParseException e) {
                throw new InvalidTriggerException(label + ": '" + t + "' is not a date and time like 2026-01-01T06:00:00"
                        + (ZoneOffset.UTC.equals(zone) ? "Z" : ""));
            }
        }
    }

    /** An optional time: empty for absent or blank text. */
    public static Optional<ZonedDateTime> optionalTime(String label, String text, ZoneId zone) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(time(label, text, zone));
    }

    /** A time as ADF Studio writes it: with Z in UTC, else the wall-clock time without offset. */
    public static String format(LocalDateTime local, boolean utc) {
        String s = local.withNano(0).toString();
        if (local.getSecond() == 0 && s.length() == 16) s += ":00";
        return utc ? s + "Z" : s;
    }

    /** A .NET time span ({@code [d.]hh:mm:ss[.fffffff]}) as a duration. */
    public static Duration span(String label, String text) {
        Matcher m = SPAN.matcher(text == null ? "" : text.strip());
        if (!m.matches() || Integer.parseInt(m.group(4)) > 59 || Integer.parseInt(m.group(5)) > 59 || Integer.parseInt(m.group(3)) > 23) {
            throw new InvalidTriggerException(label + ": a time span like 00:05:00 (hours:minutes:seconds) or 1.00:00:00 (days first), not '"
                    + text + "'");
        }
        Duration d = Duration.ofDays(m.group(2) == null ? 0 : Long.parseLong(m.group(2))).plusHours(Long.parseLong(m.group(3)))
                .plusMinutes(Long.parseLong(m.group(4))).plusSeconds(Long.parseLong(m.group(5)));
        if (m.group(6) != null) d = d.plusNanos(Long.parseLong((m.group(6) + "000000000").substring(0, 9)));
        return m.group(1) == null ? d : d.negated();
    }
}
