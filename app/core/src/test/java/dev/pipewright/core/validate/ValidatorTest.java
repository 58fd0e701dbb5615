package dev.pipewright.core.validate;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of the first rule set, on small hand-written factories. */
class ValidatorTest {
    @TempDir
    Path dir;
    FactoryFolder folder;

    @BeforeEach
    void base() {
        folder = new FactoryFolder(dir)
                .file("linkedService/Blob.json", "{\"name\": \"Blob\", \"properties\": {\"type\": \"AzureBlobStorage\"}}")
                .file("dataset/Orders.json", "{\"name\": \"Orders\", \"properties\": {\"type\": \"Json\", "
                        + "\"linkedServiceName\": {\"referenceName\": \"Blob\", \"type\": \"LinkedServiceReference\"}}}");
    }

    private List<Problem> validate() {
        return Validator.validate(Factory.load(dir));
    }

    private List<Problem> withCode(String code) {
        return validate().stream().filter(p -> p.code().equals(code)).toList();
    }

    private static String wait(String name, String dependsOn) {
        return "{\"name\": \"" + name + "\", \"type\": \"Wait\", \"dependsOn\": " + dependsOn
                + ", \"typeProperties\": {\"waitTimeInSeconds\": 1}}";
    }

    private static String dep(String activity, String... conditions) {
        return "{\"activity\": \"" + activity + "\", \"dependencyConditions\": [\"" + String.join("\", \"", conditions) + "\"]}";
    }

    @Test
    void aCleanFactoryHasNoProblems() {
        folder.pipeline("Clean", "[" + wait("A", "[]") + ", " + wait("B", "[" + dep("A", "Succeeded") + "]") + "]");
        assertEquals(List.of(), validate());
    }

    @Test
    void namingRulesPerResourceType() {
        folder.file("linkedService/Sql-Prod.json", "{\"name\": \"Sql-Prod\", \"properties\": {\"type\": \"AzureSqlDatabase\"}}")
                .file("pipeline/Load.Sales.json", "{\"name\": \"Load.Sales\", \"properties\": {\"activities\": []}}")
                .file("pipeline/Load-Sales.json", "{\"name\": \"Load-Sales\", \"properties\": {\"activities\": []}}")
                .file("integrationRuntime/ir--bad.json", "{\"name\": \"ir--bad\", \"properties\": {\"type\": \"SelfHosted\"}}")
                .file("integrationRuntime/SHIR-Corp.json", "{\"name\": \"SHIR-Corp\", \"properties\": {\"type\": \"SelfHosted\"}}")
                .file("pipeline/-Leading.json", "{\"name\": \"-Leading\", \"properties\": {\"activities\": []}}")
                .pipeline("P", "[" + wait("x".repeat(56), "[]") + "]");
        List<Problem> problems = validate();
        assertEquals(1, count(problems, "PW204"), problems.toString()); // Sql-Prod
        assertEquals(1, count(problems, "PW203"), problems.toString()); // Load.Sales; Load-Sales is a valid pipeline name
        assertEquals(1, count(problems, "PW205"), problems.toString()); // ir--bad; SHIR-Corp is valid
        assertEquals(1, count(problems, "PW202"), problems.toString()); // -Leading
        assertEquals(1, count(problems, "PW201"), problems.toString()); // 56-character activity name
        Problem dash = problems.stream().filter(p -> p.code().equals("PW204")).findFirst().orElseThrow();
        assertEquals("linkedService/Sql-Prod.json", dash.file());
        assertEquals(1, dash.line());
        assertTrue(dash.column() > 0);
    }

    @Test
    void danglingReferencesOfEveryKind() {
        folder.file("dataset/Lost.json", "{\"name\": \"Lost\", \"properties\": {\"type\": \"Json\", "
                        + "\"linkedServiceName\": {\"referenceName\": \"NoSuchStore\", \"type\": \"LinkedServiceReference\"}}}")
                .file("linkedService/Sql.json", "{\"name\": \"Sql\", \"properties\": {\"type\": \"SqlServer\", "
                        + "\"connectVia\": {\"referenceName\": \"SHIR-Missing\", \"type\": \"IntegrationRuntimeReference\"}, "
                        + "\"typeProperties\": {\"credential\": {\"referenceName\": \"NoCred\", \"type\": \"CredentialReference\"}}}}")
                .file("linkedService/Auto.json", "{\"name\": \"Auto\", \"properties\": {\"type\": \"AzureBlobStorage\", "
                        + "\"connectVia\": {\"referenceName\": \"AutoResolveIntegrationRuntime\", \"type\": \"IntegrationRuntimeReference\"}}}")
                .file("trigger/Nightly.json", "{\"name\": \"Nightly\", \"properties\": {\"type\": \"ScheduleTrigger\", "
                        + "\"pipelines\": [{\"pipelineReference\": {\"referenceName\": \"NoPipeline\", \"type\": \"PipelineReference\"}}]}}")
                .pipeline("Main", "[{\"name\": \"Copy it\", \"type\": \"Copy\", \"dependsOn\": [], "
                        + "\"inputs\": [{\"referenceName\": \"Orders\", \"type\": \"DatasetReference\"}], "
                        + "\"outputs\": [{\"referenceName\": \"NoDataset\", \"type\": \"DatasetReference\"}]}, "
                        + "{\"name\": \"Child\", \"type\": \"ExecutePipeline\", \"dependsOn\": [], "
                        + "\"typeProperties\": {\"pipeline\": {\"referenceName\": \"NoChild\", \"type\": \"PipelineReference\"}}}, "
                        + "{\"name\": \"Dynamic\", \"type\": \"ExecutePipeline\", \"dependsOn\": [], "
                        + "\"typeProperties\": {\"pipeline\": {\"referenceName\": {\"value\": \"@pipeline().parameters.p\", \"type\": \"Expression\"}, \"type\": \"PipelineReference\"}}}]");
        List<Problem> problems = validate();
        assertEquals(1, count(problems, "PW301"), problems.toString());
        assertEquals(1, count(problems, "PW302"), problems.toString());
        assertEquals(1, count(problems, "PW303"), problems.toString()); // AutoResolveIntegrationRuntime is implicit
        assertEquals(2, count(problems, "PW304"), problems.toString()); // trigger → pipeline, Execute Pipeline → pipeline
        assertEquals(1, count(problems, "PW305"), problems.toString());
        Problem missingDataset = problems.stream().filter(p -> p.code().equals("PW302")).findFirst().orElseThrow();
        assertTrue(missingDataset.message().contains("activity 'Copy it'"), missingDataset.message());
        assertTrue(missingDataset.message().contains("'NoDataset'"), missingDataset.message());
    }

    @Test
    void dependsOnMustNameAnActivityBesideIt() {
        folder.pipeline("P", "[" + wait("A", "[" + dep("Ghost", "Succeeded") + "]") + ", "
                + "{\"name\": \"Loop\", \"type\": \"ForEach\", \"dependsOn\": [], \"typeProperties\": {\"items\": {\"value\": \"@createArray(1)\", \"type\": \"Expression\"}, "
                + "\"activities\": [" + wait("Inner", "[" + dep("A", "Succeeded") + "]") + "]}}]");
        List<Problem> problems = withCode("PW401");
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'Ghost', which does not exist")));
        assertTrue(problems.stream().anyMatch(p -> p.message().contains("'A', which is in another container")));
        Problem ghost = problems.stream().filter(p -> p.message().contains("Ghost")).findFirst().orElseThrow();
        assertEquals("pipeline/P.json", ghost.file());
        assertTrue(ghost.line() > 0 && ghost.column() > 0);
    }

    @Test
    void cyclesAreFoundWithTheirMembers() {
        folder.pipeline("P", "[" + wait("A", "[" + dep("C", "Succeeded") + "]") + ", "
                + wait("B", "[" + dep("A", "Succeeded") + "]") + ", " + wait("C", "[" + dep("B", "Failed") + "]") + ", "
                + wait("Self", "[" + dep("Self", "Succeeded") + "]") + ", " + wait("Free", "[]") + "]");
        List<Problem> cycles = withCode("PW402");
        assertEquals(2, cycles.size(), cycles.toString());
        assertTrue(cycles.stream().anyMatch(p -> p.message().contains("A") && p.message().contains("B") && p.message().contains("C")));
        assertTrue(cycles.stream().anyMatch(p -> p.message().contains("Self → Self")));
    }

    @Test
    void completedBesideSucceededOrFailedFromOneActivity() {
        folder.pipeline("P", "[" + wait("Up", "[]") + ", " + wait("OnDone", "[" + dep("Up", "Completed") + "]") + ", "
                + wait("OnOk", "[" + dep("Up", "Succeeded") + "]") + ", " + wait("Up2", "[]") + ", "
                + wait("OnOk2", "[" + dep("Up2", "Succeeded") + "]") + ", " + wait("OnFail2", "[" + dep("Up2", "Failed") + "]") + ", "
                + wait("OnSkip2", "[" + dep("Up2", "Skipped") + "]") + ", " + wait("Odd", "[" + dep("Up2", "Finished") + "]") + "]");
        List<Problem> problems = withCode("PW403");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("'Up'"));
        assertEquals(1, withCode("PW406").size());
    }

    @Test
    void duplicateActivityNamesAcrossContainers() {
        folder.pipeline("P", "[" + wait("Same", "[]") + ", {\"name\": \"If\", \"type\": \"IfCondition\", \"dependsOn\": [], "
                + "\"typeProperties\": {\"expression\": {\"value\": \"@true\", \"type\": \"Expression\"}, \"ifTrueActivities\": [" + wait("Same", "[]") + "]}}]");
        assertEquals(1, withCode("PW404").size());
    }

    @Test
    void nestingFollowsAdfRules() {
        String ifInForEach = "{\"name\": \"Loop\", \"type\": \"ForEach\", \"dependsOn\": [], \"typeProperties\": {\"activities\": ["
                + "{\"name\": \"Check\", \"type\": \"IfCondition\", \"dependsOn\": [], \"typeProperties\": {\"ifTrueActivities\": ["
                + "{\"name\": \"Deeper\", \"type\": \"Switch\", \"dependsOn\": [], \"typeProperties\": {\"cases\": []}}]}},"
                + "{\"name\": \"Inner loop\", \"type\": \"Until\", \"dependsOn\": [], \"typeProperties\": {\"activities\": []}},"
                + "{\"name\": \"Gate\", \"type\": \"Validation\", \"dependsOn\": [], \"typeProperties\": {}}]}}";
        folder.pipeline("P", "[" + ifInForEach + "]");
        List<Problem> nested = withCode("PW405");
        assertEquals(2, nested.size(), nested.toString()); // Switch in If, Until in ForEach; If in ForEach is allowed
        assertEquals(1, withCode("PW407").size());
    }

    @Test
    void activityCountLimits() {
        StringBuilder eightyOne = new StringBuilder("[");
        for (int i = 0; i < 81; i++) eightyOne.append(i == 0 ? "" : ",").append(wait("W" + i, "[]"));
        folder.pipeline("Big", eightyOne + "]");
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i < 121; i++) many.append(i == 0 ? "" : ",").append(wait("W" + i, "[]"));
        folder.pipeline("Huge", many + "]");
        assertEquals("pipeline/Big", withCode("PW501").get(0).resource());
        assertEquals("pipeline/Huge", withCode("PW502").get(0).resource());
        assertEquals(1, withCode("PW501").size());
    }

    @Test
    void forEachBatchCountAndParameterLimits() {
        StringBuilder params = new StringBuilder("{");
        for (int i = 0; i < 51; i++) params.append(i == 0 ? "" : ",").append("\"p").append(i).append("\": {\"type\": \"string\"}");
        folder.file("pipeline/P.json", "{\"name\": \"P\", \"properties\": {\"activities\": ["
                + "{\"name\": \"Loop\", \"type\": \"ForEach\", \"dependsOn\": [], \"typeProperties\": {\"batchCount\": 51, \"activities\": []}},"
                + "{\"name\": \"Ok\", \"type\": \"ForEach\", \"dependsOn\": [], \"typeProperties\": {\"batchCount\": 50, \"activities\": []}}"
                + "], \"parameters\": " + params + "}}}");
        assertEquals(1, withCode("PW503").size());
        assertEquals(1, withCode("PW504").size());
    }

    private static long count(List<Problem> problems, String code) {
        return problems.stream().filter(p -> p.code().equals(code)).count();
    }
}
