package dev.pipewright.core.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.edit.EditCommand;
import dev.pipewright.core.edit.EditRefusedException;
import dev.pipewright.core.edit.EditStack;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random sequences of what a user does to the pipeline's parameter and variable tables — add, remove, type in any
 * cell, also of rows that are gone (a cell commits when it loses focus, after its row was removed), undo and redo —
 * never fail with anything but a refusal, and the table always shows exactly the JSON.
 */
class TableEditsPropertyTest {
    private static final List<String> TEXTS = List.of("", "abc", "3", "-1", "2.5", "true", "@pipeline().RunId", "[1, 2]", "{\"a\": 1}",
            "String", "Int", "Float", "Bool", "Array", "Object", "SecureString", "Boolean", "p1", "p1", "  spaced  ");

    @Test
    void randomEditsOfParameterAndVariableTablesNeverFailAndAlwaysShowTheJson() throws Exception {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            ObjectNode json = (ObjectNode) new ObjectMapper().readTree(
                    "{\"name\": \"P\", \"properties\": {\"activities\": [], \"parameters\": {\"Count\": {\"type\": \"int\", \"defaultValue\": 3}}}}");
            Factory factory = new Factory(Path.of("f"));
            Resource pipeline = Resource.create(ResourceKind.PIPELINE, json);
            factory.add(pipeline);
            EditStack stack = new EditStack();
            for (int step = 0; step < 40; step++) {
                Field field = random.nextBoolean() ? PipelineForm.PARAMETERS : PipelineForm.VARIABLES;
                Form form = Form.pipeline(factory, pipeline);
                int rows = form.rows(field).size();
                try {
                    Optional<EditCommand> edit = switch (random.nextInt(6)) {
                        case 0 -> form.addRow(field);
                        case 1 -> form.removeRow(field, random.nextInt(rows + 2) - 1);
                        case 2 -> {
                            stack.undo();
                            yield Optional.empty();
                        }
                        case 3 -> {
                            stack.redo();
                            yield Optional.empty();
                        }
                        default -> form.setCell(field, random.nextInt(rows + 2) - 1, random.nextInt(4) - 1, TEXTS.get(random.nextInt(TEXTS.size())));
                    };
                    if (edit.isPresent()) stack.execute(edit.get());
                } catch (EditRefusedException refused) {
                    assertTrue(refused.getMessage() != null && !refused.getMessage().isBlank(), "a refusal says why");
                }
                Form after = Form.pipeline(factory, pipeline);
                for (Field f : List.of(PipelineForm.PARAMETERS, PipelineForm.VARIABLES)) {
                    var stored = after.value(f);
                    int expected = stored.isObject() ? stored.size() : 0;
                    assertEquals(expected, after.rows(f).size(), "seed " + seed + " step " + step + ": rows follow the JSON of " + f.key());
                }
            }
        }
    }
}
