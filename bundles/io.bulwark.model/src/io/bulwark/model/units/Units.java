package io.bulwark.model.units;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EStructuralFeature;

import io.bulwark.model.bulwark.BulwarkPackage;

/** Converts the quantities a user writes into the base units of the analysis core (km, s, km/s, m2, deg). */
public final class Units {

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;

    /** The dimension of each quantity- or interval-valued clause of the language. */
    private static final Map<EStructuralFeature, Dimension> CLAUSES = Map.ofEntries(
            Map.entry(B.getInterceptorType_Range(), Dimension.LENGTH),
            Map.entry(B.getInterceptorType_Altitude(), Dimension.LENGTH),
            Map.entry(B.getInterceptorType_Speed(), Dimension.SPEED),
            Map.entry(B.getInterceptorType_Reaction(), Dimension.TIME),
            Map.entry(B.getRadarType_DetectionRange(), Dimension.LENGTH),
            Map.entry(B.getRadarType_ReferenceRcs(), Dimension.RADAR_CROSS_SECTION),
            Map.entry(B.getRadarType_Sector(), Dimension.ANGLE),
            Map.entry(B.getRadarType_Elevation(), Dimension.ANGLE),
            Map.entry(B.getRadarType_TrackTime(), Dimension.TIME),
            Map.entry(B.getMissileType_Reach(), Dimension.LENGTH),
            Map.entry(B.getMissileType_Rcs(), Dimension.RADAR_CROSS_SECTION),
            Map.entry(B.getLink_Latency(), Dimension.TIME),
            Map.entry(B.getRadar_Boresight(), Dimension.ANGLE),
            Map.entry(B.getBattery_AssessmentTime(), Dimension.TIME),
            Map.entry(B.getRegion_SurveillanceAltitude(), Dimension.LENGTH),
            Map.entry(B.getRaid_Apogee(), Dimension.LENGTH),
            Map.entry(B.getRaid_LaunchTime(), Dimension.TIME),
            Map.entry(B.getGeoPoint_Altitude(), Dimension.LENGTH));

    /**
     * The largest magnitude of a value in its base unit that the analysis computes with: products and fourth powers of
     * such values (radar equation, flight times) stay finite, and it is far beyond any distance, time or cross-section
     * of a real engagement.
     */
    public static final double MAX_MAGNITUDE = 1e9;
    /** The smallest non-zero magnitude of a value in its base unit that the analysis computes with (its reciprocal stays finite). */
    public static final double MIN_MAGNITUDE = 1e-9;

    private Units() {
    }

    /** The dimension a unit belongs to, or empty for an unknown unit. */
    public static Optional<Dimension> dimensionOf(String unit) {
        return Unit.of(unit).map(Unit::dimension);
    }

    /** The dimension of a clause (the quantity or interval feature it sets), or empty for a feature without one. */
    public static Optional<Dimension> dimensionOf(EStructuralFeature clause) {
        return Optional.ofNullable(CLAUSES.get(clause));
    }

    /**
     * The units allowed in a clause (the quantity or interval feature it sets), base unit first; none for a feature
     * without a dimension. For content assist: what may follow the number of {@code speed}, {@code range}...
     */
    public static List<String> allowedIn(EStructuralFeature clause) {
        return dimensionOf(clause).map(Dimension::units).orElse(List.of());
    }

    /** Whether the unit is logarithmic (dBsm): any sign is valid there, and 0 is not a zero quantity. */
    public static boolean isLogarithmic(String unit) {
        return Unit.of(unit).map(Unit::isLogarithmic).orElse(false);
    }

    /** Whether a value converted to its base unit can be used by the analysis: finite, and zero or within the magnitude limits. */
    public static boolean isComputable(double base) {
        return base == 0 || Math.abs(base) >= MIN_MAGNITUDE && Math.abs(base) <= MAX_MAGNITUDE;
    }

    /**
     * Converts {@code value} in {@code unit} to the base unit of its dimension.
     *
     * @throws IllegalArgumentException for an unknown unit
     */
    public static double toBase(double value, String unit) {
        return Unit.of(unit).orElseThrow(() -> new IllegalArgumentException("unknown unit '" + unit + "'")).toBase(value);
    }
}
