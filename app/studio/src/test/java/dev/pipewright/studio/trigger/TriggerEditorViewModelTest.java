package dev.pipewright.studio.trigger;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The trigger editor's view model in plain JUnit: fields, refusals, undo and redo, the code view, the fire times. */
class TriggerEditorViewModelTest {
    private final Factory factory = Factory.load(Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));
    private final Resource daily = factory.get(ResourceKind.TRIGGER, "TR_Daily_0600").orElseThrow();
    private final TriggerEditorViewModel vm = new TriggerEditorViewModel(factory, daily, Runnable::run, () -> Instant.parse("2026-03-10T07:00:00Z"));

    private TriggerFieldModel field(String key) {
        return vm.field(key).orElseThrow();
    }

    @Test
    void aRefusedValueStaysInTheFieldAndTheModelKeepsItsValue() {
        TriggerFieldModel interval = field("interval");
        interval.textProperty().set("every other");
        assertFalse(interval.commit());
        assertTrue(interval.errorProperty().get().startsWith("Interval: a whole number from 1 to 100000"));
        assertEquals(1, daily.properties().at("/typeProperties/recurrence/interval").asInt());
        vm.reload();
        assertEquals("every other", interval.textProperty().get(), "kept until corrected or reverted");
        interval.revert();
        assertEquals("1", interval.textProperty().get());
        assertEquals("", interval.errorProperty().get());
    }

    @Test
    void undoRedoAndTheCodeViewReloadTheFieldsAndTheFireTimes() {
        TriggerFieldModel interval = field("interval");
        interval.textProperty().set("2");
        assertTrue(interval.commit());
        assertEquals("Thu 2026-03-12 06:00 UTC", vm.fireTimes().get(0), "every other day from 1 January: 11 March is day 69, 12 March day 70");
        assertTrue(vm.code().textProperty().get().contains("\"interval\": 2,"));
        assertTrue(vm.dirtyProperty().get());
        vm.undo();
        assertEquals("1", interval.textProperty().get());
        vm.redo();
        assertEquals("2", interval.textProperty().get());
        assertTrue(vm.code().apply(vm.code().textProperty().get().replace("\"interval\": 2,", "\"interval\": 3,")));
        assertEquals("3", interval.textProperty().get());
        assertEquals("Wed 2026-03-11 06:00 UTC", vm.fireTimes().get(0), "every third day: day 69 is one");
    }

    @Test
    void anotherTypeInTheCodeViewGivesItsForm() {
        assertTrue(vm.field("hours").isPresent());
        String tumbling = vm.code().textProperty().get().replace("\"ScheduleTrigger\"", "\"TumblingWindowTrigger\"");
        assertTrue(vm.code().apply(tumbling));
        assertTrue(vm.field("hours").isEmpty());
        assertTrue(vm.field("delay").isPresent());
        assertTrue(vm.fireNoteProperty().get().startsWith("Recurrence: the frequency is Minute, Hour"), vm.fireNoteProperty().get());
    }
}
