package io.bulwark.study;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.bulwark.core.geo.Sphere;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/**
 * Random draws, {@code samples} per combination of the other variations. Sample k is drawn from a generator seeded by
 * (seed, k) alone: the same seed gives the same samples on any machine and any number of workers, and every
 * combination sees the same samples (common random numbers, so that combinations compare fairly). StrictMath only.
 */
public record MonteCarlo(int samples, long seed, List<Draw> draws) implements Serializable {

    public MonteCarlo {
        draws = List.copyOf(draws);
    }

    /** One random quantity. */
    public sealed interface Draw extends Serializable {
    }

    /** The launch point of a raid, uniform over a disc of {@code radiusKm} around its declared launch point. */
    public record LaunchDisc(String raid, double radiusKm) implements Draw {
    }

    /** A property, uniform in [a, b], or normal with mean a and standard deviation b (clamped to the property's domain). */
    public record Distribution(String target, Property property, boolean uniform, double a, double b) implements Draw {
    }

    /** The generator of sample k. */
    public SplittableRandom random(int sample) {
        // SplittableRandom mixes its seed; the golden-ratio multiplier spreads neighbouring samples apart
        return new SplittableRandom(seed * 0x9E3779B97F4A7C15L + sample);
    }

    public List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.whole("sample"));
        for (Draw draw : draws) {
            switch (draw) {
                case LaunchDisc disc -> {
                    columns.add(Column.number(disc.raid() + ".launch.lat"));
                    columns.add(Column.number(disc.raid() + ".launch.lon"));
                }
                case Distribution d -> columns.add(Column.number(d.target() + "." + d.property().literal()));
            }
        }
        return columns;
    }

    /** Applies sample k to a scenario; the drawn values are appended to {@code values}. */
    public Scenario apply(Scenario scenario, int sample, List<Object> values) {
        SplittableRandom random = random(sample);
        values.add((long) sample);
        Scenario s = scenario;
        for (Draw draw : draws) {
            switch (draw) {
                case LaunchDisc disc -> {
                    double r = disc.radiusKm() * StrictMath.sqrt(random.nextDouble());
                    double bearing = 2 * StrictMath.PI * random.nextDouble();
                    Raid raid = s.raids().stream().filter(x -> x.name().equals(disc.raid())).findFirst().orElseThrow();
                    GeoPoint launch = destination(raid.launch(), bearing, r);
                    values.add(launch.latDeg());
                    values.add(launch.lonDeg());
                    s = s.with(s.radars(), s.batteries(), s.agreements(), s.raids().stream().map(x -> x.name().equals(disc.raid())
                            ? new Raid(x.name(), x.missile(), x.count(), launch, x.targetAsset(), x.aim(), x.apogeeKm(), x.launchTimeS())
                            : x).toList());
                }
                case Distribution d -> {
                    double value = d.uniform() ? d.a() + (d.b() - d.a()) * random.nextDouble() : d.a() + d.b() * gaussian(random);
                    value = d.property() == Property.PK ? StrictMath.min(1, StrictMath.max(0, value)) : StrictMath.max(0, value);
                    values.add(value);
                    s = d.property().set(s, d.target(), value);
                }
            }
        }
        return s;
    }

    /** Box-Muller with StrictMath (the JDK's nextGaussian may use intrinsics that differ between machines). */
    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    /** The point {@code rangeKm} from {@code start} along {@code bearingRad}, on the core's sphere, same altitude. */
    static GeoPoint destination(GeoPoint start, double bearingRad, double rangeKm) {
        double d = rangeKm / Sphere.RADIUS_KM;
        double lat1 = StrictMath.toRadians(start.latDeg());
        double lon1 = StrictMath.toRadians(start.lonDeg());
        double lat2 = StrictMath.asin(StrictMath.sin(lat1) * StrictMath.cos(d) + StrictMath.cos(lat1) * StrictMath.sin(d) * StrictMath.cos(bearingRad));
        double lon2 = lon1 + StrictMath.atan2(StrictMath.sin(bearingRad) * StrictMath.sin(d) * StrictMath.cos(lat1),
                StrictMath.cos(d) - StrictMath.sin(lat1) * StrictMath.sin(lat2));
        return new GeoPoint(StrictMath.toDegrees(lat2), StrictMath.toDegrees(lon2), start.altKm());
    }
}
