package io.bulwark.model.mapping;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.core.scenario.Scenario;

/**
 * The analysis input built from an EMF scenario, with the way back: for every kind of element, its
 * name in the analysis and the EMF object it came from, so findings can be attached to the text.
 *
 * @param scenario the records the analysis core takes
 * @param elements element kind ("force", "radar", "battery", "asset", "region", "raid") to name to EMF object,
 *                 in declaration order
 */
public record MappedScenario(Scenario scenario, Map<String, Map<String, EObject>> elements) {

    public MappedScenario {
        elements = Map.copyOf(elements);
    }

    /** The EMF element of the given kind and name, if the scenario declares it. */
    public Optional<EObject> element(String kind, String name) {
        return Optional.ofNullable(elements.getOrDefault(kind, Map.of()).get(name));
    }
}
