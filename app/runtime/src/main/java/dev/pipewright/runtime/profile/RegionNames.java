package dev.pipewright.runtime.profile;

import java.util.Collection;
import java.util.Optional;

/**
 * The region and geography names a profile may use. The placement package's region catalog implements it;
 * the profile only needs the names, so it does not depend on the placement engine.
 */
public interface RegionNames {
    /** The display name ({@code West US}) of a region given by display name or name, ignoring case and spaces. */
    Optional<String> displayName(String region);

    /** The geography as the catalog spells it ({@code United States}), ignoring case and spaces. */
    Optional<String> geography(String geography);

    /** Every region display name, for suggestions. */
    Collection<String> displayNames();

    /** Every geography, for suggestions. */
    Collection<String> geographies();
}
