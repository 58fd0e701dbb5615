package dev.pipewright.runtime.profile;

import dev.pipewright.core.problem.Problem;
import dev.pipewright.runtime.placement.RegionCatalog;
import dev.pipewright.runtime.profile.EnvironmentProfile.Approval;
import dev.pipewright.runtime.profile.EnvironmentProfile.Mode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading environment profiles: every field, the defaults, and an actionable problem (file, line, column, hint) for each mistake. */
class ProfileReaderTest {
    private static final RegionCatalog REGIONS = RegionCatalog.standard();

    private static ProfileReader.Result parse(String json) {
        return ProfileReader.parse(json, "stage.json", REGIONS);
    }

    @Test
    void readsEveryField() {
        ProfileReader.Result r = parse("""
                {
                  "description": "test stage",
                  "factory": { "name": "contoso-df", "region": "eastus", "mode": "Synapse", "managedVirtualNetwork": true },
                  "linkedServices": {
                    "BlobSales":  { "region": "West US", "network": "public" },
                    "SqlOnPrem":  { "network": "private:corp", "localEndpoint": { "jdbcUrl": "jdbc:postgresql://localhost/sales" } },
                    "LakePrivate": { "network": "PRIVATE:azure", "privateEndpoint": "mpe-lake" }
                  },
                  "selfHostedNetworks": { "SHIR-Corp": ["corp", "dmz"] },
                  "keepDataIn": ["united states", "Europe"],
                  "managedPrivateEndpoints": { "mpe-lake": "approved" }
                }""");
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(List.of(), r.problems());
        EnvironmentProfile p = r.profile();
        assertEquals(Optional.of("contoso-df"), p.factoryName());
        assertEquals(Optional.of("East US"), p.factoryRegion(), "region names are normalised to display names");
        assertEquals("the profile", p.factoryRegionSource());
        assertEquals(Mode.SYNAPSE, p.mode());
        assertEquals(Optional.of(true), p.managedVirtualNetwork());
        assertEquals(Optional.of("West US"), p.linkedService("blobsales").region(), "linked service names ignore case");
        assertTrue(p.linkedService("BlobSales").network().isPublic());
        assertTrue(p.linkedService("SqlOnPrem").network().isPrivate("CORP"));
        assertEquals("jdbc:postgresql://localhost/sales", p.linkedService("SqlOnPrem").localEndpoint().get("jdbcUrl").textValue());
        assertEquals("private:azure", p.linkedService("LakePrivate").network().toString());
        assertEquals(Optional.of("mpe-lake"), p.linkedService("LakePrivate").privateEndpoint());
        assertEquals(Set.of("corp", "dmz"), p.networksOf("shir-corp"));
        assertEquals(List.of("United States", "Europe"), p.keepDataIn());
        assertEquals(Optional.of(Approval.APPROVED), p.endpointApproval("MPE-LAKE"));
        assertTrue(p.fromFile());
    }

    @Test
    void unlistedThingsHaveDefaults() {
        EnvironmentProfile p = parse("{}").profile();
        assertEquals(Mode.DATA_FACTORY, p.mode());
        assertTrue(p.factoryRegion().isEmpty());
        assertTrue(p.linkedService("Anything").network().isPublic());
        assertTrue(p.linkedService("Anything").region().isEmpty());
        assertEquals(Set.of(), p.networksOf("SHIR"));
        assertEquals(List.of(), p.keepDataIn());
        EnvironmentProfile defaults = EnvironmentProfile.defaults();
        assertFalse(defaults.fromFile());
        assertEquals(Mode.DATA_FACTORY, defaults.mode());
        assertEquals(Optional.of("West Europe"), defaults.withFactoryRegion("West Europe", "--factory-region").factoryRegion());
    }

    /** Each bad profile: the code, line and column, and words of the message and the hint. */
    static Stream<Arguments> badProfiles() {
        return Stream.of(
                Arguments.of("not JSON", "{\n  \"factory\": {\"region\": \"East US\",}\n}", "PW101", 2, 35, "Expected a key in double quotes", "nothing is resolved"),
                Arguments.of("empty file", "", "PW101", 1, 1, "empty", ""),
                Arguments.of("duplicate key", "{\"factory\": {}, \"factory\": {}}", "PW105", 1, 17, "appears twice", ""),
                Arguments.of("not an object", "[1, 2]", "PW620", 1, 1, "not a list", "Start from"),
                Arguments.of("factory not an object", "{\n  \"factory\": \"East US\"\n}", "PW620", 2, 3, "factory must be an object", "Wrap it"),
                Arguments.of("unknown region", "{\n  \"factory\": {\n    \"region\": \"Wset US\"\n  }\n}", "PW620", 3, 5,
                        "Unknown region \"Wset US\" (did you mean West US?)", "region display name"),
                Arguments.of("region not a string", "{\"factory\": {\"region\": 42}}", "PW620", 1, 14, "not the number 42", "double quotes"),
                Arguments.of("bad mode", "{\"factory\": {\"mode\": \"Fabric\"}}", "PW620", 1, 14, "Unknown mode \"Fabric\"", "\"DataFactory\" or \"Synapse\""),
                Arguments.of("bad managedVirtualNetwork", "{\"factory\": {\"managedVirtualNetwork\": \"yes\"}}", "PW620", 1, 14,
                        "must be true or false", "without quotes"),
                Arguments.of("linked service not an object", "{\"linkedServices\": {\"Blob\": \"West US\"}}", "PW620", 1, 21,
                        "linkedServices.Blob must be an object", "\"network\": \"public\""),
                Arguments.of("bad network", "{\"linkedServices\": {\n  \"Sql\": {\"network\": \"vpn\"}\n}}", "PW620", 2, 11,
                        "Unknown network \"vpn\"", "\"public\" or \"private:<name>\""),
                Arguments.of("private network without a name", "{\"linkedServices\": {\"Sql\": {\"network\": \"private:\"}}}", "PW620", 1, 29,
                        "Unknown network \"private:\"", "private:corp"),
                Arguments.of("unknown linked-service region", "{\"linkedServices\": {\"Blob\": {\"region\": \"Moon\"}}}", "PW620", 1, 30,
                        "Unknown region \"Moon\"", ""),
                Arguments.of("selfHostedNetworks not a list", "{\"selfHostedNetworks\": {\"SHIR\": \"corp\"}}", "PW620", 1, 25,
                        "selfHostedNetworks.SHIR must be a list of strings", "[\"corp\"]"),
                Arguments.of("selfHostedNetworks with a number", "{\"selfHostedNetworks\": {\"SHIR\": [\"corp\", 7]}}", "PW620", 1, 25,
                        "must list non-empty strings", ""),
                Arguments.of("unknown geography", "{\"keepDataIn\": \"Eurpoe\"}", "PW620", 1, 2, "Unknown geography \"Eurpoe\" (did you mean Europe?)",
                        "United States"),
                Arguments.of("keepDataIn not text", "{\"keepDataIn\": {\"geo\": \"Europe\"}}", "PW620", 1, 2, "keepDataIn must be a list", ""),
                Arguments.of("bad approval state", "{\"managedPrivateEndpoints\": {\"mpe\": \"Maybe\"}}", "PW620", 1, 30,
                        "approval state, not the string \"Maybe\"", "\"Approved\", \"Pending\" or \"Rejected\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badProfiles")
    void badProfilesAreRejectedWithPositionAndHint(String name, String json, String code, int line, int column, String message, String hint) {
        ProfileReader.Result r = parse(json);
        assertFalse(r.ok(), name);
        assertNull(r.profile());
        Problem p = r.problems().stream().filter(Problem::isError).findFirst().orElseThrow();
        assertEquals(code, p.code(), p.toString());
        assertEquals("stage.json", p.file());
        assertEquals(line, p.line(), p.toString());
        assertEquals(column, p.column(), p.toString());
        assertTrue(p.message().contains(message), p.toString());
        assertTrue(p.hint().contains(hint), p.toString());
    }

    @Test
    void unknownKeysAreWarningsWithASuggestionAndTheProfileIsStillUsed() {
        ProfileReader.Result r = parse("{\n  \"factory\": {\"regoin\": \"West US\"},\n  \"linkedService\": {}\n}");
        assertTrue(r.ok());
        assertEquals(2, r.problems().size(), r.problems().toString());
        Problem regoin = r.problems().get(0);
        assertEquals("PW622", regoin.code());
        assertEquals("Unknown key \"regoin\" in factory is ignored", regoin.message());
        assertEquals("Did you mean \"region\"?", regoin.hint());
        assertEquals(2, regoin.line());
        Problem top = r.problems().get(1);
        assertEquals("Unknown key \"linkedService\" at the top level is ignored", top.message());
        assertEquals("Did you mean \"linkedServices\"?", top.hint());
    }

    @Test
    void allErrorsAreReportedAtOnce() {
        ProfileReader.Result r = parse("{\"factory\": {\"region\": \"Mars\", \"mode\": \"x\"}, \"keepDataIn\": \"nowhere\"}");
        assertEquals(3, r.problems().stream().filter(Problem::isError).count(), r.problems().toString());
    }

    @Test
    void readsFilesAndReportsMissingOnes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dev.json");
        Files.writeString(file, "{\"factory\": {\"region\": \"West Europe\"}}");
        ProfileReader.Result ok = ProfileReader.read(file, REGIONS);
        assertEquals(Optional.of("West Europe"), ok.profile().factoryRegion());
        assertEquals(file.toString(), ok.profile().source().file());

        ProfileReader.Result missing = ProfileReader.read(dir.resolve("nope.json"), REGIONS);
        assertFalse(missing.ok());
        Problem p = missing.problems().get(0);
        assertEquals("PW110", p.code());
        assertTrue(p.message().contains("No such file"), p.message());
        assertTrue(p.hint().contains("leave out --env"), p.hint());
    }

    @Test
    void networksParse() {
        assertEquals(Optional.of(Network.PUBLIC), Network.parse(" Public "));
        assertEquals(Optional.of(new Network("corp")), Network.parse("private:corp"));
        assertTrue(Network.parse("private: ").isEmpty());
        assertTrue(Network.parse("internal").isEmpty());
    }
}
