package dev.pipewright.core.manage;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The dataset Connection tab's fields without a window: which fields a dataset has, and text to JSON and back. */
class DatasetFieldTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, DatasetField> fields(String type, String location) {
        return DatasetField.forDataset(type, location).stream().collect(Collectors.toMap(DatasetField::id, Function.identity()));
    }

    @Test
    void aDelimitedTextDatasetOnBlobHasTheLocationThenAdfsFormatSettings() {
        List<String> ids = DatasetField.forDataset("DelimitedText", "AzureBlobStorageLocation").stream().map(DatasetField::id).toList();
        assertEquals(List.of("ds-location-container", "ds-location-folderPath", "ds-location-fileName", "ds-columnDelimiter",
                "ds-rowDelimiter", "ds-encodingName", "ds-compressionCodec", "ds-compressionLevel", "ds-escapeChar", "ds-quoteChar",
                "ds-firstRowAsHeader", "ds-nullValue"), ids);
        assertEquals(List.of("ds-table-schema", "ds-table-name"),
                DatasetField.forDataset("AzureSqlTable", null).stream().map(DatasetField::id).toList());
    }

    @Test
    void textBecomesAdfsValuesAndBack() throws Exception {
        Map<String, DatasetField> f = fields("DelimitedText", "AzureBlobStorageLocation");
        DatasetField column = f.get("ds-columnDelimiter");
        assertEquals("\t", column.value("\\t").textValue(), "an escape typed is the character");
        assertEquals("", column.value("").textValue(), "no delimiter is kept as \"\"");
        assertNull(f.get("ds-rowDelimiter").value(""), "an empty row delimiter removes the member (ADF's default)");
        assertEquals(true, f.get("ds-firstRowAsHeader").value("true").booleanValue());
        assertEquals(JSON.readTree("{\"value\": \"@dataset().folder\", \"type\": \"Expression\"}"),
                f.get("ds-location-folderPath").value("@dataset().folder"));
        assertNull(f.get("ds-nullValue").value(""), "empty text removes an optional member");

        ObjectNode ds = (ObjectNode) JSON.readTree("""
                {"name": "DS", "properties": {"type": "DelimitedText", "typeProperties": {
                  "location": {"type": "AzureBlobStorageLocation", "folderPath": {"value": "@dataset().folder", "type": "Expression"}},
                  "columnDelimiter": "\\t", "firstRowAsHeader": true}}}""");
        assertEquals("\\t", column.text(ds), "a control character is shown as its escape");
        assertEquals("@dataset().folder", f.get("ds-location-folderPath").text(ds));
        assertEquals("true", f.get("ds-firstRowAsHeader").text(ds));
        assertEquals("false", fields("DelimitedText", "AzureBlobStorageLocation").get("ds-firstRowAsHeader")
                .text((ObjectNode) JSON.readTree("{\"properties\": {\"typeProperties\": {}}}")), "a missing check box is unchecked");
        assertEquals("columnDelimiter", column.key());
    }
}
