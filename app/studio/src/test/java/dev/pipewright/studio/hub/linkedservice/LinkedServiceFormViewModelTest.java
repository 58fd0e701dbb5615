package dev.pipewright.studio.hub.linkedservice;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.codec.JsonReader;
import dev.pipewright.core.manage.LsField;
import dev.pipewright.core.manage.ResourceJsonEditor;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The form's view model, plain JUnit: load, change, write back; typed secrets stay out of the JSON. */
class LinkedServiceFormViewModelTest {
    @Test
    void loadingAFileAndChangingOneFieldWritesOnlyThatField() {
        String text = "{\n\t\"name\": \"LS_Files\",\n\t\"properties\": {\n\t\t\"annotations\": [],\n\t\t\"type\": \"FileServer\",\n"
                + "\t\t\"typeProperties\": {\n\t\t\t\"host\": \"\\\\\\\\files\\\\share\",\n\t\t\t\"userId\": \"CORP\\\\etl\",\n"
                + "\t\t\t\"encryptedCredential\": \"abc\"\n\t\t}\n\t}\n}";
        ObjectNode json = (ObjectNode) JsonReader.read(text, null).root();
        LinkedServiceFormViewModel vm = new LinkedServiceFormViewModel();
        AtomicInteger changes = new AtomicInteger();
        vm.onChange(changes::incrementAndGet);
        vm.load(json, false);
        assertEquals(0, changes.get(), "loading is not a change");
        assertEquals("FileServer", vm.formProperty().get().type());
        assertEquals("\\\\files\\share", vm.value("host").get());

        vm.value("userId").set("CORP\\reader");
        vm.typedSecret("password").set("Files-Pa55");
        assertEquals(2, changes.get());
        Map<String, String> secrets = vm.writeInto(json);
        assertEquals(Map.of("typeProperties.password", "Files-Pa55"), secrets);
        String written = AdfJsonWriter.pretty(json);
        assertEquals(text.replace("CORP\\\\etl\",\n\t\t\t\"encryptedCredential\": \"abc\"", "CORP\\\\reader\",\n\t\t\t\"password\": {\n"
                + "\t\t\t\t\"type\": \"SecureString\",\n\t\t\t\t\"value\": \"**********\"\n\t\t\t},\n\t\t\t\"encryptedCredential\": \"abc\""), written);
        assertFalse(written.contains("Files-Pa55"));
        vm.clearTypedSecrets();
        assertEquals("", vm.typedSecret("password").get());
    }

    @Test
    void aNewLinkedServiceStartsAtTheFormsDefaultsAndATypeWithoutAFormKeepsOnlyTheCommonFields() {
        LinkedServiceFormViewModel vm = new LinkedServiceFormViewModel();
        ObjectNode sql = ResourceJsonEditor.newLinkedService("LS_Sql", "AzureSqlDatabase");
        vm.load(sql, true);
        assertEquals("mandatory", vm.value("encrypt").get());
        assertEquals(LsField.SECURE_STRING, vm.value(LsField.source("password")).get());
        assertTrue(vm.check(p -> false).stream().anyMatch(p -> p.field().equals("typeProperties.server")));

        ObjectNode other = ResourceJsonEditor.newLinkedService("LS_Sf", "Salesforce");
        vm.load(other, true);
        assertNull(vm.formProperty().get());
        vm.description.set("CRM");
        vm.addParameter().defaultValue.set("x");
        vm.writeInto(other);
        assertEquals("{\"description\":\"CRM\",\"parameters\":{\"param1\":{\"type\":\"String\",\"defaultValue\":\"x\"}},\"annotations\":[],"
                + "\"type\":\"Salesforce\",\"typeProperties\":{}}", other.get("properties").toString());
    }
}
