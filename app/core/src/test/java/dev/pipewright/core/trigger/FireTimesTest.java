package dev.pipewright.core.trigger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.codec.ParsedJson;
import dev.pipewright.core.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FireTimesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode schedule(String recurrence) throws Exception {
        return JSON.readTree("{\"type\": \"ScheduleTrigger\", \"typeProperties\": {\"recurrence\": " + recurrence + "}}");
    }

    private static List<String> utc(JsonNode properties, String after, int count) {
        FireTimes.Result r = FireTimes.next(properties, Instant.parse(after), count);
        assertEquals("", r.problem());
        return r.fires().stream().map(f -> f.at().toInstant().toString()).toList();
    }

    @Test
    void dailyAtSixUtcLikeTheDemoTrigger() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Day\", \"interval\": 1, \"startTime\": \"2026-01-01T06:00:00Z\", \"timeZone\": \"UTC\","
                + " \"schedule\": {\"minutes\": [0], \"hours\": [6]}}");
        assertEquals(List.of("2026-03-11T06:00:00Z", "2026-03-12T06:00:00Z", "2026-03-13T06:00:00Z", "2026-03-14T06:00:00Z",
                "2026-03-15T06:00:00Z"), utc(p, "2026-03-10T07:00:00Z", 5));
        // before the start: the start day's 06:00 is the first
        assertEquals(List.of("2026-01-01T06:00:00Z"), utc(p, "2025-06-01T00:00:00Z", 1));
    }

    @Test
    void everyOtherWeekOnMondaysAndFridaysAtHalfHoursInBerlinTime() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Week\", \"interval\": 2, \"startTime\": \"2026-01-05T00:00:00\", \"timeZone\": \"W. Europe Standard Time\","
                + " \"schedule\": {\"minutes\": [30, 0], \"hours\": [9], \"weekDays\": [\"Friday\", \"Monday\"]}}");
        assertEquals(List.of("2026-01-05T08:00:00Z", "2026-01-05T08:30:00Z", "2026-01-09T08:00:00Z", "2026-01-09T08:30:00Z",
                "2026-01-19T08:00:00Z"), utc(p, "2026-01-01T00:00:00Z", 5));
        ZonedDateTime first = FireTimes.next(p, Instant.parse("2026-01-01T00:00:00Z"), 1).fires().get(0).at();
        assertEquals("Mon 2026-01-05 09:00 (08:00 UTC)", FireTimes.next(p, Instant.parse("2026-01-01T00:00:00Z"), 1).fires().get(0).text());
        assertEquals(9, first.getHour());
    }

    @Test
    void dailyWallClockTimeFollowsDaylightSavingAndSkipsTheGapForward() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Day\", \"interval\": 1, \"startTime\": \"2026-03-27T02:30:00\", \"timeZone\": \"W. Europe Standard Time\"}");
        // 29 March 2026 02:30 does not exist in Berlin: it fires at 03:30 CEST, the same instant as 02:30 CET would be
        assertEquals(List.of("2026-03-27T01:30:00Z", "2026-03-28T01:30:00Z", "2026-03-29T01:30:00Z", "2026-03-30T00:30:00Z"),
                utc(p, "2026-03-26T00:00:00Z", 4));
    }

    @Test
    void lastDayOfEveryMonth() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Month\", \"interval\": 1, \"startTime\": \"2026-01-15T00:00:00Z\", \"timeZone\": \"UTC\","
                + " \"schedule\": {\"minutes\": [0], \"hours\": [23], \"monthDays\": [-1]}}");
        assertEquals(List.of("2026-01-31T23:00:00Z", "2026-02-28T23:00:00Z", "2026-03-31T23:00:00Z", "2026-04-30T23:00:00Z"),
                utc(p, "2026-01-01T00:00:00Z", 4));
    }

    @Test
    void firstMondayAndLastFridayOfTheMonth() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Month\", \"interval\": 1, \"startTime\": \"2026-01-01T00:00:00Z\", \"timeZone\": \"UTC\","
                + " \"schedule\": {\"minutes\": [0], \"hours\": [8], \"monthlyOccurrences\": [{\"day\": \"Monday\", \"occurrence\": 1},"
                + " {\"day\": \"Friday\", \"occurrence\": -1}]}}");
        assertEquals(List.of("2026-01-05T08:00:00Z", "2026-01-30T08:00:00Z", "2026-02-02T08:00:00Z", "2026-02-27T08:00:00Z",
                "2026-03-02T08:00:00Z"), utc(p, "2026-01-01T00:00:00Z", 5));
    }

    @Test
    void monthlyWithoutScheduleKeepsTheStartDayWhereTheMonthHasIt() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Month\", \"interval\": 1, \"startTime\": \"2026-01-31T10:00:00Z\", \"timeZone\": \"UTC\"}");
        assertEquals(List.of("2026-01-31T10:00:00Z", "2026-02-28T10:00:00Z", "2026-03-31T10:00:00Z"), utc(p, "2026-01-01T00:00:00Z", 3));
    }

    @Test
    void everyFifteenMinutesFromTheStartsMinute() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Minute\", \"interval\": 15, \"startTime\": \"2026-01-01T00:07:00Z\", \"timeZone\": \"UTC\"}");
        assertEquals(List.of("2026-01-01T01:07:00Z", "2026-01-01T01:22:00Z", "2026-01-01T01:37:00Z", "2026-01-01T01:52:00Z",
                "2026-01-01T02:07:00Z"), utc(p, "2026-01-01T01:00:00Z", 5));
    }

    @Test
    void noFireTimeAfterTheEnd() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Hour\", \"interval\": 6, \"startTime\": \"2026-01-01T00:00:00Z\", \"endTime\": \"2026-01-01T13:00:00Z\","
                + " \"timeZone\": \"UTC\"}");
        assertEquals(List.of("2026-01-01T00:00:00Z", "2026-01-01T06:00:00Z", "2026-01-01T12:00:00Z"), utc(p, "2025-12-31T23:59:59Z", 5));
        FireTimes.Result over = FireTimes.next(p, Instant.parse("2026-02-01T00:00:00Z"), 5);
        assertTrue(over.fires().isEmpty());
        assertTrue(over.note().contains("end time has passed"), over.note());
    }

    @Test
    void hourlyAtGivenMinutesOfEveryOtherHour() throws Exception {
        JsonNode p = schedule("{\"frequency\": \"Hour\", \"interval\": 2, \"startTime\": \"2026-01-01T01:10:00Z\", \"timeZone\": \"UTC\","
                + " \"schedule\": {\"minutes\": [0, 30]}}");
        assertEquals(List.of("2026-01-01T01:30:00Z", "2026-01-01T03:00:00Z", "2026-01-01T03:30:00Z", "2026-01-01T05:00:00Z",
                "2026-01-01T05:30:00Z"), utc(p, "2026-01-01T00:00:00Z", 5));
    }

    @Test
    void tumblingWindowsRunAfterTheyEndPlusTheDelay() throws Exception {
        JsonNode p = JSON.readTree("{\"type\": \"TumblingWindowTrigger\", \"typeProperties\": {\"frequency\": \"Hour\", \"interval\": 1,"
                + " \"startTime\": \"2026-01-01T00:00:00Z\", \"delay\": \"00:05:00\", \"maxConcurrency\": 1}}");
        FireTimes.Result r = FireTimes.next(p, Instant.parse("2026-01-01T03:00:00Z"), 3);
        assertEquals(List.of("2026-01-01T03:05:00Z", "2026-01-01T04:05:00Z", "2026-01-01T05:05:00Z"),
                r.fires().stream().map(f -> f.at().toInstant().toString()).toList());
        assertEquals("2026-01-01T02:00:00Z", r.fires().get(0).window().start().toInstant().toString());
        assertEquals("2026-01-01T03:00:00Z", r.fires().get(0).window().end().toInstant().toString());
        assertTrue(r.note().startsWith("2 windows have already ended"), r.note());
        ((com.fasterxml.jackson.databind.node.ObjectNode) p.get("typeProperties")).put("endTime", "2026-01-01T05:00:00Z");
        List<FireTimes.Fire> bounded = FireTimes.next(p, Instant.parse("2026-01-01T03:00:00Z"), 5).fires();
        assertEquals(3, bounded.size(), "the 05:00–06:00 window ends after the end");
        assertEquals("2026-01-01T05:00:00Z", bounded.get(2).window().end().toInstant().toString());
        assertEquals(5, TumblingWindow.read(p.get("typeProperties")).pastWindows(Instant.parse("2026-02-01T00:00:00Z")));
    }

    @Test
    void whatAdfRefusesIsTheProblemInPlainWords() throws Exception {
        assertTrue(FireTimes.next(schedule("{\"frequency\": \"Fortnight\", \"startTime\": \"2026-01-01T00:00:00Z\"}"), Instant.EPOCH, 5)
                .problem().contains("Minute, Hour, Day, Week or Month"));
        assertTrue(FireTimes.next(schedule("{\"frequency\": \"Day\", \"startTime\": \"2026-01-01T00:00:00\", \"timeZone\": \"W. Europe Standrad Time\"}"),
                Instant.EPOCH, 5).problem().contains("W. Europe Standard Time"), "suggests the closest name");
        assertTrue(FireTimes.next(schedule("{\"frequency\": \"Day\", \"startTime\": \"2026-01-01T00:00:00Z\", \"schedule\": {\"hours\": [25]}}"),
                Instant.EPOCH, 5).problem().startsWith("At hours: whole numbers from 0 to 23"));
        assertTrue(FireTimes.next(schedule("{\"frequency\": \"Day\", \"startTime\": \"tomorrow\"}"), Instant.EPOCH, 5).problem().startsWith("Start:"));
        JsonNode tumbling = JSON.readTree("{\"type\": \"TumblingWindowTrigger\", \"typeProperties\": {\"frequency\": \"Hour\", \"interval\": 1,"
                + " \"startTime\": \"2026-01-01T00:00:00Z\", \"delay\": \"5 minutes\"}}");
        assertTrue(FireTimes.next(tumbling, Instant.EPOCH, 5).problem().startsWith("Delay: a time span like 00:05:00"));
    }

    @Test
    void corpusTriggersInSingaporeAndUtc() throws Exception {
        JsonNode weekly = read(Corpus.root().resolve("KV-APAC-DNA__gitadfadbplt001/trigger/PCF_Weekly_Forecast_trigger.json"));
        // Mondays 00:30 Singapore time = Sundays 16:30 UTC
        assertEquals(List.of("2026-12-06T16:30:00Z", "2026-12-13T16:30:00Z", "2026-12-20T16:30:00Z", "2026-12-27T16:30:00Z",
                "2027-01-03T16:30:00Z"), utc(weekly, "2026-12-01T00:00:00Z", 5));
        JsonNode monthly = read(Corpus.root().resolve("nakulbansal1609__adf-second-glorious/trigger/StartOfMonthTrigger.json"));
        assertEquals(List.of("2027-01-01T04:00:00Z", "2027-02-01T04:00:00Z"), utc(monthly, "2026-12-08T00:00:00Z", 2));
    }

    @Test
    void everyCorpusTriggerReadsWithoutAProblem() throws Exception {
        List<String> failures = new ArrayList<>();
        int schedules = 0;
        for (Path file : Corpus.jsonFiles()) {
            if (!file.getParent().getFileName().toString().equals("trigger")) continue;
            JsonNode p = read(file);
            FireTimes.Result r = FireTimes.next(p, Instant.parse("2026-12-08T00:00:00Z"), 5);
            if (!r.ok()) failures.add(file + ": " + r.problem());
            if ("ScheduleTrigger".equals(p.path("type").asText()) && p.path("typeProperties").path("recurrence").path("endTime").isMissingNode()) {
                schedules++;
                if (r.fires().size() != 5) failures.add(file + ": " + r.fires().size() + " fire times without an end");
            }
        }
        assertEquals(List.of(), failures);
        assertTrue(schedules > 150, "schedule triggers without an end: " + schedules);
    }

    private static JsonNode read(Path file) throws Exception {
        ParsedJson parsed = JsonReader.read(Files.readAllBytes(file), file.toString(), "trigger");
        return parsed.root().path("properties");
    }
}
