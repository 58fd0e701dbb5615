package dev.pipewright.core.edit;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.core.edit.AutoLayout.Cell;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AutoLayoutTest {
    @Test
    void layersFollowTheDeepestDependencyAndRowsKeepListOrder() throws Exception {
        String list = """
                [{"name": "A"}, {"name": "B", "dependsOn": [{"activity": "A"}]},
                 {"name": "C", "dependsOn": [{"activity": "A"}]},
                 {"name": "D", "dependsOn": [{"activity": "B"}, {"activity": "A"}, {"activity": "Gone"}]},
                 {"name": "E"}]""";
        Map<String, Cell> cells = AutoLayout.layers(new ObjectMapper().readTree(list));
        assertEquals(new Cell(0, 0), cells.get("A"));
        assertEquals(new Cell(1, 0), cells.get("B"));
        assertEquals(new Cell(1, 1), cells.get("C"));
        assertEquals(new Cell(2, 0), cells.get("D"));
        assertEquals(new Cell(0, 1), cells.get("E"));
    }

    @Test
    void cyclesStillGetALayout() throws Exception {
        String list = """
                [{"name": "A", "dependsOn": [{"activity": "B"}]}, {"name": "B", "dependsOn": [{"activity": "A"}]}]""";
        Map<String, Cell> cells = AutoLayout.layers(new ObjectMapper().readTree(list));
        assertEquals(2, cells.size());
        assertEquals(0, AutoLayout.layers(null).size());
    }
}
