package dev.pipewright.core.codec;

import dev.pipewright.core.problem.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Every kind of JSON syntax error reads in plain words, at its line and column, with no parser internals. */
class JsonSyntaxMessagesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            {\\n  name: 1}                 | 2 | 3  | Expected a key in double quotes, found 'n'
            {"a": 1,}                     | 1 | 9  | Expected a key in double quotes, found '}' (is there a comma after the last member? remove it)
            {"a": 1 "b": 2}               | 1 | 9  | Expected a comma or '}' after a member, found '"'
            {"a": [1 2]}                  | 1 | 10 | Expected a comma or ']' after an array item, found '2'
            {"a" 1}                       | 1 | 6  | Expected ':' after the key, found '1'
            {"a": [1,]}                   | 1 | 10 | Expected a value, found ']' (is there a comma before it? remove it)
            {"a": abc}                    | 1 | 7  | 'abc' is not a JSON value: text goes in double quotes, and true, false and null are written in lower case
            {"a": True}                   | 1 | 7  | 'True' is not a JSON value: text goes in double quotes, and true, false and null are written in lower case
            {"a": 'x'}                    | 1 | 7  | Expected a value (a string in double quotes, a number, true, false, null, an object or an array), found a single quote (JSON uses double quotes)
            {"a": {"b": 1}                | 1 | 15 | The file ends before an object is closed: a '}' is missing
            {"a": [1, 2                   | 1 | 12 | The file ends before an array is closed: a ']' is missing
            {"a": "open                   | 1 | 12 | The file ends inside a string: its closing double quote is missing
            {"a": 01}                     | 1 | 8  | A number starts with 0: write it without leading zeros
            """)
    void syntaxErrorsReadInPlainWords(String json, int line, int column, String message) {
        String text = json.replace("\\n", "\n");
        ParsedJson parsed = JsonReader.read(text, "pipeline/P.json");
        Problem p = parsed.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals("PW101", p.code());
        assertEquals(message, p.message());
        assertEquals(line, p.line(), "line");
        assertEquals(column, p.column(), "column");
        for (String internal : new String[] {"code ", "Source", "REDACTED", "StreamReadFeature", "marker", "token", "was expecting"}) {
            assertFalse(p.message().contains(internal), "no parser internals: " + p.message());
        }
    }
}
