package dev.pipewright.runtime.placement;

import dev.pipewright.runtime.profile.RegionNames;
import dev.pipewright.core.text.Suggestions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Azure regions placement knows: display name ↔ name, geography, coordinates, paired region and whether
 * an Azure IR is offered. Loaded from {@code regions.txt} next to this class (built from the reference's
 * region table; the file states its source and assumptions). Look-ups ignore case and spaces, so
 * {@code westus}, {@code West US} and {@code WESTUS} are the same region; the {@code "(US) West US"} form of
 * Azure's regional display name is accepted too.
 */
public final class RegionCatalog implements RegionNames {
    private static final String RESOURCE = "regions.txt";
    private static volatile RegionCatalog standard;

    private final List<Region> regions;
    private final Map<String, Region> byKey = new LinkedHashMap<>();
    private final Map<String, String> geographies = new LinkedHashMap<>();

    private RegionCatalog(List<Region> regions) {
        this.regions = List.copyOf(regions);
        for (Region r : regions) {
            byKey.put(Suggestions.normalize(r.name()), r);
            byKey.put(Suggestions.normalize(r.displayName()), r);
            geographies.put(Suggestions.normalize(r.geography()), r.geography());
        }
    }

    /** The catalog shipped with Pipewright (read once). */
    public static RegionCatalog standard() {
        RegionCatalog c = standard;
        if (c == null) {
            try (InputStream in = RegionCatalog.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the runtime jar");
                c = parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            standard = c;
        }
        return c;
    }

    /**
     * Reads the catalog format: '#' comment lines, a header line, then one region a line with the fields
     * {@code name|displayName|geographyGroup|geography|physicalLocation|latitude|longitude|pairedRegion|azureIr}.
     */
    public static RegionCatalog parse(String text) {
        List<Region> list = new ArrayList<>();
        boolean header = true;
        int lineNumber = 0;
        for (String line : text.split("\n")) {
            lineNumber++;
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) continue;
            if (header) {
                header = false;
                continue;
            }
            String[] f = l.split("\\|", -1);
            if (f.length != 9) throw new IllegalArgumentException("region catalog line " + lineNumber + ": 9 fields expected, found " + f.length);
            try {
                list.add(new Region(f[0], f[1], f[2], f[3], f[4], Double.parseDouble(f[5]), Double.parseDouble(f[6]), f[7],
                        "yes".equals(f[8])));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("region catalog line " + lineNumber + ": bad coordinate", e);
            }
        }
        return new RegionCatalog(list);
    }

    public List<Region> regions() {
        return regions;
    }

    /** The region named {@code nameOrDisplayName}, ignoring case and spaces. */
    public Optional<Region> find(String nameOrDisplayName) {
        if (nameOrDisplayName == null) return Optional.empty();
        String key = Suggestions.normalize(nameOrDisplayName);
        if (key.startsWith("(") && key.indexOf(')') > 0) key = key.substring(key.indexOf(')') + 1); // "(US) West US"
        return Optional.ofNullable(byKey.get(key));
    }

    /**
     * Where an Azure IR would run for a store in {@code region}: the region itself when it offers one, else
     * the nearest region of the same geography that does; empty when the geography has none.
     */
    public Optional<Region> nearestWithAzureIr(Region region) {
        if (region.azureIrOffered()) return Optional.of(region);
        return regions.stream()
                .filter(r -> r.azureIrOffered() && r.geography().equals(region.geography()))
                .min(Comparator.comparingDouble(region::distanceKm).thenComparing(Region::name));
    }

    /** The regions of a geography (as the catalog spells it). */
    public List<Region> inGeography(String geography) {
        return regions.stream().filter(r -> r.geography().equalsIgnoreCase(geography)).toList();
    }

    @Override
    public Optional<String> displayName(String region) {
        return find(region).map(Region::displayName);
    }

    @Override
    public Optional<String> geography(String geography) {
        return geography == null ? Optional.empty() : Optional.ofNullable(geographies.get(Suggestions.normalize(geography)));
    }

    @Override
    public Collection<String> displayNames() {
        return regions.stream().map(Region::displayName).toList();
    }

    @Override
    public Collection<String> geographies() {
        Set<String> set = new LinkedHashSet<>(geographies.values());
        return List.copyOf(set);
    }
}
