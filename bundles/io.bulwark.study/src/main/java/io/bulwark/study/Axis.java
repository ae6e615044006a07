package io.bulwark.study;

import java.io.Serializable;
import java.util.List;

import io.bulwark.core.scenario.Battery;
import io.bulwark.core.scenario.GeoPoint;
import io.bulwark.core.scenario.Radar;
import io.bulwark.core.scenario.Scenario;

/** One dimension of a study's cross product: a number of choices, each applied to a scenario. */
public sealed interface Axis extends Serializable {

    int size();

    Scenario apply(Scenario scenario, int choice);

    /** The result columns that record the choice. */
    List<Column> columns();

    /** The values of {@link #columns()} for a choice. */
    List<Object> values(int choice);

    /** Candidate sites of a battery or radar (altitude 0). */
    record Sites(String element, List<GeoPoint> cells) implements Axis {
        public Sites {
            cells = List.copyOf(cells);
        }

        @Override
        public int size() {
            return cells.size();
        }

        @Override
        public Scenario apply(Scenario s, int choice) {
            GeoPoint site = cells.get(choice);
            return s.with(s.radars().stream().map(r -> r.name().equals(element) ? new Radar(r.name(), r.type(), r.force(), site,
                    r.boresightDeg()) : r).toList(), s.batteries().stream().map(b -> b.name().equals(element) ? new Battery(b.name(), b.type(),
                            b.force(), site, b.interceptors(), b.doctrine(), b.salvoSize(), b.assessmentS(), b.cuedBy(), b.fireControl()) : b)
                    .toList(), s.agreements(), s.raids());
        }

        @Override
        public List<Column> columns() {
            return List.of(Column.number(element + ".lat"), Column.number(element + ".lon"));
        }

        @Override
        public List<Object> values(int choice) {
            return List.of(cells.get(choice).latDeg(), cells.get(choice).lonDeg());
        }
    }

    /** A list of values of one property (Doubles in the core's units, or Doctrines). */
    record Values(String target, Property property, List<Object> choices) implements Axis {
        public Values {
            choices = List.copyOf(choices);
        }

        @Override
        public int size() {
            return choices.size();
        }

        @Override
        public Scenario apply(Scenario s, int choice) {
            return property.set(s, target, choices.get(choice));
        }

        @Override
        public List<Column> columns() {
            return List.of(property == Property.DOCTRINE ? Column.text(target + "." + property.literal())
                    : Column.number(target + "." + property.literal()));
        }

        @Override
        public List<Object> values(int choice) {
            Object value = choices.get(choice);
            return List.of(value instanceof io.bulwark.core.scenario.Doctrine d ? d.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                    : value);
        }
    }
}
