package dev.pipewright.core.ir;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.model.IntegrationRuntime;
import dev.pipewright.core.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The IR list as ADF shows it, with what uses each IR. */
class IrListingTest {
    @Test
    void theDemoFactoryListsTheImplicitDefaultFirstAndEveryKind() {
        List<IrListing.Row> rows = IrListing.rows(Factory.load(IrFixtures.demoFactory()));
        assertEquals(List.of("AutoResolveIntegrationRuntime", "IR-ManagedVNet", "IR-WestEurope", "SHIR-Corp", "SHIR-Shared-Finance",
                "SSIS-EastUS"), rows.stream().map(IrListing.Row::name).toList());
        IrListing.Row auto = rows.get(0);
        assertTrue(auto.implicit());
        assertEquals("Azure Public Auto Resolve", auto.typeLabel() + " " + auto.subType() + " " + auto.region());
        assertTrue(auto.usedBy().contains("linkedService/LS_Blob_Landing"), auto.usedBy().toString());
        assertEquals("Managed Virtual Network Auto Resolve", rows.get(1).subType() + " " + rows.get(1).region());
        assertEquals("West Europe", rows.get(2).region());
        assertEquals(IntegrationRuntime.Kind.SELF_HOSTED, rows.get(3).kind());
        assertTrue(rows.get(3).usedBy().contains("linkedService/LS_SqlServer_Stores"), rows.get(3).usedBy().toString());
        assertEquals(IntegrationRuntime.Kind.LINKED_SELF_HOSTED, rows.get(4).kind());
        assertEquals("Azure-SSIS East US", rows.get(5).typeLabel() + " " + rows.get(5).region());
    }

    @Test
    void aFactoryWithAFileForTheDefaultListsItOnce() {
        List<IrListing.Row> rows = IrListing.rows(Factory.load(Corpus.root().resolve("KV-APAC-DNA__gitadfadbplt001")));
        assertEquals(1, rows.stream().filter(r -> r.name().equals("AutoResolveIntegrationRuntime")).count());
        assertFalse(rows.get(0).implicit());
        assertEquals("Managed Virtual Network", rows.get(0).subType());
    }
}
