package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Expected values are the examples of ADF's "Expressions and functions" page (and the workflow-language
 * reference it points to), or worked out by hand where noted.
 */
class EvaluatorTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-11-25T08:30:15.1234567Z"), ZoneOffset.UTC);

    private static SimpleScope scope() throws Exception {
        return new SimpleScope()
                .pipeline(JSON.readTree("""
                        {"parameters": {"myNumber": 42, "runDate": "2026-11-24", "map": {"k": "v"}},
                         "globalParameters": {"GP-Int": 2000000}, "RunId": "run-1", "Pipeline": "PL"}"""))
                .activity("Lookup1", JSON.readTree("""
                        {"output": {"firstRow": {"Id": 7, "Name": "x"}, "value": [{"name": "a.csv"}, {"name": "b.txt"}]}, "Status": "Succeeded"}"""))
                .variable("files", JSON.readTree("[\"a.csv\"]"))
                .item(JSON.readTree("{\"name\": \"a.csv\", \"size\": 10}"))
                .clock(NOW);
    }

    private static JsonNode value(String property) throws Exception {
        return Evaluator.evaluateValue(property, scope());
    }

    private static String text(String property) throws Exception {
        return value(property).asText();
    }

    @Test
    void typedExpressionsInterpolationAndEscapes() throws Exception {
        assertEquals(42, value("@pipeline().parameters.myNumber").intValue());
        assertTrue(value("@pipeline().parameters.myNumber").isNumber());
        assertEquals("42", value("@{pipeline().parameters.myNumber}").asText());
        assertTrue(value("@{pipeline().parameters.myNumber}").isTextual());
        assertEquals("Answer is: 42", text("Answer is: @{pipeline().parameters.myNumber}"));
        assertEquals("Answer is: @{pipeline().parameters.myNumber}", text("Answer is: @@{pipeline().parameters.myNumber}"));
        assertEquals("@literal", text("@@literal"));
        assertEquals("Answer is: 42", text("@concat('Answer is: ', string(pipeline().parameters.myNumber))"));
        assertEquals("plain text", text("plain text"));
    }

    @Test
    void accessorsAndPropertyPaths() throws Exception {
        assertEquals(7, value("@activity('lookup1').output.firstRow.Id").intValue());
        assertEquals("b.txt", text("@activity('Lookup1').output.value[1].name"));
        assertEquals("v", text("@pipeline().parameters.map['k']"));
        assertEquals("v", text("@pipeline().parameters.map[toLower('K')]"));
        assertEquals(2000000, value("@pipeline().globalParameters.GP-Int").intValue());
        assertEquals("a.csv", text("@item().name"));
        assertEquals("True", text("@{contains(variables('files'), item().name)}"));
        assertTrue(value("@activity('Lookup1').output?.missing").isNull());
        EvaluationException missing = assertThrows(EvaluationException.class, () -> value("@activity('Lookup1').output.firstRow.Nope"));
        assertEquals("property 'Nope' doesn't exist, available properties are 'Id, Name'", missing.getMessage());
        EvaluationException outside = assertThrows(EvaluationException.class, () -> value("@dataset().x"));
        assertEquals("dataset() is not available here; it can be used only in a dataset's properties", outside.getMessage());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @concat('Hello', 'World')                                  | HelloWorld
            @toUpper('abc')                                            | ABC
            @substring('hello world', 6, 5)                            | world
            @replace('the old string', 'old', 'new')                   | the new string
            @{split('a_b_c', '_')}                                     | ["a","b","c"]
            @{indexOf('hello world', 'WORLD')}                         | 6
            @{startsWith('hello world', 'HELLO')}                      | True
            @{lastIndexOf('hello world world', 'world')}               | 12
            @trim('  x  ')                                             | x
            @{length('abc')}                                           | 3
            @{empty('')}                                               | True
            @{first(createArray(0, 1, 2))}                             | 0
            @{last('abcd')}                                            | d
            @{skip(createArray(0, 1, 2, 3), 1)}                        | [1,2,3]
            @{take('abcde', 3)}                                        | abc
            @join(createArray('a', 'b', 'c'), '.')                     | a.b.c
            @{union(createArray(1, 2, 3), createArray(1, 2, 10))}      | [1,2,3,10]
            @{intersection(createArray(1, 2, 3), createArray(101, 2, 1, 10), createArray(6, 8, 1, 2))} | [1,2]
            @{equals(1, 1.0)}                                          | True
            @{and(true, not(false))}                                   | True
            @{or(false, false)}                                        | False
            @{if(greater(10, 5), 'yes', 'no')}                         | yes
            @{lessOrEquals('apple', 'banana')}                         | True
            @{add(1, 1.5)}                                             | 2.5
            @{div(11, 5)}                                              | 2
            @{div(11.0, 5)}                                            | 2.2
            @{mod(3, 2)}                                               | 1
            @{mul(2, 3)}                                               | 6
            @{sub(10.3, 0.3)}                                          | 10
            @{max(1, 2, 3)}                                            | 3
            @{min(createArray(1, 2, 3))}                               | 1
            @{range(1, 4)}                                             | [1,2,3,4]
            @{int('10')}                                               | 10
            @{float('10.333')}                                         | 10.333
            @{bool(1)}                                                 | True
            @{coalesce(null, 'hello', 'world')}                        | hello
            @{json('{"fullName": "Sophia Owen"}').fullName}            | Sophia Owen
            @base64('hello')                                           | aGVsbG8=
            @base64ToString('aGVsbG8=')                                | hello
            @encodeUriComponent('https://contoso.com')                 | https%3A%2F%2Fcontoso.com
            @decodeUriComponent('http%3A%2F%2Fcontoso.com')            | http://contoso.com
            @dataUri('hello')                                          | data:text/plain;charset=utf-8;base64,aGVsbG8=
            @dataUriToString('data:text/plain;charset=utf-8;base64,aGVsbG8=') | hello
            """)
    void functionsFromTheDocumentation(String expression, String expected) throws Exception {
        assertEquals(expected, text(expression));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @addDays('2018-03-15T00:00:00Z', 10)                                        | 2018-03-25T00:00:00.0000000Z
            @addDays('2018-03-15T00:00:00Z', -5)                                        | 2018-03-10T00:00:00.0000000Z
            @addHours('2018-03-15T00:00:00Z', 10)                                       | 2018-03-15T10:00:00.0000000Z
            @addMinutes('2018-03-15T00:10:00Z', -5)                                     | 2018-03-15T00:05:00.0000000Z
            @addSeconds('2018-03-15T00:00:00Z', 10)                                     | 2018-03-15T00:00:10.0000000Z
            @addToTime('2018-01-01T00:00:00Z', 1, 'Day', 'D')                           | Tuesday, January 2, 2018
            @subtractFromTime('2018-01-02T00:00:00Z', 1, 'Day')                         | 2018-01-01T00:00:00.0000000Z
            @startOfDay('2018-03-15T13:30:30Z')                                         | 2018-03-15T00:00:00.0000000Z
            @startOfHour('2018-03-15T13:30:30Z')                                        | 2018-03-15T13:00:00.0000000Z
            @startOfMonth('2018-03-15T13:30:30Z')                                       | 2018-03-01T00:00:00.0000000Z
            @{dayOfMonth('2018-03-15T13:27:36Z')}                                       | 15
            @{dayOfWeek('2018-03-15T13:27:36Z')}                                        | 4
            @{dayOfYear('2018-03-15T13:27:36Z')}                                        | 74
            @formatDateTime('03/15/2018 12:00:00', 'yyyy-MM-ddTHH:mm:ss')               | 2018-03-15T12:00:00
            @formatDateTime('2018-03-15T13:27:36Z', 'yyy')                              | 2018
            @formatDateTime('2018-03-15T13:27:36.5Z', 'yyyyMMdd_hhmmss.fff tt')         | 20180315_012736.500 PM
            @formatDateTime('2018-03-15T13:27:36Z', 'dddd d MMM ''at'' H\\h')           | Thursday 15 Mar at 13h
            @convertFromUtc('2018-01-01T08:00:00.0000000Z', 'Pacific Standard Time')    | 2018-01-01T00:00:00.0000000
            @convertFromUtc('2018-01-01T08:00:00.0000000Z', 'Pacific Standard Time', 'D') | Monday, January 1, 2018
            @convertTimeZone('2018-01-01T08:00:00.0000000Z', 'UTC', 'Pacific Standard Time') | 2018-01-01T00:00:00.0000000
            @convertToUtc('01/01/2018 00:00:00', 'Pacific Standard Time')               | 2018-01-01T08:00:00.0000000Z
            @convertFromUtc('2026-11-24T16:00:00Z', 'Singapore Standard Time', 'yyyy-MM-dd HH:mm') | 2026-11-25 00:00
            @utcNow()                                                                   | 2026-11-25T08:30:15.1234567Z
            @utcNow('yyyy-MM-dd')                                                       | 2026-11-25
            @getPastTime(1, 'Month', 'yyyy-MM-dd')                                      | 2026-10-25
            @getFutureTime(2, 'Week', 'yyyy-MM-dd')                                     | 2026-12-09
            """)
    void dateFunctions(String expression, String expected) throws Exception {
        assertEquals(expected, text(expression));
    }

    /** Worked out by hand: 621,355,968,000,000,000 ticks to 1970 plus 1,521,120,456 s × 10^7. */
    @Test
    void ticksCountFromYearOne() throws Exception {
        assertEquals(636567172560000000L, value("@ticks('2018-03-15T13:27:36Z')").longValue());
    }

    @Test
    void errorsNameTheProblem() {
        assertEquals("substring takes 2 to 3 arguments, got 1", assertThrows(EvaluationException.class, () -> value("@substring('x')")).getMessage());
        assertEquals("add expects a number, got the string 'a'", assertThrows(EvaluationException.class, () -> value("@add('a', 1)")).getMessage());
        assertEquals("convertFromUtc: unknown time zone 'Pacific Standrd Time' (did you mean Pacific Standard Time?)",
                assertThrows(EvaluationException.class, () -> value("@convertFromUtc(utcNow(), 'Pacific Standrd Time')")).getMessage());
        assertEquals("div: division by zero", assertThrows(EvaluationException.class, () -> value("@div(1, 0)")).getMessage());
        assertThrows(ExpressionSyntaxException.class, () -> value("@concat('a'"));
    }

    @Test
    void resolveEvaluatesExpressionObjectsInsideJson() throws Exception {
        JsonNode location = JSON.readTree("""
                {"type": "AzureBlobStorageLocation", "fileName": {"value": "@concat(item().name, '.gz')", "type": "Expression"},
                 "folderPath": "in/@{pipeline().parameters.runDate}", "count": 3}""");
        assertEquals("{\"type\":\"AzureBlobStorageLocation\",\"fileName\":\"a.csv.gz\",\"folderPath\":\"in/2026-11-24\",\"count\":3}",
                Evaluator.resolve(location, scope()).toString());
    }
}
