package dev.pipewright.core.validate;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** PW408–PW412: expressions, what they refer to, on hand-written pipelines and on the whole shared corpus. */
class ExpressionRulesTest {
    @TempDir
    Path dir;

    private List<String> codesFor(String activities) {
        new FactoryFolder(dir).file("pipeline/P.json", """
                {"name": "P", "properties": {"activities": %s,
                  "parameters": {"RunDate": {"type": "string"}},
                  "variables": {"files": {"type": "Array"}, "status": {"type": "String"}}}}""".formatted(activities));
        return Validator.validate(Factory.load(dir)).stream().map(p -> p.code() + " " + p.message()).toList();
    }

    private static String lookup(String name, String dependsOn, String query) {
        return """
                {"name": "%s", "type": "Lookup", "dependsOn": %s, "typeProperties": {"source": {"type": "AzureSqlSource",
                  "sqlReaderQuery": %s}, "dataset": {"referenceName": "D", "type": "DatasetReference"}}}""".formatted(name, dependsOn, query);
    }

    private static String after(String activity) {
        return "[{\"activity\": \"" + activity + "\", \"dependencyConditions\": [\"Succeeded\"]}]";
    }

    private static String onlyExpressionCodes(List<String> problems) {
        return String.join("\n", problems.stream().filter(p -> p.matches("PW4(0[89]|1[0-3]) .*")).toList());
    }

    @Test
    void readingAnUpstreamActivityIsFineButNotASiblingThatRunsInParallel() {
        String problems = onlyExpressionCodes(codesFor("[" + lookup("A", "[]", "\"SELECT 1\"") + ", "
                + lookup("B", after("a"), "\"@{activity('A').output.firstRow.x}\"") + ", "  // upstream, other case: fine
                + lookup("C", "[]", "\"@activity('A').output.firstRow.x\"") + "]"));        // parallel: not an ancestor
        assertEquals("PW408 Activity 'C' reads the output of activity 'A', which does not run before it"
                + " (ADF: not an ancestor of the current activity, or it does not exist)", problems);
    }

    @Test
    void transitiveAncestorsCountAndLiteralTextDoesNot() {
        String problems = onlyExpressionCodes(codesFor("[" + lookup("A", "[]", "\"SELECT 1\"") + ", "
                + lookup("B", after("A"), "\"SELECT 2\"") + ", "
                + lookup("C", after("B"), "\"@concat(activity('A').output.count, activity('B').output.count)\"") + ", "
                + lookup("D", "[]", "\"SELECT * FROM t -- not an expression: activity('Nope').output\"") + "]"));
        assertEquals("", problems);
    }

    @Test
    void containersShareTheirUpstreamAndTheirInsidesWithWhatFollows() {
        String forEach = """
                {"name": "Loop", "type": "ForEach", "dependsOn": %s, "typeProperties": {
                  "items": {"value": "@activity('Start').output.value", "type": "Expression"},
                  "activities": [%s]}}""".formatted(after("Start"),
                lookup("Inner", "[]", "\"@{activity('Start').output.firstRow.x}\""));  // container's upstream: fine
        String until = """
                {"name": "Poll", "type": "Until", "dependsOn": [], "typeProperties": {
                  "expression": {"value": "@equals(activity('Check').output.firstRow.done, 1)", "type": "Expression"},
                  "activities": [%s]}}""".formatted(lookup("Check", "[]", "\"SELECT done FROM t\""));  // Until's condition sees inside
        String problems = onlyExpressionCodes(codesFor("[" + lookup("Start", "[]", "\"SELECT 1\"") + ", " + forEach + ", " + until + ", "
                + lookup("AfterLoop", after("Loop"), "\"@{activity('Inner').output.count}\"") + ", "     // inside an upstream container: fine
                + lookup("Outside", "[]", "\"@{activity('Check').output.count}\"") + "]"));             // Poll is not upstream of it
        assertEquals("PW408 Activity 'Outside' reads the output of activity 'Check', which does not run before it"
                + " (ADF: not an ancestor of the current activity, or it does not exist)", problems);
    }

    @Test
    void variablesAndParametersMustBeDeclared() {
        String set = """
                {"name": "SetStatus", "type": "SetVariable", "typeProperties": {"variableName": "Status", "value": "@pipeline().parameters.runDate"}}""";
        String append = """
                {"name": "AddFile", "type": "AppendVariable", "typeProperties": {"variableName": "fileList", "value": "x"}}""";
        String returnValue = """
                {"name": "Return", "type": "SetVariable", "typeProperties": {"variableName": "pipelineReturnValue", "setSystemVariable": true, "value": []}}""";
        String reads = lookup("Read", "[]", "\"@{variables('files')} @{variables('missing')} @{pipeline().parameters['Missing Param']}\"");
        List<String> problems = List.of(onlyExpressionCodes(codesFor("[" + set + ", " + append + ", " + returnValue + ", " + reads + "]")).split("\n"));
        assertEquals(List.of(
                "PW409 AppendVariable 'AddFile' sets variable 'fileList', which pipeline 'P' does not declare",
                "PW409 Activity 'Read' reads variable 'missing', which pipeline 'P' does not declare",
                "PW410 Activity 'Read' reads pipeline parameter 'Missing Param', which pipeline 'P' does not declare"), problems);
    }

    @Test
    void expressionsMustParseAndCallKnownFunctions() {
        String problems = onlyExpressionCodes(codesFor("["
                + lookup("Bad", "[]", "\"SELECT @{concat('a', 'b'} FROM t\"") + ", "
                + lookup("Typo", "[]", "\"@formatDateTme(utcnow(), 'yyyy')\"") + ", "
                + lookup("Fine", "[]", "\"@{pipeline.parameters.RunDate} @@notAnExpression(\"") + "]"));
        assertEquals("PW411 Expression in activity 'Bad' does not parse: expected ')' after the arguments of concat, the expression ends"
                + " (character 16 of @{concat('a', 'b'})\n"
                + "PW412 Expression in activity 'Typo' calls 'formatDateTme', which is not a function of ADF's expression language"
                + " (did you mean formatDateTime?)", problems);
    }

    @Test
    void datasetsAndLinkedServicesReadOnlyTheirOwnParameters() {
        new FactoryFolder(dir)
                .file("linkedService/Sql.json", """
                        {"name": "Sql", "properties": {"type": "AzureSqlDatabase", "parameters": {"Db": {"type": "String"}},
                          "typeProperties": {"connectionString": "Server=s;Database=@{linkedService().db};User=@{linkedService().user}"}}}""")
                .file("dataset/Table.json", """
                        {"name": "Table", "properties": {"type": "AzureSqlTable", "parameters": {"table": {"type": "string"}},
                          "linkedServiceName": {"referenceName": "Sql", "type": "LinkedServiceReference", "parameters": {"Db": "sales"}},
                          "typeProperties": {"table": {"value": "@dataset().Table", "type": "Expression"},
                            "schema": {"value": "@dataset().schemaName", "type": "Expression"}}}}""")
                .file("trigger/T.json", """
                        {"name": "T", "properties": {"type": "ScheduleTrigger", "pipelines": [{"pipelineReference":
                          {"referenceName": "P", "type": "PipelineReference"}, "parameters": {"d": "@formatDateTime(trigger().scheduledTime"}}]}}""");
        List<String> problems = List.of(onlyExpressionCodes(codesFor("[]")).split("\n"));
        assertEquals(List.of(
                "PW411 Expression in trigger 'T' does not parse: expected ')' after the arguments of formatDateTime, the expression ends"
                        + " (character 39 of @{formatDateTime(trigger().scheduledTime})",
                "PW413 The dataset 'Table' reads @dataset().schemaName, but declares no parameter 'schemaName'",
                "PW413 The linked service 'Sql' reads @linkedService().user, but declares no parameter 'user'"), problems.stream().sorted().toList());
    }

    @Test
    void problemsPointAtTheValueHoldingTheExpression() {
        codesFor("[" + lookup("C", "[]", "\"@activity('A').output\"") + "]");
        Problem p = Validator.validate(Factory.load(dir)).stream().filter(x -> x.code().equals("PW408")).findFirst().orElseThrow();
        assertEquals("pipeline/P.json", p.file());
        assertEquals(2, p.line()); // the sqlReaderQuery's line in the hand-written file
    }

    /** Real pipelines that ADF ran: about 8,800 expressions reading 2,000 activity outputs, 1,000 variables and 3,900 parameters; none wrong. */
    @Test
    void noFalsePositivesOnTheSharedCorpus() throws Exception {
        Path corpus = Path.of(System.getProperty("pipewright.corpus", "../../../shared/corpus"));
        List<String> found = new ArrayList<>();
        try (Stream<Path> roots = Files.list(corpus)) {
            for (Path root : roots.filter(r -> Files.isDirectory(r.resolve("pipeline"))).toList()) {
                Validator.validate(Factory.load(root)).stream()
                        .filter(p -> p.code().matches("PW4(0[89]|1[0-3])"))
                        .forEach(p -> found.add(root.getFileName() + "/" + p.file() + ":" + p.line() + " " + p.message()));
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }
}
