package dev.pipewright.core.manage;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gallery's connectors: ADF's display names and groups, searchable, every type with a form listed. */
class ConnectorCatalogTest {
    @Test
    void displayNamesAreAdfsAndSearchFindsByNameTypeOrGroup() {
        assertEquals("Azure Data Lake Storage Gen2", ConnectorCatalog.displayName("AzureBlobFS"));
        assertEquals("Azure Blob Storage", ConnectorCatalog.displayName("azureblobstorage"));
        assertEquals("SomethingNew", ConnectorCatalog.displayName("SomethingNew"), "a type the gallery does not list stays as it is");
        assertEquals(List.of(ConnectorCatalog.Group.AZURE), List.copyOf(ConnectorCatalog.search("lake storage").keySet()));
        assertEquals("AzureBlobFS", ConnectorCatalog.search("gen2").get(ConnectorCatalog.Group.AZURE).get(0).type());
        assertEquals("Sftp", ConnectorCatalog.search("sftp").get(ConnectorCatalog.Group.FILE).get(0).type());
        assertTrue(ConnectorCatalog.search("NoSQL").containsKey(ConnectorCatalog.Group.NOSQL), "the group's name finds its connectors");
        assertTrue(ConnectorCatalog.search("no such store").isEmpty());
        assertEquals("AzureBlobStorage2", ConnectorCatalog.suggestedName("AzureBlobStorage", n -> n.equals("AzureBlobStorage1")));
    }

    @Test
    void everyTypeWithAFormIsInTheGalleryOnce() {
        Set<String> types = new HashSet<>();
        for (var c : ConnectorCatalog.all()) assertTrue(types.add(c.type().toLowerCase()), "listed twice: " + c.type());
        for (String type : LinkedServiceForms.types()) {
            assertTrue(ConnectorCatalog.byType(type).isPresent(), type + " has a form but no tile");
        }
    }
}
