package dev.pipewright.core.validate;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.trigger.FireTimes;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TriggerRulesTest {
    private final Factory factory = Factory.load(Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));

    private List<Problem> triggerFindings() {
        return Validator.validate(factory).stream().filter(p -> p.code().startsWith("PW41") && p.resource().startsWith("trigger/")).toList();
    }

    @Test
    void theDemoTriggersAreClean() {
        assertEquals(List.of(), triggerFindings());
    }

    @Test
    void aRecurrenceAdfRefusesIsAnErrorWithTheEditorsReasonAndItsLine() {
        Resource daily = factory.get(ResourceKind.TRIGGER, "TR_Daily_0600").orElseThrow();
        ((ObjectNode) daily.properties().at("/typeProperties/recurrence/schedule")).putArray("hours").add(25);
        List<Problem> found = triggerFindings();
        assertEquals(1, found.size(), found.toString());
        assertEquals("PW414", found.get(0).code());
        assertTrue(found.get(0).message().equals("Trigger 'TR_Daily_0600': At hours: whole numbers from 0 to 23, not 25"), found.get(0).message());
    }

    @Test
    void aRequiredPipelineParameterWithoutAValue() {
        Resource pipeline = factory.get(ResourceKind.PIPELINE, "PL_Daily_Sales_Load").orElseThrow();
        ((ObjectNode) pipeline.properties().at("/parameters/region")).remove("defaultValue");
        List<Problem> found = triggerFindings();
        assertEquals(1, found.size(), found.toString());
        assertEquals("PW415", found.get(0).code());
        assertTrue(found.get(0).message().contains("'PL_Daily_Sales_Load' without a value for its parameter 'region'"), found.get(0).message());
        Resource daily = factory.get(ResourceKind.TRIGGER, "TR_Daily_0600").orElseThrow();
        ((ObjectNode) daily.properties().at("/pipelines/0/parameters")).put("region", "emea");
        assertEquals(List.of(), triggerFindings());
    }

    @Test
    void anIntervalBeyondTheCalendarIsNoCrash() {
        ObjectNode p = JsonNodeFactory.instance.objectNode().put("type", "ScheduleTrigger");
        p.putObject("typeProperties").putObject("recurrence").put("frequency", "Month").put("interval", Integer.MAX_VALUE)
                .put("startTime", "2026-01-01T00:00:00Z");
        // the tenth time would be 1.8 billion years on, past what a calendar holds
        FireTimes.Result r = FireTimes.next(p, Instant.parse("2026-06-01T00:00:00Z"), 10);
        assertTrue(r.ok(), r.problem());
        assertTrue(r.note().contains("interval is too large"), r.note());
        assertEquals(List.of(), Validator.validate(factory).stream().filter(x -> x.code().startsWith("PW41")).toList());
    }
}
