package io.bulwark.model.mapping;

import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.core.finding.Finding;
import io.bulwark.core.scenario.Scenario;

/**
 * The analysis input built from an EMF scenario, with the way back: for every kind of element, its
 * name in the analysis and the EMF object it came from, so findings can be attached to the text.
 *
 * @param scenario the records the analysis core takes
 * @param elements per element kind, name to EMF object, in declaration order
 */
public record MappedScenario(Scenario scenario, Map<ElementKind, Map<String, EObject>> elements) {

    /** The data key of a force-pair finding that names the force whose tracks are not shared. */
    public static final String FROM_FORCE = "fromForce";

    public MappedScenario {
        elements = Map.copyOf(elements);
    }

    /** The EMF element of the given kind and name, if the scenario declares it. */
    public Optional<EObject> element(ElementKind kind, String name) {
        return Optional.ofNullable(elements.getOrDefault(kind, Map.of()).get(name));
    }

    /**
     * The EMF element a finding is about; a force pair is said on the force that does not share. The one way from a
     * finding back to the model: markers, SARIF regions, the Coverage view and the diagrams all go through it.
     */
    public Optional<EObject> elementOf(Finding finding) {
        return switch (finding.subjectKind()) {
            case ASSET -> element(ElementKind.ASSET, finding.subject());
            case RAID -> element(ElementKind.RAID, finding.subject());
            case BATTERY -> element(ElementKind.BATTERY, finding.subject());
            case RADAR -> element(ElementKind.RADAR, finding.subject());
            case REGION -> element(ElementKind.REGION, finding.subject());
            case FORCE_PAIR -> element(ElementKind.FORCE, finding.data().getOrDefault(FROM_FORCE, ""));
        };
    }
}
