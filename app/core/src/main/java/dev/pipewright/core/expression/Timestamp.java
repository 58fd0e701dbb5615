package dev.pipewright.core.expression;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;

/**
 * A date-time as ADF's expression functions see it: a wall-clock time and, when known, its offset (UTC for
 * {@code utcNow()} and {@code ...Z} input; none after a time-zone conversion, like .NET's "unspecified" kind).
 */
record Timestamp(LocalDateTime time, ZoneOffset offset) {
    static Timestamp utc(LocalDateTime time) {
        return new Timestamp(time, ZoneOffset.UTC);
    }

    /** US month/day/year with an optional time, as .NET parses it in en-US: {@code 03/15/2018 12:00:00}. */
    private static final DateTimeFormatter US = DateTimeFormatter.ofPattern("M/d/yyyy[ H:mm[:ss]]");

    /**
     * ISO 8601 ({@code 2026-11-24}, {@code 2026-11-24T06:00:00}, {@code ...Z}, {@code ...+01:00}, a space instead
     * of {@code T}) or US {@code 03/15/2018 12:00:00}.
     */
    static Timestamp parse(String text, String function) {
        String t = text.strip();
        if (t.indexOf('/') > 0) {
            try {
                TemporalAccessor us = US.parseBest(t, LocalDateTime::from, LocalDate::from);
                return new Timestamp(us instanceof LocalDate d ? d.atStartOfDay() : (LocalDateTime) us, null);
            } catch (DateTimeParseException notUs) {
                throw new EvaluationException(function + " expects a timestamp such as 2026-11-24T06:00:00Z, got '" + text + "'");
            }
        }
        if (t.length() > 10 && t.charAt(10) == ' ') t = t.substring(0, 10) + "T" + t.substring(11);
        try {
            OffsetDateTime o = OffsetDateTime.parse(t);
            return new Timestamp(o.toLocalDateTime(), o.getOffset());
        } catch (DateTimeParseException notWithOffset) {
            try {
                return new Timestamp(LocalDateTime.parse(t), null);
            } catch (DateTimeParseException notLocal) {
                try {
                    return new Timestamp(LocalDate.parse(t).atStartOfDay(), null);
                } catch (DateTimeParseException notADate) {
                    throw new EvaluationException(function + " expects an ISO 8601 timestamp such as 2026-11-24T06:00:00Z, got '" + text + "'");
                }
            }
        }
    }

    Timestamp withTime(LocalDateTime t) {
        return new Timestamp(t, offset);
    }
}
