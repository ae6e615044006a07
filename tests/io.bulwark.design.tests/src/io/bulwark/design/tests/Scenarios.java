package io.bulwark.design.tests;

import java.math.BigDecimal;

import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Asset;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.BulwarkFactory;
import io.bulwark.model.bulwark.Coordinate;
import io.bulwark.model.bulwark.Doctrine;
import io.bulwark.model.bulwark.Force;
import io.bulwark.model.bulwark.GeoPoint;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.Interval;
import io.bulwark.model.bulwark.Link;
import io.bulwark.model.bulwark.MissileType;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Quantity;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.RadarType;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.Scenario;

/** Builds Bulwark models in code, the way the parser would (values as written, with units). */
final class Scenarios {

    static final BulwarkFactory F = BulwarkFactory.eINSTANCE;

    final Model model = F.createModel();
    final Scenario scenario = F.createScenario();

    Scenarios(String name) {
        scenario.setName(name);
        model.setScenario(scenario);
    }

    Force force(String name, String nation) {
        Force force = F.createForce();
        force.setName(name);
        force.setNation(nation);
        scenario.getElements().add(force);
        return force;
    }

    Link link(String agreementName, Force from, Force to, boolean mutual, String latency, String unit) {
        Agreement agreement = F.createAgreement();
        agreement.setName(agreementName);
        scenario.getElements().add(agreement);
        return addLink(agreement, from, to, mutual, latency, unit);
    }

    static Link addLink(Agreement agreement, Force from, Force to, boolean mutual, String latency, String unit) {
        Link link = F.createLink();
        link.setFrom(from);
        link.setTo(to);
        link.setMutual(mutual);
        if (latency != null) {
            link.setLatency(quantity(latency, unit));
        }
        agreement.getLinks().add(link);
        return link;
    }

    /** A 360-degree radar type detecting a 1 m2 target at {@code rangeKm}, elevation 0..90 deg, track in 5 s. */
    RadarType radarType(String name, String rangeKm) {
        RadarType type = F.createRadarType();
        type.setName(name);
        type.setDetectionRange(quantity(rangeKm, "km"));
        type.setReferenceRcs(quantity("1", "m2"));
        type.setSector(quantity("360", "deg"));
        type.setElevation(interval("0", "90", "deg"));
        type.setTrackTime(quantity("5", "s"));
        model.getTypes().add(type);
        return type;
    }

    /** An interceptor type: ground range 0..200 km, altitude 10..150 km, 3 km/s, reaction 10 s, the given pk. */
    InterceptorType interceptorType(String name, String pk) {
        InterceptorType type = F.createInterceptorType();
        type.setName(name);
        type.setRange(interval("0", "200", "km"));
        type.setAltitude(interval("10", "150", "km"));
        type.setSpeed(quantity("3", "km/s"));
        type.setReaction(quantity("10", "s"));
        type.setPk(new BigDecimal(pk));
        model.getTypes().add(type);
        return type;
    }

    MissileType missile(String name, String reachKm, String rcsM2) {
        MissileType type = F.createMissileType();
        type.setName(name);
        type.setReach(quantity(reachKm, "km"));
        type.setRcs(quantity(rcsM2, "m2"));
        model.getTypes().add(type);
        return type;
    }

    Radar radar(String name, RadarType type, Force owner, String lat, String lon) {
        Radar radar = F.createRadar();
        radar.setName(name);
        radar.setType(type);
        radar.setOwner(owner);
        radar.setSite(site(lat, lon));
        scenario.getElements().add(radar);
        return radar;
    }

    Battery battery(String name, InterceptorType type, Force owner, String lat, String lon, int interceptors, int salvo) {
        Battery battery = F.createBattery();
        battery.setName(name);
        battery.setType(type);
        battery.setOwner(owner);
        battery.setSite(site(lat, lon));
        battery.setInterceptors(interceptors);
        battery.setDoctrine(Doctrine.SHOOT_SHOOT);
        battery.setSalvoSize(salvo);
        scenario.getElements().add(battery);
        return battery;
    }

    Asset asset(String name, String lat, String lon, String requires) {
        Asset asset = F.createAsset();
        asset.setName(name);
        asset.setSite(site(lat, lon));
        if (requires != null) {
            asset.setRequiredNegation(new BigDecimal(requires));
        }
        scenario.getElements().add(asset);
        return asset;
    }

    Raid raid(String name, MissileType missile, int count, String lat, String lon, Asset target) {
        Raid raid = F.createRaid();
        raid.setName(name);
        raid.setMissile(missile);
        if (count != 1) {
            raid.setCount(count);
        }
        raid.setLaunch(site(lat, lon));
        raid.setTarget(target);
        scenario.getElements().add(raid);
        return raid;
    }

    static GeoPoint site(String lat, String lon) {
        GeoPoint site = F.createGeoPoint();
        site.setLatitude(coordinate(lat));
        site.setLongitude(coordinate(lon));
        return site;
    }

    /** "36.5 N" or "-33.9". */
    static Coordinate coordinate(String text) {
        Coordinate c = F.createCoordinate();
        String[] parts = text.trim().split("\\s+");
        c.setValue(new BigDecimal(parts[0]));
        if (parts.length > 1) {
            c.setHemisphere(parts[1]);
        }
        return c;
    }

    static Quantity quantity(String value, String unit) {
        Quantity q = F.createQuantity();
        q.setValue(new BigDecimal(value));
        q.setUnit(unit);
        return q;
    }

    static Interval interval(String min, String max, String unit) {
        Interval i = F.createInterval();
        i.setMin(new BigDecimal(min));
        i.setMax(new BigDecimal(max));
        i.setUnit(unit);
        return i;
    }
}
