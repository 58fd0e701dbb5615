package dev.pipewright.core.arm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FactoryIdTest {
    @Test
    void theNpmUtilitysFormAndSynapsesParse() {
        FactoryId id = FactoryId.parse("/subscriptions/1234/resourceGroups/rg-dev/providers/Microsoft.DataFactory/factories/adf-dev-01");
        assertEquals("1234", id.subscription());
        assertEquals("rg-dev", id.resourceGroup());
        assertEquals("adf-dev-01", id.factoryName());
        assertFalse(id.synapse());
        assertEquals("/subscriptions/1234/resourceGroups/rg-dev/providers/Microsoft.DataFactory/factories/adf-dev-01", id.toString());
        assertTrue(FactoryId.parse("subscriptions/1/resourcegroups/rg/providers/microsoft.synapse/workspaces/ws1/").synapse());
    }

    @Test
    void anotherFormSaysWhatTheFormIs() {
        for (String bad : new String[] {"", "adf-dev-01", "/subscriptions/1/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/a",
                "/subscriptions/1/resourceGroups/rg/providers/Microsoft.DataFactory/factories/a", "/subscriptions/1/resourceGroups/rg/providers/Microsoft.DataFactory/factories/-x-"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FactoryId.parse(bad), bad);
            assertTrue(e.getMessage().contains(FactoryId.FORM), e.getMessage());
        }
    }
}
