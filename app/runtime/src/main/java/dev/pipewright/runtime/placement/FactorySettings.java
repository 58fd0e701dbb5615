package dev.pipewright.runtime.placement;

import dev.pipewright.core.factory.Factory;
import dev.pipewright.core.model.FactoryInfo;
import dev.pipewright.core.problem.Problem;
import dev.pipewright.core.problem.ProblemCode;
import dev.pipewright.runtime.profile.EnvironmentProfile;
import dev.pipewright.runtime.profile.EnvironmentProfile.Mode;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The factory as placement sees it: name, region and mode, each from the first place that says it —
 * the profile (or {@code --factory-region}), then the factory file ({@code factory/<name>.json}), then
 * the defaults (East US, Data Factory).
 *
 * @param name         the factory's name
 * @param region       where the factory lives: orchestration, authoring and auto-resolve fallbacks run here
 * @param regionSource where the region came from, for reasons ("the profile", "the factory file", …)
 * @param mode         Data Factory or Synapse
 */
public record FactorySettings(String name, Region region, String regionSource, Mode mode) {
    /** The region used when neither the profile nor the factory file gives one. */
    public static final String DEFAULT_REGION = "East US";
    private static final String DEFAULT_SOURCE = "the default: neither the profile nor the factory file gives a region";

    /** The settings, and a warning when the factory file names a region the catalog does not know. */
    static FactorySettings resolve(Factory factory, EnvironmentProfile profile, RegionCatalog catalog, ProblemLocator locator,
                                   List<Problem> problems) {
        Optional<FactoryInfo> info = FactoryInfo.of(factory);
        String name = profile.factoryName()
                .or(() -> info.map(FactoryInfo::name))
                .orElseGet(() -> folderName(factory.root()));
        Region region = profile.factoryRegion().flatMap(catalog::find).orElse(null);
        String source = profile.factoryRegionSource();
        if (region == null && info.isPresent() && info.get().location().isPresent()) {
            String location = info.get().location().get();
            region = catalog.find(location).orElse(null);
            source = "the factory file";
            if (region == null) {
                problems.add(locator.at(info.get().resource(), "/location", ProblemCode.UNKNOWN_REGION,
                        "The factory file's location \"" + location + "\" is not a known Azure region; placement uses " + DEFAULT_REGION,
                        "Set the factory's region in the profile (factory.region) or --factory-region"));
            }
        }
        if (region == null) {
            region = catalog.find(DEFAULT_REGION).orElseThrow();
            source = DEFAULT_SOURCE;
        }
        return new FactorySettings(name, region, source, profile.mode());
    }

    /** For hints that depend on the factory region: a reminder when it is only the default. */
    String defaultRegionNote() {
        return DEFAULT_SOURCE.equals(regionSource)
                ? " (" + region.displayName() + " is only the default: give the real factory region in the profile or with --factory-region)" : "";
    }

    private static String folderName(Path root) {
        Path name = root == null ? null : root.toAbsolutePath().normalize().getFileName();
        return name == null ? "factory" : name.toString();
    }
}
