package dev.pipewright.runtime.placement;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped region catalog: contents, case- and space-insensitive look-up, distances, nearest region with an Azure IR. */
class RegionCatalogTest {
    private final RegionCatalog catalog = RegionCatalog.standard();

    @Test
    void holdsThePhysicalRegionsOfTheReferenceWithoutCanaryOrStage() {
        assertEquals(58, catalog.regions().size(), "62 rows in reference §9 minus 2 EUAP and 2 STG");
        assertTrue(catalog.regions().stream().noneMatch(r -> r.name().endsWith("euap") || r.name().endsWith("stg")));
        Region westUs = catalog.find("westus").orElseThrow();
        assertEquals("West US", westUs.displayName());
        assertEquals("US", westUs.geographyGroup());
        assertEquals("United States", westUs.geography());
        assertEquals("California", westUs.physicalLocation());
        assertEquals(37.783, westUs.latitude());
        assertEquals(-122.417, westUs.longitude());
        assertEquals("eastus", westUs.pairedRegion());
        assertTrue(westUs.azureIrOffered());
        assertEquals("", catalog.find("Poland Central").orElseThrow().pairedRegion(), "regions without a pair");
        assertEquals("Tokyo, Saitama", catalog.find("japaneast").orElseThrow().physicalLocation(), "commas survive the format");
    }

    @ParameterizedTest
    @ValueSource(strings = {"westus", "West US", "WESTUS", "west us", "  West   US ", "(US) West US"})
    void regionNamesIgnoreCaseAndSpaces(String given) {
        assertEquals("West US", catalog.find(given).orElseThrow().displayName());
        assertEquals("West US", catalog.displayName(given).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"West US 4", "westus-2", "", "Central US EUAP", "eastusstg"})
    void unknownRegionsAreNotFound(String given) {
        assertTrue(catalog.find(given).isEmpty(), given);
    }

    @Test
    void geographiesMatchIgnoringCaseAndSpaces() {
        assertEquals("United States", catalog.geography("unitedstates").orElseThrow());
        assertEquals("Europe", catalog.geography("EUROPE").orElseThrow());
        assertTrue(catalog.geography("Narnia").isEmpty());
        assertTrue(catalog.geographies().contains("Germany"));
        assertEquals(List.of("North Europe", "West Europe"), catalog.inGeography("Europe").stream().map(Region::displayName).toList());
    }

    @ParameterizedTest(name = "{0} to {1}: {2} km")
    @CsvSource({"East US, West US, 3721.2", "Germany North, Germany West Central, 329.6", "West Europe, North Europe, 756.4",
            "West US, West US, 0"})
    void greatCircleDistance(String from, String to, double km) {
        assertEquals(km, catalog.find(from).orElseThrow().distanceKm(catalog.find(to).orElseThrow()), 0.1);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"West US, West US", "Germany North, Germany West Central", "Norway West, Norway East",
            "Switzerland West, Switzerland North", "Jio India West, West India", "Jio India Central, Central India",
            "Brazil Southeast, Brazil South", "Australia Central 2, Australia Central"})
    void nearestRegionWithAnAzureIrInTheSameGeography(String store, String expected) {
        assertEquals(expected, catalog.nearestWithAzureIr(catalog.find(store).orElseThrow()).orElseThrow().displayName());
    }

    @Test
    void noAzureIrInTheWholeGeographyMeansNoNearestRegion() {
        RegionCatalog lonely = RegionCatalog.parse("""
                # one geography, no Azure IR
                name|displayName|geographyGroup|geography|physicalLocation|latitude|longitude|pairedRegion|azureIr
                islanda|Island A|Sea|Islands|Rock|10|10||no
                islandb|Island B|Sea|Islands|Reef|11|11||no
                mainland|Main Land|Land|Mainland|Plain|12|12||yes
                """);
        assertTrue(lonely.nearestWithAzureIr(lonely.find("Island A").orElseThrow()).isEmpty());
        assertFalse(lonely.find("islandb").orElseThrow().azureIrOffered());
    }

    @Test
    void malformedCatalogLinesAreRejectedWithTheirLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RegionCatalog.parse("header\nx|X|G|Geo|P|1|2|\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> RegionCatalog.parse("header\nx|X|G|Geo|P|north|2||yes\n"));
    }
}
