package dev.pipewright.core.trigger;

import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A recurrence's unit, as ADF writes it ({@code "Minute"} … {@code "Month"}). */
public enum Frequency {
    MINUTE("Minute", ChronoUnit.MINUTES),
    HOUR("Hour", ChronoUnit.HOURS),
    DAY("Day", ChronoUnit.DAYS),
    WEEK("Week", ChronoUnit.WEEKS),
    MONTH("Month", ChronoUnit.MONTHS);

    private final String json;
    private final ChronoUnit unit;

    Frequency(String json, ChronoUnit unit) {
        this.json = json;
        this.unit = unit;
    }

    public String json() {
        return json;
    }

    public ChronoUnit unit() {
        return unit;
    }

    /** Reads ADF's name (any case); refused when it is none of them. */
    public static Frequency of(String text) {
        for (Frequency f : values()) if (f.json.equalsIgnoreCase(text == null ? "" : text.strip())) return f;
        throw new InvalidTriggerException("Recurrence: the frequency is Minute, Hour, Day, Week or Month, not '" + text + "'");
    }

    /** "minute", "hour" … for sentences. */
    public String word() {
        return json.toLowerCase(Locale.ROOT);
    }
}
