package dev.pipewright.runtime.connect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.plugins.api.Column;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.ProfileReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Preview data from a Copy or Lookup source previews the source's query, as ADF does, on the demo factory's SQLite
 * stand-ins: PL_Refresh_Loyalty copies {@code SELECT member_id, tier, joined_on FROM public.members}.
 */
class SourcePreviewTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private Connections connections;
    private JsonNode copy;

    @BeforeEach
    void demo() {
        Path repo = Path.of(System.getProperty("pipewright.repo", "../.."));
        ProfileReader.Result read = ProfileReader.read(repo.resolve("demo-env/local.json"), RegionCatalog.standard());
        assertTrue(read.ok(), read.problems().toString());
        Factory demo = Factory.load(repo.resolve("demo-factory"));
        connections = new Connections(demo, read.profile(), repo.resolve("demo-env"), ConnectorHost.discover(), n -> null);
        copy = demo.get(ResourceKind.PIPELINE, "PL_Refresh_Loyalty").orElseThrow().json().at("/properties/activities/0");
    }

    private static List<String> names(PreviewResult r) {
        return r.columns().stream().map(Column::name).toList();
    }

    @Test
    void theCopySourcesQueryIsPreviewedNotTheDatasetsTable() {
        PreviewResult source = connections.previewFrom(copy, null, "DS_Postgres_Members", 10, Map.of(), new Call());
        assertTrue(source.ok(), source.problems().toString());
        assertEquals(List.of("member_id", "tier", "joined_on"), names(source), "the query's columns");
        PreviewResult table = connections.preview("DS_Postgres_Members", 10, Map.of(), null, new Call());
        assertTrue(names(table).size() > 3 && names(table).contains("email"), "the dataset alone is the whole table: " + names(table));
        assertEquals(names(connections.preview("DS_Sql_LoyaltyMembers", 10, Map.of(), null, new Call())),
                names(connections.previewFrom(copy, null, "DS_Sql_LoyaltyMembers", 10, Map.of(), new Call())),
                "the sink's dataset is previewed as it is, not through the source's query");
    }

    @Test
    void expressionsInTheQueryTakeThePipelinesParameterDefaultsAndOtherwiseSayWhy() throws Exception {
        JsonNode lookup = JSON.readTree("""
                {"name": "LKP_Gold", "type": "Lookup", "typeProperties": {
                  "source": {"type": "PostgreSqlSource", "query": {"type": "Expression",
                    "value": "@concat('SELECT member_id FROM public.members WHERE tier = ''', pipeline().parameters.tier, '''')"}},
                  "dataset": {"referenceName": "DS_Postgres_Members", "type": "DatasetReference"}, "firstRowOnly": false}}""");
        JsonNode parameters = JSON.readTree("{\"tier\": {\"type\": \"string\", \"defaultValue\": \"Gold\"}}");
        PreviewResult gold = connections.previewFrom(lookup, parameters, "DS_Postgres_Members", 10, Map.of(), new Call());
        assertTrue(gold.ok(), gold.problems().toString());
        assertEquals(List.of("member_id"), names(gold));
        assertEquals(1, gold.rows().size(), "the Gold members only");

        ((com.fasterxml.jackson.databind.node.ObjectNode) lookup.at("/typeProperties/source/query")).put("value",
                "@concat('SELECT member_id FROM public.members WHERE tier = ''', item(), '''')");
        PreviewResult inLoop = connections.previewFrom(lookup, parameters, "DS_Postgres_Members", 10, Map.of(), new Call());
        assertEquals(List.of("PW711"), inLoop.problems().stream().map(p -> p.code()).toList());
        assertTrue(inLoop.problems().get(0).hint().contains("only in a run"), inLoop.problems().get(0).hint());
        assertEquals(List.of(), inLoop.rows(), "nothing else is previewed in its place");
    }
}
