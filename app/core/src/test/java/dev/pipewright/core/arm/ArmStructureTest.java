package dev.pipewright.core.arm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.testing.Corpus;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every generated template is a well-formed deployment template; a template read back as a factory publishes to itself. */
class ArmStructureTest {
    private static final String ID = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.DataFactory/factories/";

    @Test
    void everyCorpusFactoryExportsWellFormedTemplates() {
        List<String> findings = new ArrayList<>();
        int exported = 0;
        for (Path root : Corpus.roots()) {
            Factory factory = Factory.load(root);
            if (factory.resources().isEmpty()) continue; // ARM output folders and the template gallery
            ArmExport.Result result = ArmExport.build(factory, FactoryId.parse(ID + "corpus-factory"), new ArmExport.Options(20, ArmExport.MAX_BYTES, false));
            if (!result.ok()) {
                findings.add(root.getFileName() + ": " + result.problems().stream().filter(p -> p.isError()).toList());
                continue;
            }
            exported++;
            findings.addAll(ArmTemplateCheck.checkExport(result.files()).stream().map(f -> root.getFileName() + ": " + f).toList());
            for (Map.Entry<String, byte[]> file : result.files().entrySet()) {
                byte[] again = AdfJsonWriter.prettyBytes(TemplateComparison.read(file.getValue()));
                if (!java.util.Arrays.equals(again, file.getValue())) findings.add(root.getFileName() + ": " + file.getKey() + " is not in ADF's format");
            }
            String all = new String(result.files().get("ARMTemplateForFactory.json"), java.nio.charset.StandardCharsets.UTF_8);
            if (all.contains("encryptedCredential")) findings.add(root.getFileName() + ": encryptedCredential left in the template");
            if (all.contains("\"**********\"")) findings.add(root.getFileName() + ": a masked secret left in the template");
        }
        assertEquals(List.of(), findings);
        assertTrue(exported >= 14, "git-layout roots exported: " + exported);
    }

    @Test
    void theCheckFindsUndeclaredParametersAndDanglingDependencies() throws Exception {
        JsonNode bad = new ObjectMapper().readTree("""
                {"$schema": "s", "contentVersion": "1.0.0.0", "parameters": {"factoryName": {"type": "string"}},
                 "variables": {"factoryId": "[concat('Microsoft.DataFactory/factories/', parameters('factoryName'))]"},
                 "resources": [{"name": "[concat(parameters('factoryName'), '/p')]", "type": "Microsoft.DataFactory/factories/pipelines",
                   "apiVersion": "2018-06-01", "properties": {"x": "[parameters('nope')]", "y": "[variables('other')]"},
                   "dependsOn": ["[concat(variables('factoryId'), '/datasets/missing')]"]}, {"name": "n"}]}""");
        List<String> findings = ArmTemplateCheck.check("t.json", bad, new java.util.HashSet<>());
        assertEquals(5, findings.size(), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.contains("'nope' is used but not declared")));
        assertTrue(findings.stream().anyMatch(f -> f.contains("variable 'other'")));
        assertTrue(findings.stream().anyMatch(f -> f.contains("depends on datasets/missing")));
    }

    /**
     * Azure-Player's armtemplate pair has no git side in the corpus: its factory is read back from the template
     * (each parameter replaced by its default, the secure connection string by a plain one as git holds it) and must
     * publish to the same template.
     */
    @Test
    void azurePlayerTemplateReadBackAsAFactoryPublishesToItself(@TempDir Path dir) throws Exception {
        Path expected = Corpus.root().resolve("Azure-Player__azure.datafactory.tools__armtemplate");
        JsonNode template = TemplateComparison.read(expected.resolve("ARMTemplateForFactory.json"));
        FactoryFolder folder = new FactoryFolder(dir);
        Map<String, String> folders = Map.of("pipelines", "pipeline", "datasets", "dataset", "linkedServices", "linkedService");
        for (JsonNode r : template.get("resources")) {
            String key = ArmTemplateCheck.key(r);
            String name = key.substring(key.indexOf('/') + 1);
            ObjectNode file = new ObjectMapper().createObjectNode();
            file.put("name", name);
            file.set("properties", unparameterize(r.get("properties").deepCopy(), template.get("parameters")));
            folder.file(folders.get(key.substring(0, key.indexOf('/'))) + "/" + name + ".json", AdfJsonWriter.pretty(file));
        }
        ArmExport.Result result = ArmExport.build(Factory.load(dir), FactoryId.parse(ID + "adf-simpledeployment-dev"), ArmExport.Options.ADF);
        assertTrue(result.ok(), result.problems().toString());
        List<String> report = new TemplateComparison(List.of(new TemplateComparison.Exclusion("pipelines/PL_CopyFiles", "/properties/policy",
                "older output than publish's pipeline policy default (which the 2021 and later exports show); re-indented by another tool")))
                .templates("ARMTemplateForFactory.json", template, TemplateComparison.read(result.files().get("ARMTemplateForFactory.json")))
                .parametersFiles("ARMTemplateParametersForFactory.json", TemplateComparison.read(expected.resolve("ARMTemplateParametersForFactory.json")),
                        TemplateComparison.read(result.files().get("ARMTemplateParametersForFactory.json")))
                .report();
        assertEquals(List.of(), report);
        assertTrue(Files.isDirectory(dir.resolve("pipeline")));
    }

    private static JsonNode unparameterize(JsonNode node, JsonNode parameters) {
        if (node.isTextual() && node.textValue().startsWith("[parameters('")) {
            String name = node.textValue().substring("[parameters('".length(), node.textValue().length() - 3);
            JsonNode d = parameters.get(name).get("defaultValue");
            return d != null ? d : TextNode.valueOf("Integrated Security=False;Encrypt=True;Data Source=git-holds-no-secret");
        }
        if (node instanceof ObjectNode o) o.fields().forEachRemaining(e -> e.setValue(unparameterize(e.getValue(), parameters)));
        if (node.isArray()) for (int i = 0; i < node.size(); i++) ((com.fasterxml.jackson.databind.node.ArrayNode) node).set(i, unparameterize(node.get(i), parameters));
        return node;
    }
}
