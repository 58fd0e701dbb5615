package dev.pipewright.core.refs;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceId;
import dev.pipewright.core.testing.FactoryFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static dev.pipewright.core.factory.ResourceKind.CREDENTIAL;
import static dev.pipewright.core.factory.ResourceKind.DATASET;
import static dev.pipewright.core.factory.ResourceKind.INTEGRATION_RUNTIME;
import static dev.pipewright.core.factory.ResourceKind.LINKED_SERVICE;
import static dev.pipewright.core.factory.ResourceKind.PIPELINE;
import static dev.pipewright.core.factory.ResourceKind.TRIGGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceGraphTest {
    @TempDir
    Path dir;
    ReferenceGraph graph;

    private static String ref(String name, String type) {
        return "{\"referenceName\": \"" + name + "\", \"type\": \"" + type + "\"}";
    }

    @BeforeEach
    void factory() {
        new FactoryFolder(dir)
                .file("integrationRuntime/SHIR-Corp.json", "{\"name\": \"SHIR-Corp\", \"properties\": {\"type\": \"SelfHosted\"}}")
                .file("credential/Uami.json", "{\"name\": \"Uami\", \"properties\": {\"type\": \"ManagedIdentity\"}}")
                .file("linkedService/Vault.json", "{\"name\": \"Vault\", \"properties\": {\"type\": \"AzureKeyVault\", \"typeProperties\": {\"credential\": "
                        + ref("Uami", "CredentialReference") + "}}}")
                .file("linkedService/Sql.json", "{\"name\": \"Sql\", \"properties\": {\"type\": \"SqlServer\", \"connectVia\": "
                        + ref("SHIR-Corp", "IntegrationRuntimeReference") + ", \"typeProperties\": {\"password\": {\"type\": \"AzureKeyVaultSecret\", \"store\": "
                        + ref("Vault", "LinkedServiceReference") + ", \"secretName\": \"sql\"}}}}")
                .file("dataset/Orders.json", "{\"name\": \"Orders\", \"properties\": {\"type\": \"SqlServerTable\", \"linkedServiceName\": "
                        + ref("Sql", "LinkedServiceReference") + "}}")
                .pipeline("Child", "[]")
                .pipeline("Main", "[{\"name\": \"Read\", \"type\": \"Lookup\", \"typeProperties\": {\"dataset\": " + ref("Orders", "DatasetReference")
                        + "}}, {\"name\": \"Loop\", \"type\": \"ForEach\", \"typeProperties\": {\"activities\": [{\"name\": \"Run\", \"type\": \"ExecutePipeline\", "
                        + "\"typeProperties\": {\"pipeline\": " + ref("Child", "PipelineReference") + "}}]}}]")
                .file("trigger/Nightly.json", "{\"name\": \"Nightly\", \"properties\": {\"type\": \"ScheduleTrigger\", \"pipelines\": [{\"pipelineReference\": "
                        + ref("main", "PipelineReference") + "}]}}");
        graph = ReferenceGraph.of(Factory.load(dir));
    }

    private static Set<String> names(java.util.Collection<ResourceId> ids) {
        return ids.stream().map(ResourceId::toString).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @Test
    void whatDoesAPipelineUse() {
        assertEquals(Set.of("dataset/Orders", "pipeline/Child"),
                names(graph.uses(ResourceId.of(PIPELINE, "Main")).stream().map(Reference::to).toList()));
        assertEquals(Set.of("dataset/Orders", "pipeline/Child", "linkedService/Sql", "linkedService/Vault",
                        "integrationRuntime/SHIR-Corp", "credential/Uami"),
                names(graph.usesTransitively(ResourceId.of(PIPELINE, "Main"))));
    }

    @Test
    void whatUsesAResource() {
        assertEquals(Set.of("linkedService/Sql"), names(graph.usedBy(ResourceId.of(INTEGRATION_RUNTIME, "shir-corp")).stream().map(Reference::from).toList()));
        assertEquals(Set.of("linkedService/Vault"), names(graph.usedBy(ResourceId.of(CREDENTIAL, "Uami")).stream().map(Reference::from).toList()));
        assertEquals(Set.of("linkedService/Sql"), names(graph.usedBy(ResourceId.of(LINKED_SERVICE, "Vault")).stream().map(Reference::from).toList()));
        assertEquals(Set.of("trigger/Nightly"), names(graph.usedBy(ResourceId.of(PIPELINE, "Main")).stream().map(Reference::from).toList()),
                "names match ignoring case, as in ADF");
        assertEquals(Set.of("dataset/Orders", "pipeline/Main", "trigger/Nightly", "linkedService/Sql"),
                names(graph.usedByTransitively(ResourceId.of(LINKED_SERVICE, "Vault"))).stream()
                        .filter(n -> !n.startsWith("pipeline/Child")).collect(Collectors.toSet()));
        assertTrue(graph.usedBy(ResourceId.of(TRIGGER, "Nightly")).isEmpty());
    }

    @Test
    void referencePointersLeadToTheReferenceObject() {
        Reference lookup = graph.uses(ResourceId.of(PIPELINE, "Main")).stream()
                .filter(r -> r.to().kind() == DATASET).findFirst().orElseThrow();
        assertEquals("/properties/activities/0/typeProperties/dataset", lookup.pointer());
        assertTrue(graph.dangling().isEmpty(), graph.dangling().toString());
    }
}
