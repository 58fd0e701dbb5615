package dev.pipewright.studio.dataset;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.manage.DatasetField;
import dev.pipewright.studio.hub.HubFixture;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dataset form's rules without a window: fields per type, escapes, another store's location, undo. */
class DatasetEditorViewModelTest {
    private final Factory factory = Factory.load(HubFixture.repo().resolve("demo-factory"));

    private DatasetEditorViewModel open(String name) {
        return new DatasetEditorViewModel(factory, factory.get(ResourceKind.DATASET, name).orElseThrow(), Runnable::run, f -> null, () -> { });
    }

    private static String json(DatasetEditorViewModel vm) {
        return new String(vm.resource().canonicalBytes(), StandardCharsets.UTF_8);
    }

    private static DatasetField field(DatasetEditorViewModel vm, String id) {
        return vm.fields().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void fieldsFollowTheDatasetType() {
        assertEquals(List.of("ds-table-schema", "ds-table-name"), open("DS_Sql_FactSales").fields().stream().map(DatasetField::id).toList());
        assertEquals(List.of("ds-location-relativeUrl", "ds-encodingName", "ds-compression-type", "ds-compression-level"),
                open("DS_Http_ExchangeRates").fields().stream().map(DatasetField::id).toList());
        DatasetEditorViewModel lake = open("DS_Lake_StoresCsv");
        assertEquals("curated", lake.text(field(lake, "ds-location-fileSystem")));
        assertEquals(List.of("LS_Blob_Landing", "LS_Http_ExchangeRates", "LS_Lake_Curated", "LS_Sftp_Suppliers"), lake.linkedServices(),
                "only stores that hold files");
    }

    @Test
    void tabsAndExpressionsAreTypedAsAdfShowsThem() {
        DatasetEditorViewModel vm = open("DS_Blob_SalesCsv");
        assertEquals("@dataset().fileName", vm.text(field(vm, "ds-location-fileName")));
        assertTrue(vm.set(field(vm, "ds-columnDelimiter"), "\\t"));
        assertTrue(json(vm).contains("\"columnDelimiter\": \"\\t\""), json(vm));
        assertEquals("\\t", vm.text(field(vm, "ds-columnDelimiter")));
        assertTrue(vm.set(field(vm, "ds-location-folderPath"), "@concat('sales/', dataset().fileName)"));
        assertTrue(json(vm).contains("\"folderPath\": {\n\t\t\t\t\t\"value\": \"@concat('sales/', dataset().fileName)\",\n\t\t\t\t\t\"type\": \"Expression\""));
        assertTrue(vm.set(field(vm, "ds-quoteChar"), ""));
        assertTrue(json(vm).contains("\"quoteChar\": \"\""), "no quote character is an empty string, as ADF writes it");
        vm.undo();
        vm.undo();
        vm.undo();
        assertFalse(vm.resource().isModified());
    }

    @Test
    void anotherStoresLinkedServiceMovesTheLocationInOneEdit() {
        DatasetEditorViewModel vm = open("DS_Blob_SalesCsv");
        assertTrue(vm.setLinkedService("LS_Lake_Curated"));
        assertEquals("AzureBlobFSLocation", vm.locationType());
        assertTrue(json(vm).contains("\"folderPath\": \"sales/daily\",\n\t\t\t\t\"fileSystem\": \"landing\"\n"), json(vm));
        vm.undo();
        assertEquals("AzureBlobStorageLocation", vm.locationType());
        assertFalse(vm.resource().isModified());
    }
}
