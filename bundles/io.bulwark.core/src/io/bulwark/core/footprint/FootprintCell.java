package io.bulwark.core.footprint;

import io.bulwark.core.scenario.GeoPoint;

/**
 * One cell of the polar grid: ring [innerKm, outerKm] from the asset, bearings [fromDeg, fromDeg + step],
 * the launch point at its centre, the negation a lone threat from there meets, and the cell's area.
 */
public record FootprintCell(double innerKm, double outerKm, double fromDeg, GeoPoint launch, double negation, boolean negated,
        double areaKm2) {
}
