package io.bulwark.study;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.core.scenario.Agreement;
import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.Doctrine;
import io.bulwark.core.scenario.InterceptorType;
import io.bulwark.core.scenario.Raid;
import io.bulwark.core.scenario.Scenario;

/** A property a study varies or draws, and how a value of it is set on a scenario (values in the core's units: s, km). */
public enum Property {
    INTERCEPTORS("interceptors"), SALVO("salvo"), DOCTRINE("doctrine"), LATENCY("latency"), PK("pk"), COUNT("count"),
    LAUNCH_TIME("launch-time"), APOGEE("apogee");

    private final String literal;

    Property(String literal) {
        this.literal = literal;
    }

    public String literal() {
        return literal;
    }

    public static Property of(String literal) {
        for (Property property : values()) {
            if (property.literal.equals(literal)) {
                return property;
            }
        }
        throw new IllegalArgumentException("unknown study property " + literal);
    }

    /** The scenario with {@code target}'s property set to {@code value} (a Double, or a Doctrine). */
    public Scenario set(Scenario scenario, String target, Object value) {
        return switch (this) {
            case INTERCEPTORS, SALVO, DOCTRINE -> scenario.with(scenario.radars(), map(scenario.batteries(), b -> b.name().equals(target)
                    ? battery(b, value) : b), scenario.agreements(), scenario.raids());
            case LATENCY -> scenario.with(scenario.radars(), scenario.batteries(), map(scenario.agreements(), a -> a.name().equals(target)
                    ? new Agreement(a.name(), a.fromForce(), a.toForce(), a.mutual(), (Double) value) : a), scenario.raids());
            case PK -> scenario.with(scenario.radars(), map(scenario.batteries(), b -> b.type().name().equals(target)
                    ? new Battery(b.name(), pk(b.type(), (Double) value), b.force(), b.site(), b.interceptors(), b.doctrine(), b.salvoSize(),
                            b.assessmentS(), b.cuedBy(), b.fireControl())
                    : b), scenario.agreements(), scenario.raids());
            case COUNT, LAUNCH_TIME, APOGEE -> scenario.with(scenario.radars(), scenario.batteries(), scenario.agreements(),
                    map(scenario.raids(), r -> r.name().equals(target) ? raid(r, value) : r));
        };
    }

    private Battery battery(Battery b, Object value) {
        int interceptors = this == INTERCEPTORS ? whole(value) : b.interceptors();
        int salvo = this == SALVO ? whole(value) : b.salvoSize();
        Doctrine doctrine = this == DOCTRINE ? (Doctrine) value : b.doctrine();
        return new Battery(b.name(), b.type(), b.force(), b.site(), interceptors, doctrine, salvo, b.assessmentS(), b.cuedBy(),
                b.fireControl());
    }

    private Raid raid(Raid r, Object value) {
        int count = this == COUNT ? whole(value) : r.count();
        double launchTime = this == LAUNCH_TIME ? (Double) value : r.launchTimeS();
        Double apogee = this == APOGEE ? (Double) value : r.apogeeKm();
        return new Raid(r.name(), r.missile(), count, r.launch(), r.targetAsset(), r.aim(), apogee, launchTime);
    }

    private static InterceptorType pk(InterceptorType t, double pk) {
        return new InterceptorType(t.name(), t.minRangeKm(), t.maxRangeKm(), t.minAltitudeKm(), t.maxAltitudeKm(), t.speedKmS(), t.reactionS(),
                pk);
    }

    private static int whole(Object value) {
        return (int) StrictMath.round((Double) value);
    }

    private static <T> List<T> map(List<T> list, java.util.function.UnaryOperator<T> f) {
        List<T> out = new ArrayList<>(list.size());
        for (T t : list) {
            out.add(f.apply(t));
        }
        return out;
    }
}
