package dev.pipewright.core.manage;

import dev.pipewright.core.codec.AdfJsonWriter;
import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.factory.Resource;
import dev.pipewright.core.factory.ResourceKind;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.testing.Corpus;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Global parameters and credentials written as ADF writes them, and refused as ADF refuses them. */
class GlobalParametersAndCredentialsTest {
    private static Factory demo() {
        return Factory.load(Path.of(System.getProperty("pipewright.repo", "../..")).resolve("demo-factory"));
    }

    private static String bytes(Resource r) {
        return new String(r.canonicalBytes(), StandardCharsets.UTF_8);
    }

    @Test
    void theDemoGlobalParametersOfAllSixTypesRoundTripUnchanged() {
        Factory f = demo();
        Resource file = f.resources(ResourceKind.FACTORY).get(0);
        String before = bytes(file);
        List<GlobalParameterEditor.Row> rows = GlobalParameterEditor.rows(f);
        assertEquals(new GlobalParameterEditor.Row("gp_regions", "array", "[\"emea\",\"amer\",\"apac\"]"), rows.get(4));
        assertEquals(List.of(), GlobalParameterEditor.check(rows));
        GlobalParameterEditor.apply(f, rows, "ignored");
        assertEquals(before, bytes(file));
        assertTrue(!file.isModified());
    }

    @Test
    void valuesMustReadAsTheirTypeAndNamesAreUnique() {
        List<GlobalParameterEditor.Row> rows = List.of(new GlobalParameterEditor.Row("gp_days", "int", "ninety"),
                new GlobalParameterEditor.Row("GP_DAYS", "bool", "yes"), new GlobalParameterEditor.Row("2nd", "string", "x"),
                new GlobalParameterEditor.Row("gp_list", "array", "{\"a\": 1}"), new GlobalParameterEditor.Row("gp_when", "date", "x"));
        List<String> messages = GlobalParameterEditor.check(rows).stream().map(Problem::message).toList();
        assertEquals(List.of("Global parameter gp_days: 'ninety' is not a whole number",
                "Global parameter GP_DAYS: the name 'GP_DAYS' is used twice (names ignore case)",
                "Global parameter GP_DAYS: 'yes' is not true or false",
                "Global parameter 2nd: the name '2nd' must be letters, digits and underscores, starting with a letter or underscore",
                "Global parameter gp_list: '{\"a\": 1}' is not a JSON array, e.g. [\"a\", \"b\"]",
                "Global parameter gp_when: type 'date' is not one of [string, int, float, bool, array, object]"), messages);
    }

    @Test
    void aFactoryWithoutAFactoryFileGetsOne() {
        Factory f = new Factory(Path.of("nowhere"));
        assertNull(GlobalParameterEditor.apply(f, new ArrayList<>(List.of(new GlobalParameterEditor.Row("gp_env", "string", "dev"))), "df-new"));
        assertEquals("{\n\t\"name\": \"df-new\",\n\t\"properties\": {\n\t\t\"globalParameters\": {\n\t\t\t\"gp_env\": {\n\t\t\t\t\"type\": "
                + "\"string\",\n\t\t\t\t\"value\": \"dev\"\n\t\t\t}\n\t\t}\n\t}\n}", bytes(f.resources(ResourceKind.FACTORY).get(0)));
    }

    @Test
    void credentialsAreWrittenAsAdfWritesThem() {
        CredentialSettings mi = new CredentialSettings("cred_contoso_uami", null, CredentialSettings.MANAGED_IDENTITY,
                "/subscriptions/00000000-0000-0000-0000-000000000000/resourcegroups/rg-retail-data/providers/Microsoft.ManagedIdentity/"
                        + "userAssignedIdentities/uami-contoso-retail", null, null, null, null, null);
        assertEquals(List.of(), mi.check(false));
        assertEquals(bytes(demo().get(ResourceKind.CREDENTIAL, "cred_contoso_uami").orElseThrow()), AdfJsonWriter.pretty(mi.json()));

        CredentialSettings sp = new CredentialSettings("credential1", null, CredentialSettings.SERVICE_PRINCIPAL, null,
                "f331b859-caa3-4395-bc2d-546406838798", "SPid", "LS_AzureKeyVault", "SPkey", null);
        assertEquals(List.of(), sp.check(false));
        Factory big = Factory.load(Corpus.root().resolve("Azure-Player__azure.datafactory.tools__BigFactorySample2"));
        assertEquals(bytes(big.get(ResourceKind.CREDENTIAL, "credential1").orElseThrow()), AdfJsonWriter.pretty(sp.json()));

        CredentialSettings typedKey = new CredentialSettings("cred_sp", null, CredentialSettings.SERVICE_PRINCIPAL, null, "t", "app",
                null, null, "sp-secret-value");
        assertTrue(AdfJsonWriter.pretty(typedKey.json()).contains("\"value\": \"**********\""));
        assertTrue(!AdfJsonWriter.pretty(typedKey.json()).contains("sp-secret-value"));
        CredentialSettings missing = new CredentialSettings("cred_sp", null, CredentialSettings.SERVICE_PRINCIPAL, null, "", "app",
                null, null, null);
        assertEquals(List.of("tenant: give the tenant ID", "servicePrincipalKey: type the key, or reference an Azure Key Vault secret"),
                missing.check(false).stream().map(Problem::message).toList());
        assertEquals(1, missing.check(true).size(), "a stored key counts");
        CredentialSettings badMi = new CredentialSettings("cred_mi", null, CredentialSettings.MANAGED_IDENTITY, "uami", null, null, null, null, null);
        assertEquals("PW811", badMi.check(false).get(0).code());
    }
}
