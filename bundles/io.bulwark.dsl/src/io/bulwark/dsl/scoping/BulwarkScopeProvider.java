package io.bulwark.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;

import io.bulwark.model.bulwark.AddElement;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.Study;
import io.bulwark.model.bulwark.StudyItem;

/**
 * Inside a study, the elements of its base scenario (and those the study adds) are visible by their simple
 * names, before the usual imported and qualified names: "vary PAC3_Osan interceptors ..." needs no import.
 */
public class BulwarkScopeProvider extends AbstractBulwarkScopeProvider {

    @Override
    public IScope getScope(EObject context, EReference reference) {
        IScope outer = super.getScope(context, reference);
        Study study = EcoreUtil2.getContainerOfType(context, Study.class);
        if (study == null || reference == BulwarkPackage.Literals.STUDY__SCENARIO) {
            return outer;
        }
        List<EObject> visible = new ArrayList<>();
        Scenario scenario = study.getScenario();
        if (scenario != null && !scenario.eIsProxy()) {
            visible.addAll(scenario.getElements());
        }
        for (StudyItem item : study.getItems()) {
            if (item instanceof AddElement add && add.getElement() != null) {
                visible.add(add.getElement());
            }
        }
        visible.removeIf(element -> !reference.getEReferenceType().isInstance(element));
        return visible.isEmpty() ? outer : Scopes.scopeFor(visible, outer);
    }
}
