package dev.pipewright.core.dynamic;

import dev.pipewright.core.expression.ExpressionCatalog;
import dev.pipewright.core.expression.Functions;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What "Add dynamic content" offers for a field of the demo factory's daily load, and its check and evaluation. */
class DynamicContentTest {
    private static final Factory DEMO = Factory.load(Path.of("../../demo-factory"));
    private static final Resource PIPELINE = DEMO.get(ResourceKind.PIPELINE, "PL_Daily_Sales_Load").orElseThrow();

    @Test
    void activityOutputsAreThoseThatRunBeforeAndItemIsThereInsideAForEach() {
        DynamicContent inLoop = DynamicContent.of(DEMO, PIPELINE, "/properties/activities/4/typeProperties/activities/1");
        assertEquals(List.of("CP_SalesFile_To_Lake", "FLT_CsvFiles", "GM_LandingFiles", "LKP_Watermark"),
                inLoop.activityOutputs().stream().map(DynamicContent.Entry::label).toList(),
                "its own list's upstream, then the ForEach's upstream");
        assertTrue(inLoop.inLoop());
        assertEquals("activity('CP_SalesFile_To_Lake').output", inLoop.activityOutputs().get(0).insert());

        DynamicContent top = DynamicContent.of(DEMO, PIPELINE, "/properties/activities/2");
        assertEquals(List.of("LKP_Watermark"), top.activityOutputs().stream().map(DynamicContent.Entry::label).toList());
        assertFalse(top.inLoop());
        assertEquals(List.of("runDate", "region"), top.parameters().stream().map(DynamicContent.Entry::label).toList().subList(0, 2));
        assertEquals("pipeline().parameters.runDate", top.parameters().get(0).insert());
        assertTrue(top.variables().stream().anyMatch(v -> v.insert().equals("variables('processedFiles')")));
        assertFalse(top.globalParameters().isEmpty(), "the factory's global parameters");
    }

    @Test
    void typedTextIsCheckedAndEvaluatedWithTheDefaults() {
        DynamicContent c = DynamicContent.of(DEMO, PIPELINE, "/properties/activities/2");
        assertEquals(List.of(), DynamicContent.check("@concat('sales/', pipeline().parameters.region)"));
        assertTrue(DynamicContent.check("@concat('a', ").get(0).startsWith("PW411"));
        assertTrue(DynamicContent.check("@toLowr('A')").get(0).startsWith("PW412") && DynamicContent.check("@toLowr('A')").get(0).contains("toLower"));
        assertEquals("sales/emea/2026-11-24", c.evaluate("@concat('sales/', pipeline().parameters.region, '/', pipeline().parameters.runDate)").value());
        assertEquals("Run on 2026-11-24", c.evaluate("Run on @{pipeline().parameters.runDate}").value(), "interpolation");
        assertFalse(c.evaluate("@activity('LKP_Watermark').output.firstRow").ok(), "an activity's output is not known before a run");
    }

    @Test
    void everyFunctionListedIsOneTheEvaluatorKnows() {
        assertEquals(84, ExpressionCatalog.functions().size());
        for (var f : ExpressionCatalog.functions()) assertTrue(Functions.isKnown(f.name()), f.name());
        assertEquals(List.of("String", "Collection", "Logical", "Conversion", "Math", "Date"), List.copyOf(ExpressionCatalog.functionsByGroup().keySet()));
    }
}
