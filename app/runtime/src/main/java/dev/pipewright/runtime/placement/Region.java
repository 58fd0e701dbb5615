package dev.pipewright.runtime.placement;

/**
 * An Azure region from the region catalog.
 *
 * @param name             the programmatic name, e.g. {@code westus}
 * @param displayName      what ADF JSON and run output use, e.g. {@code West US}
 * @param geographyGroup   e.g. {@code US}, {@code Europe}
 * @param geography        e.g. {@code United States}, {@code Germany}: "same geography" in ADF's rules
 * @param physicalLocation e.g. {@code California}
 * @param latitude         degrees, as Azure publishes them
 * @param longitude        degrees, as Azure publishes them
 * @param pairedRegion     the paired region's name, or "" when it has none
 * @param azureIrOffered   whether an Azure IR can run there (see the catalog file for the assumption)
 */
public record Region(String name, String displayName, String geographyGroup, String geography, String physicalLocation,
                     double latitude, double longitude, String pairedRegion, boolean azureIrOffered) {
    private static final double EARTH_RADIUS_KM = 6371.0088;

    /** Great-circle distance in kilometres (haversine formula on a spherical Earth). */
    public double distanceKm(Region other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    @Override
    public String toString() {
        return displayName;
    }
}
