package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.KeyOrder;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.form.Change;
import dev.pipewright.core.form.Choice;
import dev.pipewright.core.form.FormValues;
import dev.pipewright.core.form.SetFieldsCommand;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * ADF Studio's trigger pane as field specs, by trigger type: a schedule trigger's start, time zone, recurrence, its
 * hours and minutes, week days (Week) or month days (Month) and end; a tumbling window's frequency, interval, start,
 * end, delay, max concurrency and retry; a storage-event trigger's storage account, blob path begins/ends with, events
 * and ignore empty blobs; for every type the description and Started/Stopped. Typed text becomes one undoable
 * {@link SetFieldsCommand} in ADF's key order, or is refused with the reason (nothing is changed then).
 */
public final class TriggerForm {
    static final String TP = "properties/typeProperties/";
    static final String REC = TP + "recurrence/";
    /** ADF's order of a trigger's members. */
    public static final KeyOrder ORDER = new KeyOrder()
            .at("", "name", "properties")
            .at("properties", "description", "annotations", "runtimeState", "pipelines", "pipeline", "type", "typeProperties")
            .at("properties/pipelines/*", "pipelineReference", "parameters")
            .at("properties/pipeline", "pipelineReference", "parameters")
            .at("properties/typeProperties", "recurrence", "frequency", "interval", "startTime", "endTime", "delay", "maxConcurrency",
                    "retryPolicy", "dependsOn", "blobPathBeginsWith", "blobPathEndsWith", "ignoreEmptyBlobs", "scope", "events")
            .at("properties/typeProperties/recurrence", "frequency", "interval", "startTime", "endTime", "timeZone", "schedule")
            .at("properties/typeProperties/recurrence/schedule", "minutes", "hours", "weekDays", "monthDays", "monthlyOccurrences")
            .at("properties/typeProperties/retryPolicy", "count", "intervalInSeconds");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<Choice> DAYS = Choice.texts("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");
    private static final Predicate<JsonNode> ALWAYS = r -> true;

    public static final TriggerField TYPE = new TriggerField("kind", "Type", "properties/type", TriggerField.Kind.CHOICE,
            List.of(Choice.of("Schedule", "ScheduleTrigger"), Choice.of("Tumbling window", "TumblingWindowTrigger"),
                    Choice.of("Storage events", "BlobEventsTrigger")), 0, 0, "", ALWAYS);
    public static final TriggerField STATE = new TriggerField("state", "Status", "properties/runtimeState", TriggerField.Kind.CHOICE,
            Choice.texts("Started", "Stopped"), 0, 0, "", ALWAYS);
    public static final TriggerField DESCRIPTION = text("description", "Description", "properties/description", "");
    // schedule trigger
    public static final TriggerField START = field("start", "Start date", REC + "startTime", TriggerField.Kind.TIME, "2026-01-01T06:00:00");
    public static final TriggerField ZONE = field("time-zone", "Time zone", REC + "timeZone", TriggerField.Kind.ZONE, "UTC");
    public static final TriggerField FREQUENCY = new TriggerField("frequency", "Recurrence every", REC + "frequency", TriggerField.Kind.CHOICE,
            Choice.texts("Minute", "Hour", "Day", "Week", "Month"), 0, 0, "", ALWAYS);
    public static final TriggerField INTERVAL = new TriggerField("interval", "Interval", REC + "interval", TriggerField.Kind.INT, List.of(),
            1, 100000, "1", ALWAYS);
    public static final TriggerField HOURS = new TriggerField("hours", "At hours", REC + "schedule/hours", TriggerField.Kind.NUMBERS,
            List.of(), 0, 23, "e.g. 6, 18 (empty: the start's hour)", frequencyIn("Day", "Week", "Month"));
    public static final TriggerField MINUTES = new TriggerField("minutes", "At minutes", REC + "schedule/minutes", TriggerField.Kind.NUMBERS,
            List.of(), 0, 59, "e.g. 0, 30 (empty: the start's minute)", frequencyIn("Hour", "Day", "Week", "Month"));
    public static final TriggerField WEEK_DAYS = new TriggerField("week-days", "On week days", REC + "schedule/weekDays", TriggerField.Kind.MULTI,
            DAYS, 0, 0, "", frequencyIn("Week"));
    public static final TriggerField MONTH_DAYS = new TriggerField("month-days", "On month days", REC + "schedule/monthDays", TriggerField.Kind.NUMBERS,
            List.of(), -31, 31, "e.g. 1, 15, -1 (-1: the last day)", frequencyIn("Month"));
    public static final TriggerField OCCURRENCES = new TriggerField("occurrences", "On week days of the month",
            REC + "schedule/monthlyOccurrences", TriggerField.Kind.OCCURRENCES, List.of(), 0, 0, "e.g. First Monday, Last Friday",
            frequencyIn("Month"));
    public static final TriggerField END = field("end", "End date", REC + "endTime", TriggerField.Kind.TIME, "No end");
    // tumbling window trigger
    public static final TriggerField TW_FREQUENCY = new TriggerField("tw-frequency", "Recurrence every", TP + "frequency", TriggerField.Kind.CHOICE,
            Choice.texts("Minute", "Hour", "Month"), 0, 0, "", ALWAYS);
    public static final TriggerField TW_INTERVAL = new TriggerField("tw-interval", "Interval", TP + "interval", TriggerField.Kind.INT, List.of(),
            1, 100000, "1", ALWAYS);
    public static final TriggerField TW_START = field("tw-start", "Start date (UTC)", TP + "startTime", TriggerField.Kind.TIME, "2026-01-01T00:00:00Z");
    public static final TriggerField TW_END = field("tw-end", "End date (UTC)", TP + "endTime", TriggerField.Kind.TIME, "No end");
    public static final TriggerField DELAY = field("delay", "Delay", TP + "delay", TriggerField.Kind.SPAN, "00:00:00 (hh:mm:ss)");
    public static final TriggerField CONCURRENCY = new TriggerField("max-concurrency", "Max concurrency", TP + "maxConcurrency",
            TriggerField.Kind.INT, List.of(), 1, 50, "50", ALWAYS);
    public static final TriggerField RETRY = new TriggerField("retry-count", "Retry policy: count", TP + "retryPolicy/count",
            TriggerField.Kind.INT, List.of(), 0, 10000, "0", ALWAYS);
    public static final TriggerField RETRY_INTERVAL = new TriggerField("retry-interval", "Retry policy: interval in seconds",
            TP + "retryPolicy/intervalInSeconds", TriggerField.Kind.INT, List.of(), 30, 86400, "30", ALWAYS);
    // storage events trigger
    public static final TriggerField SCOPE = text("scope", "Storage account (resource id)", TP + "scope",
            "/subscriptions/…/resourceGroups/…/providers/Microsoft.Storage/storageAccounts/…");
    public static final TriggerField BEGINS = text("begins-with", "Blob path begins with", TP + "blobPathBeginsWith", "/container/blobs/folder/");
    public static final TriggerField ENDS = text("ends-with", "Blob path ends with", TP + "blobPathEndsWith", ".csv");
    public static final TriggerField EVENTS = new TriggerField("events", "Event", TP + "events", TriggerField.Kind.MULTI,
            List.of(Choice.of("Blob created", "Microsoft.Storage.BlobCreated"), Choice.of("Blob deleted", "Microsoft.Storage.BlobDeleted")),
            0, 0, "", ALWAYS);
    public static final TriggerField IGNORE_EMPTY = new TriggerField("ignore-empty", "Ignore empty blobs", TP + "ignoreEmptyBlobs",
            TriggerField.Kind.BOOL, List.of(), 0, 0, "", ALWAYS);

    private TriggerForm() {
    }

    private static TriggerField text(String key, String label, String path, String hint) {
        return new TriggerField(key, label, path, TriggerField.Kind.TEXT, List.of(), 0, 0, hint, ALWAYS);
    }

    private static TriggerField field(String key, String label, String path, TriggerField.Kind kind, String hint) {
        return new TriggerField(key, label, path, kind, List.of(), 0, 0, hint, ALWAYS);
    }

    private static Predicate<JsonNode> frequencyIn(String... frequencies) {
        Set<String> set = Set.of(frequencies);
        return root -> set.contains(root.at("/" + REC + "frequency").asText());
    }

    /** The fields of a trigger type, in ADF Studio's order; empty for a type without a form. */
    public static List<TriggerField> fields(String type) {
        return switch (type) {
            case "ScheduleTrigger" -> List.of(TYPE, DESCRIPTION, START, ZONE, FREQUENCY, INTERVAL, HOURS, MINUTES, WEEK_DAYS, MONTH_DAYS, OCCURRENCES, END, STATE);
            case "TumblingWindowTrigger" -> List.of(TYPE, DESCRIPTION, TW_FREQUENCY, TW_INTERVAL, TW_START, TW_END, DELAY, CONCURRENCY, RETRY,
                    RETRY_INTERVAL, STATE);
            case "BlobEventsTrigger" -> List.of(TYPE, DESCRIPTION, SCOPE, BEGINS, ENDS, EVENTS, IGNORE_EMPTY, STATE);
            default -> List.of();
        };
    }

    private static JsonNode at(JsonNode root, TriggerField f) {
        return root.at("/" + f.path());
    }

    /** What a field shows for the trigger {@code root}. */
    public static String text(JsonNode root, TriggerField f) {
        JsonNode v = at(root, f);
        if (v.isMissingNode() || v.isNull()) return f == STATE ? "Stopped" : "";
        if (f.kind() == TriggerField.Kind.CHOICE) {
            for (Choice c : f.choices()) if (c.value().equals(v)) return c.label();
        }
        return switch (f.kind()) {
            case NUMBERS -> {
                List<String> parts = new ArrayList<>();
                v.forEach(n -> parts.add(n.asText()));
                yield String.join(", ", parts);
            }
            case MULTI -> String.join(", ", ticked(root, f));
            case OCCURRENCES -> Occurrences.text(v);
            default -> v.isValueNode() ? v.asText() : FormValues.display(v);
        };
    }

    /** The labels of a check-box list's ticked choices. */
    public static List<String> ticked(JsonNode root, TriggerField f) {
        List<String> labels = new ArrayList<>();
        for (Choice c : f.choices()) {
            for (JsonNode v : at(root, f)) if (v.asText().equalsIgnoreCase(c.value().asText())) labels.add(c.label());
        }
        return labels;
    }

    public static boolean checked(JsonNode root, TriggerField f) {
        return at(root, f).asBoolean(false);
    }

    /**
     * The edit giving {@code f} the typed {@code text} (for a check-box list, the ticked labels separated by commas);
     * empty when it holds that already; {@link InvalidTriggerException} with the reason when ADF would refuse it.
     */
    public static Optional<EditCommand> set(Resource trigger, TriggerField f, String text) {
        JsonNode root = trigger.json();
        String typed = text == null ? "" : text.strip();
        if (f.kind() != TriggerField.Kind.BOOL && typed.equals(text(root, f)) && !at(root, f).isMissingNode()) return Optional.empty();
        List<Change> changes = new ArrayList<>();
        JsonNode value = value(root, f, typed);
        changes.add(new Change(f.path(), value));
        if (f == TYPE) {
            if (value.asText().equals(root.at("/properties/type").asText())) return Optional.empty();
            return Optional.of(command(trigger, TriggerTypes.change(root, value.asText()), "Type " + typed));
        }
        if (f == FREQUENCY) dropSchedule(root, typed, changes);
        if (f == ZONE) rewriteTimes(root, value == null ? "" : value.asText(), changes);
        JsonNode now = at(root, f);
        if (value == null ? now.isMissingNode() : value.equals(now)) {
            if (changes.size() == 1) return Optional.empty();
        }
        return Optional.of(command(trigger, changes, "Set " + f.label()));
    }

    static EditCommand command(Resource trigger, List<Change> changes, String label) {
        return new SetFieldsCommand(trigger, "", changes, ORDER, label);
    }

    /** The JSON that typed text gives a field (null: the member is removed). */
    static JsonNode value(JsonNode root, TriggerField f, String text) {
        return switch (f.kind()) {
            case TEXT -> text.isEmpty() ? null : NODES.textNode(text);
            case BOOL -> Boolean.parseBoolean(text) ? NODES.booleanNode(true) : NODES.booleanNode(false);
            case INT -> integer(f, text);
            case CHOICE -> f.choices().stream().filter(c -> c.label().equalsIgnoreCase(text)).findFirst()
                    .orElseThrow(() -> new InvalidTriggerException(f.label() + ": one of " + f.choices().stream().map(Choice::label).toList()
                            + ", not '" + text + "'")).value();
            case ZONE -> {
                if (text.isEmpty()) throw new InvalidTriggerException("Time zone: choose one, e.g. UTC or W. Europe Standard Time");
                TriggerTimes.zone(text);
                yield NODES.textNode(text);
            }
            case TIME -> time(root, f, text);
            case SPAN -> {
                if (text.isEmpty()) yield null;
                if (TriggerTimes.span(f.label(), text).isNegative()) throw new InvalidTriggerException(f.label() + ": not negative");
                yield NODES.textNode(text);
            }
            case NUMBERS -> numbers(f, text);
            case MULTI -> multi(f, text);
            case OCCURRENCES -> Occurrences.value(text);
        };
    }

    private static JsonNode integer(TriggerField f, String text) {
        if (text.isEmpty() && f != INTERVAL && f != TW_INTERVAL) return null; // absent: ADF's default
        try {
            long n = Long.parseLong(text);
            if (n >= f.min() && n <= f.max()) return NODES.numberNode((int) n);
        } catch (NumberFormatException notWhole) {
            // said below
        }
        throw new InvalidTriggerException(f.label() + ": a whole number from " + f.min() + " to " + f.max() + ", not '" + text + "'");
    }

    private static JsonNode numbers(TriggerField f, String text) {
        if (text.isEmpty()) return null;
        TreeSet<Integer> set = new TreeSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) continue;
            try {
                int n = Integer.parseInt(part);
                if (n < f.min() || n > f.max() || n == 0 && f == MONTH_DAYS) throw new NumberFormatException();
                set.add(n);
            } catch (NumberFormatException e) {
                throw new InvalidTriggerException(f.label() + ": whole numbers from " + (f == MONTH_DAYS ? "1 to 31, or -1 (the last day) to -31"
                        : f.min() + " to " + f.max()) + ", separated by commas, not '" + part + "'");
            }
        }
        ArrayNode list = NODES.arrayNode();
        set.forEach(list::add);
        return list;
    }

    private static JsonNode multi(TriggerField f, String text) {
        ArrayNode list = NODES.arrayNode();
        List<String> typed = List.of(text.split("\\s*,\\s*"));
        for (Choice c : f.choices()) if (typed.stream().anyMatch(c.label()::equalsIgnoreCase)) list.add(c.value());
        if (f == EVENTS && list.isEmpty()) throw new InvalidTriggerException("Event: tick Blob created, Blob deleted or both");
        return f == WEEK_DAYS && list.isEmpty() ? null : list;
    }

    /** A start or end time in the trigger's zone, written as ADF Studio writes it (Z in UTC, else the wall-clock time). */
    private static JsonNode time(JsonNode root, TriggerField f, String text) {
        boolean end = f == END || f == TW_END;
        if (text.isEmpty()) {
            if (end) return null;
            throw new InvalidTriggerException(f.label() + ": a date and time is needed, e.g. " + f.hint());
        }
        ZoneId zone = f == START || f == END ? TriggerTimes.zone(root.at("/" + REC + "timeZone").asText("")) : ZoneOffset.UTC;
        ZonedDateTime t = TriggerTimes.time(f.label(), text, zone);
        TriggerField other = f == START ? END : f == END ? START : f == TW_START ? TW_END : TW_START;
        String otherText = text(root, other);
        if (!otherText.isEmpty()) {
            try {
                ZonedDateTime o = TriggerTimes.time(other.label(), otherText, zone);
                if (end ? !t.isAfter(o) : !o.isAfter(t)) throw new InvalidTriggerException("End date: after the start date (" + (end ? otherText : text) + ")");
            } catch (InvalidTriggerException e) {
                if (e.getMessage().startsWith("End date")) throw e;
            }
        }
        return NODES.textNode(TriggerTimes.format(t.toLocalDateTime(), ZoneOffset.UTC.equals(zone.normalized())));
    }

    /** A new frequency drops the schedule parts it has no use for (ADF Studio shows them only for Week or Month). */
    private static void dropSchedule(JsonNode root, String frequency, List<Change> changes) {
        JsonNode schedule = root.at("/" + REC + "schedule");
        if (schedule.isMissingNode()) return;
        if (frequency.equalsIgnoreCase("Minute")) {
            changes.add(new Change(REC + "schedule", null));
            return;
        }
        if (frequency.equalsIgnoreCase("Hour")) changes.add(new Change(REC + "schedule/hours", null));
        if (!frequency.equalsIgnoreCase("Week")) changes.add(new Change(REC + "schedule/weekDays", null));
        if (!frequency.equalsIgnoreCase("Month")) {
            changes.add(new Change(REC + "schedule/monthDays", null));
            changes.add(new Change(REC + "schedule/monthlyOccurrences", null));
        }
    }

    /** A new time zone keeps the wall-clock start and end, written with Z in UTC and without it elsewhere, as ADF Studio does. */
    private static void rewriteTimes(JsonNode root, String zoneName, List<Change> changes) {
        boolean utc = ZoneOffset.UTC.equals(TriggerTimes.zone(zoneName).normalized());
        ZoneId old = zoneOrUtc(root.at("/" + REC + "timeZone").asText(""));
        for (TriggerField f : List.of(START, END)) {
            String t = text(root, f);
            if (t.isEmpty()) continue;
            try {
                changes.add(new Change(f.path(), NODES.textNode(TriggerTimes.format(TriggerTimes.time(f.label(), t, old).toLocalDateTime(), utc))));
            } catch (InvalidTriggerException unreadable) {
                // left as it is: the field shows it and says why
            }
        }
    }

    private static ZoneId zoneOrUtc(String name) {
        try {
            return TriggerTimes.zone(name);
        } catch (InvalidTriggerException e) {
            return ZoneOffset.UTC;
        }
    }
}
