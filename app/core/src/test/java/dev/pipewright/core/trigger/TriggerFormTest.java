package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggerFormTest {
    private Factory factory;
    private Resource daily;
    private Resource hourly;
    private final EditStack stack = new EditStack();

    @BeforeEach
    void load() {
        factory = Factory.load(Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));
        daily = factory.get(ResourceKind.TRIGGER, "TR_Daily_0600").orElseThrow();
        hourly = factory.get(ResourceKind.TRIGGER, "TR_Hourly_Suppliers").orElseThrow();
    }

    private void set(Resource trigger, TriggerField field, String text) {
        TriggerForm.set(trigger, field, text).ifPresent(stack::execute);
    }

    private JsonNode recurrence() {
        return daily.properties().path("typeProperties").path("recurrence");
    }

    @Test
    void fieldsShowTheTriggersValues() {
        JsonNode root = daily.json();
        assertEquals("2026-01-01T06:00:00Z", TriggerForm.text(root, TriggerForm.START));
        assertEquals("6", TriggerForm.text(root, TriggerForm.HOURS));
        assertEquals("Day", TriggerForm.text(root, TriggerForm.FREQUENCY));
        assertEquals("Started", TriggerForm.text(root, TriggerForm.STATE));
        assertFalse(TriggerForm.WEEK_DAYS.shown(root), "week days are for a Week recurrence");
        assertEquals("00:05:00", TriggerForm.text(hourly.json(), TriggerForm.DELAY));
        assertEquals("2", TriggerForm.text(hourly.json(), TriggerForm.RETRY));
    }

    @Test
    void weeklyOnWeekDaysAtSeveralHoursInAnotherZoneWritesAdfsJson() {
        set(daily, TriggerForm.FREQUENCY, "Week");
        set(daily, TriggerForm.WEEK_DAYS, "Friday, Monday");
        set(daily, TriggerForm.HOURS, "18, 6 ,6");
        set(daily, TriggerForm.ZONE, "W. Europe Standard Time");
        JsonNode r = recurrence();
        assertEquals("[\"Monday\",\"Friday\"]", r.path("schedule").path("weekDays").toString());
        assertEquals("[6,18]", r.path("schedule").path("hours").toString());
        assertEquals("2026-01-01T06:00:00", r.path("startTime").asText(), "outside UTC the wall-clock time is written without Z");
        assertEquals(List.of("frequency", "interval", "startTime", "timeZone", "schedule"), names(r));
        assertEquals(List.of("minutes", "hours", "weekDays"), names(r.path("schedule")));
        assertTrue(TriggerForm.WEEK_DAYS.shown(daily.json()));
        set(daily, TriggerForm.FREQUENCY, "Day");
        assertTrue(recurrence().path("schedule").path("weekDays").isMissingNode(), "a Day recurrence has no week days");
        while (stack.canUndo()) stack.undo();
        assertTrue(AdfJsonWriter.pretty(daily.json()).contains("\"startTime\": \"2026-01-01T06:00:00Z\""));
    }

    @Test
    void monthlyOccurrencesAsWords() {
        set(daily, TriggerForm.FREQUENCY, "Month");
        assertTrue(TriggerForm.OCCURRENCES.shown(daily.json()));
        set(daily, TriggerForm.OCCURRENCES, "first monday, Last Friday, every sunday");
        assertEquals("[{\"day\":\"Monday\",\"occurrence\":1},{\"day\":\"Friday\",\"occurrence\":-1},{\"day\":\"Sunday\"}]",
                recurrence().path("schedule").path("monthlyOccurrences").toString());
        assertEquals("First Monday, Last Friday, Every Sunday", TriggerForm.text(daily.json(), TriggerForm.OCCURRENCES));
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(daily, TriggerForm.OCCURRENCES, "sixth Monday")).getMessage()
                .startsWith("On week days of the month: First … Fifth, Last or Every"));
        set(daily, TriggerForm.FREQUENCY, "Week");
        assertTrue(recurrence().path("schedule").path("monthlyOccurrences").isMissingNode(), "only a Month recurrence has them");
    }

    @Test
    void anotherTypeGetsItsSettingsAndThePipelinesMoveAlong() {
        assertEquals("Schedule", TriggerForm.text(daily.json(), TriggerForm.TYPE));
        set(daily, TriggerForm.TYPE, "Tumbling window");
        JsonNode p = daily.properties();
        assertEquals("TumblingWindowTrigger", p.path("type").asText());
        assertEquals("{\"frequency\":\"Hour\",\"interval\":1,\"startTime\":\"2026-01-01T06:00:00Z\",\"delay\":\"00:00:00\",\"maxConcurrency\":50,"
                + "\"retryPolicy\":{\"intervalInSeconds\":30},\"dependsOn\":[]}", p.path("typeProperties").toString());
        assertEquals("PL_Daily_Sales_Load", p.at("/pipeline/pipelineReference/referenceName").asText());
        assertTrue(p.path("pipelines").isMissingNode());
        assertEquals(List.of("description", "annotations", "runtimeState", "pipeline", "type", "typeProperties"), names(p));
        set(daily, TriggerForm.TYPE, "Storage events");
        assertEquals("PL_Daily_Sales_Load", daily.properties().at("/pipelines/0/pipelineReference/referenceName").asText());
        assertEquals("[\"Microsoft.Storage.BlobCreated\"]", daily.properties().at("/typeProperties/events").toString());
        assertTrue(FireTimes.next(daily.properties(), java.time.Instant.EPOCH, 5).ok());
    }

    @Test
    void badValuesAreRefusedWithTheReasonAndChangeNothing() {
        String before = daily.json().toString();
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(daily, TriggerForm.HOURS, "6, 25")).getMessage()
                .contains("from 0 to 23"));
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(daily, TriggerForm.INTERVAL, "0")).getMessage()
                .startsWith("Interval: a whole number from 1"));
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(daily, TriggerForm.START, "next monday")).getMessage()
                .startsWith("Start date:"));
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(daily, TriggerForm.END, "2025-01-01T00:00:00Z")).getMessage()
                .startsWith("End date: after the start date"));
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(daily, TriggerForm.ZONE, "Mars Time")).getMessage()
                .startsWith("Time zone: unknown time zone"));
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(hourly, TriggerForm.DELAY, "5 min")).getMessage()
                .startsWith("Delay: a time span"));
        assertTrue(assertThrows(InvalidTriggerException.class, () -> set(hourly, TriggerForm.CONCURRENCY, "51")).getMessage()
                .contains("from 1 to 50"));
        assertEquals(before, daily.json().toString());
    }

    @Test
    void pipelinesAndTheirParametersTypedByTheirDeclaration() {
        List<TriggerPipelines.Entry> entries = TriggerPipelines.read(factory, daily);
        assertEquals("PL_Daily_Sales_Load", entries.get(0).pipeline());
        assertEquals(List.of("runDate", "region"), entries.get(0).parameters().stream().map(TriggerPipelines.Parameter::name).toList());
        TriggerPipelines.setParameter(factory, daily, 0, "region", "apac").ifPresent(stack::execute);
        assertEquals("apac", daily.properties().at("/pipelines/0/parameters/region").asText());
        stack.execute(TriggerPipelines.add(factory, daily, "PL_Supplier_Files"));
        assertEquals("{\"pipelineReference\":{\"referenceName\":\"PL_Supplier_Files\",\"type\":\"PipelineReference\"},\"parameters\":{}}",
                daily.properties().at("/pipelines/1").toString());
        stack.execute(TriggerPipelines.remove(daily, 0));
        assertEquals(1, TriggerPipelines.read(factory, daily).size());
        assertThrows(InvalidTriggerException.class, () -> TriggerPipelines.add(factory, hourly, "PL_Daily_Sales_Load"));
        EditCommand change = TriggerPipelines.change(factory, hourly, 0, "PL_Daily_Sales_Load");
        stack.execute(change);
        assertEquals("PL_Daily_Sales_Load", hourly.properties().at("/pipeline/pipelineReference/referenceName").asText());
        assertThrows(InvalidTriggerException.class, () -> TriggerPipelines.add(factory, daily, "PL_Nowhere"));
    }

    @Test
    void anUnchangedValueIsNoEdit() {
        assertTrue(TriggerForm.set(daily, TriggerForm.HOURS, "6").isEmpty());
        assertThrows(EditRefusedException.class, () -> TriggerPipelines.setParameter(factory, daily, 0, "runDate", "x")
                .ifPresent(c -> {
                    stack.execute(c);
                    stack.execute(TriggerPipelines.setParameter(factory, daily, 0, "runDate", "x").orElseThrow());
                }));
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
