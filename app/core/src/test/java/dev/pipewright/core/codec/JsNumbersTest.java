package dev.pipewright.core.codec;

import dev.pipewright.core.testing.NodeOracle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsNumbersTest {

    @Test
    void formatsLikeJavaScript() {
        // Expected values are what JavaScript's String(x) prints (ECMAScript Number::toString).
        assertEquals("0", JsNumbers.format(0.0));
        assertEquals("0", JsNumbers.format(-0.0));
        assertEquals("1", JsNumbers.format(1.0));
        assertEquals("-42", JsNumbers.format(-42.0));
        assertEquals("1.5", JsNumbers.format(1.5));
        assertEquals("0.1", JsNumbers.format(0.1));
        assertEquals("0.30000000000000004", JsNumbers.format(0.1 + 0.2));
        assertEquals("3.14159265358979", JsNumbers.format(3.14159265358979));
        assertEquals("0.000001", JsNumbers.format(0.000001));
        assertEquals("1e-7", JsNumbers.format(1e-7));
        assertEquals("1.5e-7", JsNumbers.format(1.5e-7));
        assertEquals("123456789012345680000", JsNumbers.format(123456789012345678901.0));
        assertEquals("1e+21", JsNumbers.format(1e21));
        assertEquals("1.2e+22", JsNumbers.format(1.2e22));
        assertEquals("1e+23", JsNumbers.format(1e23));
        assertEquals("9007199254740992", JsNumbers.format(9007199254740993.0));
        assertEquals("1.7976931348623157e+308", JsNumbers.format(Double.MAX_VALUE));
        assertEquals("5e-324", JsNumbers.format(Double.MIN_VALUE));
        assertEquals("null", JsNumbers.format(Double.NaN));
    }

    @Test
    void agreesWithNodeOnRandomDoubles(@TempDir Path work) throws Exception {
        Random random = new Random(20261125);
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            double v = switch (i % 3) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(10, random.nextInt(40) - 20);
                default -> Math.round(random.nextDouble() * 1e6) / 1000.0;
            };
            if (Double.isFinite(v)) values.add(v);
        }
        // One JSON array per file; JSON.stringify prints numbers with Number::toString.
        Path file = work.resolve("numbers.json");
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) json.append(',');
            json.append(Double.toString(values.get(i)).replace("E", "e"));
        }
        Files.writeString(file, json.append(']').toString());
        byte[] expected = NodeOracle.stringify(List.of(file), work).get(file);
        String[] lines = new String(expected, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < values.size(); i++) {
            String jsForm = lines[i + 1].trim().replace(",", "");
            assertEquals(jsForm, JsNumbers.format(values.get(i)), "value #" + i + " (" + values.get(i) + ")");
        }
    }
}
