package dev.pipewright.runtime.placement;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The badge's short form names the region (the point of a badge) and never passes its width. */
class RuntimeChoiceTest {
    @Test
    void shortFormsKeepTheRegion() {
        assertEquals("AutoResolve · West US", new RuntimeChoice("AutoResolveIntegrationRuntime", PlacementKind.AZURE, "West US").shortDisplay());
        assertEquals("SHIR-Corp · self-hosted", new RuntimeChoice("SHIR-Corp", PlacementKind.SELF_HOSTED, null).shortDisplay());
        assertEquals("Orchestration · East US", new RuntimeChoice(null, PlacementKind.ORCHESTRATION, "East US").shortDisplay());
        assertEquals("IR-ManagedVNet · West Europe", new RuntimeChoice("IR-ManagedVNet", PlacementKind.MANAGED_VNET, "West Europe").shortDisplay());
        assertEquals("SSIS-Prod · SSIS North Europe", new RuntimeChoice("SSIS-Prod", PlacementKind.AZURE_SSIS, "North Europe").shortDisplay());
        assertEquals("Orchestration", new RuntimeChoice(null, PlacementKind.ORCHESTRATION, null).shortDisplay());
    }

    @Test
    void aLongNameIsCutBeforeTheRegion() {
        String shown = new RuntimeChoice("IR-Contoso-Retail-Production-Primary", PlacementKind.AZURE, "Australia Southeast").shortDisplay();
        assertEquals("IR-Cont… · Australia Southeast", shown.length() <= RuntimeChoice.SHORT_MAX ? shown : "too long: " + shown);
        for (String region : RegionCatalog.standard().regions().stream().map(r -> r.displayName()).toList()) {
            String s = new RuntimeChoice("AutoResolveIntegrationRuntime", PlacementKind.AZURE, region).shortDisplay();
            assertTrue(s.length() <= RuntimeChoice.SHORT_MAX && (s.startsWith("AutoResolve · ") || s.startsWith("Auto · ")) && s.endsWith(" · " + region), s);
        }
    }
}
