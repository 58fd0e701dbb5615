package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Linked templates past ARM's 800 resources and under a byte cap (hand-written expectations: no corpus pair is this large). */
class ArmSplitTest {
    private static Factory factory(Path dir, int datasets, int schemaColumns) {
        FactoryFolder f = new FactoryFolder(dir).file("linkedService/Store.json",
                "{\"name\": \"Store\", \"properties\": {\"type\": \"AzureBlobFS\", \"typeProperties\": {\"url\": \"https://a.dfs.core.windows.net/\"}}}");
        StringBuilder schema = new StringBuilder();
        for (int c = 0; c < schemaColumns; c++) schema.append(c == 0 ? "" : ",").append("{\"name\": \"column").append(c).append("\", \"type\": \"String\"}");
        for (int i = 0; i < datasets; i++) {
            f.file("dataset/D" + i + ".json", "{\"name\": \"D" + i + "\", \"properties\": {\"linkedServiceName\": {\"referenceName\": \"Store\","
                    + " \"type\": \"LinkedServiceReference\"}, \"type\": \"Parquet\", \"schema\": [" + schema + "]}}");
        }
        f.file("pipeline/Copy.json", "{\"name\": \"Copy\", \"properties\": {\"activities\": [{\"name\": \"c\", \"type\": \"Copy\", \"dependsOn\": [],"
                + " \"userProperties\": [], \"typeProperties\": {\"source\": {\"type\": \"ParquetSource\"}, \"sink\": {\"type\": \"ParquetSink\"}},"
                + " \"inputs\": [{\"referenceName\": \"D0\", \"type\": \"DatasetReference\"}], \"outputs\": [{\"referenceName\": \"D" + (datasets - 1)
                + "\", \"type\": \"DatasetReference\"}]}]}}");
        return Factory.load(dir);
    }

    @Test
    void pastEightHundredResourcesEveryPartHoldsAtMostTheLimitAndDependenciesStayValid(@TempDir Path dir) {
        Factory factory = factory(dir, 1000, 1);
        ArmExport.Result big = ArmExport.build(factory, ArmParameterizationTest.ID, new ArmExport.Options(ArmExport.MAX_RESOURCES, ArmExport.MAX_BYTES, true));
        assertTrue(big.ok(), big.problems().toString());
        assertEquals(List.of(800, 202), big.parts().stream().map(ArmExport.Part::resources).toList());
        assertEquals(List.of("PW957"), big.problems().stream().map(dev.pipewright.core.problem.Problem::code).toList(), "the single template passes 800");
        JsonNode first = TemplateComparison.read(big.files().get("linkedTemplates/ArmTemplate_0.json"));
        assertEquals("linkedServices/Store", ArmTemplateCheck.key(first.get("resources").get(0)), "level 0 first");
        JsonNode second = TemplateComparison.read(big.files().get("linkedTemplates/ArmTemplate_1.json"));
        JsonNode last = second.get("resources").get(second.get("resources").size() - 1);
        assertEquals("pipelines/Copy", ArmTemplateCheck.key(last), "the pipeline (level 2) comes last");
        // D999 sits beside the pipeline in part 1: that dependency stays; D0 is in part 0: the master's chain covers it
        assertEquals(List.of("[concat(variables('factoryId'), '/datasets/D999')]"), ArmParameterizationTest.texts(last.get("dependsOn")));
        JsonNode master = TemplateComparison.read(big.files().get("linkedTemplates/ArmTemplate_master.json"));
        assertEquals("[resourceId('Microsoft.Resources/deployments', 'test-factory_ArmTemplate_0')]",
                master.get("resources").get(1).get("dependsOn").get(0).asText());
        assertEquals(List.of(), ArmTemplateCheck.checkExport(big.files()));

        ArmExport.Result adf = ArmExport.build(factory, ArmParameterizationTest.ID, ArmExport.Options.ADF);
        assertEquals(51, adf.parts().size(), "ADF's 20 resources per part");
        assertTrue(adf.parts().stream().allMatch(p -> p.resources() <= 20));
        assertEquals(List.of(), ArmTemplateCheck.checkExport(adf.files()));
    }

    @Test
    void aPartClosesBeforeItPassesTheByteCap(@TempDir Path dir) {
        Factory factory = factory(dir, 60, 40); // about 2.6 kB a dataset
        long cap = 20_000;
        ArmExport.Result result = ArmExport.build(factory, ArmParameterizationTest.ID, new ArmExport.Options(800, cap, true));
        assertTrue(result.ok(), result.problems().toString());
        assertTrue(result.parts().size() > 5, result.parts().toString());
        for (ArmExport.Part p : result.parts()) assertTrue(p.bytes() <= cap, p + " passes " + cap);
        assertEquals(62, result.parts().stream().mapToInt(ArmExport.Part::resources).sum());
        assertEquals(List.of(), ArmTemplateCheck.checkExport(result.files()));
    }
}
