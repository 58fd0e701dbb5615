package dev.pipewright.core.codec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AdfJsonWriterTest {

    private static String roundTrip(String json) {
        return AdfJsonWriter.pretty(JsonReader.read(json, "t.json").root());
    }

    @Test
    void writesTabsColonSpaceAndNoTrailingNewline() {
        assertEquals("{\n\t\"name\": \"p\",\n\t\"properties\": {\n\t\t\"activities\": [],\n\t\t\"annotations\": {},\n"
                        + "\t\t\"list\": [\n\t\t\t1,\n\t\t\ttrue,\n\t\t\tnull\n\t\t]\n\t}\n}",
                roundTrip("{\"name\":\"p\",\"properties\":{\"activities\":[ ],\"annotations\":{ },\"list\":[1,true,null]}}"));
    }

    @Test
    void keepsKeyOrderAsWritten() {
        assertEquals("{\n\t\"z\": 1,\n\t\"a\": 2,\n\t\"m\": 3\n}", roundTrip("{\"z\":1,\"a\":2,\"m\":3}"));
    }

    @Test
    void escapesOnlyWhatJsonStringifyEscapes() {
        String json = "[\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f ctl \\u0001 del \\u007f\","
                + "\"raw: \\u00e9 \\u65e5\\u672c \\u00a0 \\u2028 \\ud83d\\ude00\", \"lone \\ud800 and \\udc00\"]";
        String expected = "[\n\t\"quote \\\" backslash \\\\ slash / tab \\t nl \\n cr \\r bs \\b ff \\f ctl \\u0001 del \u007f\",\n"
                + "\t\"raw: é 日本 \u00a0 \u2028 😀\",\n\t\"lone \\ud800 and \\udc00\"\n]";
        assertEquals(expected, roundTrip(json));
    }

    @Test
    void numbersUseJavaScriptForm() {
        assertEquals("[\n\t1,\n\t1,\n\t100000,\n\t0.5,\n\t1e+21,\n\t9007199254740992\n]",
                roundTrip("[1.0, 1, 1e5, 5E-1, 1000000000000000000000, 9007199254740993]"));
    }

    @Test
    void minifiedFormHasNoWhitespace() {
        assertEquals("{\"publishBranch\":\"adf_publish\",\"enableGitComment\":false}",
                AdfJsonWriter.minified(JsonReader.read("{ \"publishBranch\" : \"adf_publish\",\n \"enableGitComment\": false }", "p.json").root()));
    }
}
