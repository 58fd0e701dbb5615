package dev.pipewright.core.expression;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Values read from an eval context: the accessors and system variables of azure-docs "System variables" and
 * "Expressions and functions" (the @/@@/@{} rules, deep access, ?.), and xml/xpath with the workflow-language
 * reference's examples.
 */
class ContextScopeTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CONTEXT = """
            {"parameters": {"myNumber": 42, "key": "sub3", "items": "<?xml version=\\"1.0\\"?><produce><item><name>Gala</name><type>apple</type><count>20</count></item><item><name>Honeycrisp</name><type>apple</type><count>10</count></item></produce>"},
             "globalParameters": {"env": "dev"},
             "variables": {"counter": 3, "names": ["a", "b"]},
             "activities": {"A": {"status": "Succeeded", "output": {"sub1": {"sub2": {"sub3": {"sub4": "deep"}}}, "rows": [{"id": 1}]}}},
             "item": {"name": "x.csv"},
             "dataset": {"folder": "in"},
             "linkedService": {"host": "db1"},
             "trigger": {"scheduledTime": "2017-06-01T22:20:00.4061448Z"},
             "system": {"RunId": "0d8e0a5e-0000-4000-8000-000000000001", "Pipeline": "PL_Load", "DataFactory": "contoso-df",
                        "TriggerType": "Manual", "TriggerTime": "2017-06-01T22:20:00.4061448Z", "GroupId": "g-1",
                        "utcNow": "2026-11-25T08:30:15Z"}}""";

    private static JsonNode eval(String value) throws Exception {
        return Evaluator.evaluateValue(value, ContextScope.of(JSON.readTree(CONTEXT)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            @pipeline().parameters.myNumber                                  | 42
            @pipeline.parameters.myNumber                                    | 42
            @{pipeline().parameters.myNumber}                                | "42"
            Answer is: @{pipeline().parameters.myNumber}                     | "Answer is: 42"
            Answer is: @@{pipeline().parameters.myNumber}                    | "Answer is: @{pipeline().parameters.myNumber}"
            @@concat('a')                                                    | "@concat('a')"
            @activity('A').output.sub1.sub2[pipeline().parameters.key].sub4  | "deep"
            @activity('a').Status                                            | "Succeeded"
            @activity('A').output.rows[0].id                                 | 1
            @activity('A').output?.missing?.deeper                           | null
            @pipeline()?.TriggeredByPipelineName                             | null
            @pipeline().RunId                                                | "0d8e0a5e-0000-4000-8000-000000000001"
            @pipeline().Pipeline                                             | "PL_Load"
            @pipeline().DataFactory                                          | "contoso-df"
            @pipeline().TriggerType                                          | "Manual"
            @pipeline().TriggerTime                                          | "2017-06-01T22:20:00.4061448Z"
            @pipeline().GroupId                                              | "g-1"
            @pipeline().globalParameters.env                                 | "dev"
            @trigger().scheduledTime                                         | "2017-06-01T22:20:00.4061448Z"
            @variables('counter')                                            | 3
            @variables('names')[1]                                           | "b"
            @item().name                                                     | "x.csv"
            @dataset().folder                                                | "in"
            @linkedService().host                                            | "db1"
            @utcNow('yyyy-MM-dd')                                            | "2026-11-25"
            @xml('<name>Sophia Owen</name>')                                 | "<name>Sophia Owen</name>"
            @xml(json('{"person": {"name": "Sophia Owen", "city": "Seattle"}}')) | "<person><name>Sophia Owen</name><city>Seattle</city></person>"
            @xpath(xml(pipeline().parameters.items), '/produce/item/name')   | ["<name>Gala</name>","<name>Honeycrisp</name>"]
            @xpath(xml(pipeline().parameters.items), 'sum(/produce/item/count)') | 30
            @xpath(xml(pipeline().parameters.items), 'string(/produce/item[2]/name)') | "Honeycrisp"
            @xpath(xml(pipeline().parameters.items), 'count(/produce/item) > 1') | true
            """)
    void readsTheContext(String expression, String expectedJson) throws Exception {
        assertEquals(JSON.readTree(expectedJson).toString(), eval(expression).toString());
    }

    @Test
    void whatTheContextLacksIsAnError() throws Exception {
        EvaluationException e = assertThrows(EvaluationException.class, () -> Evaluator.evaluateValue("@item()", ContextScope.of(null)));
        assertEquals("item() is not available here; it can be used only inside a ForEach or a Filter", e.getMessage());
        assertEquals("variables('nope'): the pipeline has no variable 'nope'",
                assertThrows(EvaluationException.class, () -> eval("@variables('nope')")).getMessage());
        assertEquals("the context has an unknown key 'param'; its keys are parameters, globalParameters, variables, activities, item, dataset, "
                + "linkedService, trigger, triggerBody, system",
                assertThrows(IllegalArgumentException.class, () -> ContextScope.of(JSON.readTree("{\"param\": {}}"))).getMessage());
        assertEquals("xml: the value is not well-formed XML", assertThrows(EvaluationException.class, () -> eval("@xml('<a>')")).getMessage()
                .replaceFirst(" \\(.*", ""));
    }
}
