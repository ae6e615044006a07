package io.bulwark.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.CatalogType;
import io.bulwark.model.bulwark.Link;
import io.bulwark.model.bulwark.Model;
import io.bulwark.model.bulwark.Named;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.ScenarioElement;

/**
 * Names are unique per kind in their scope: a scenario's forces, radars, batteries, assets, regions,
 * raids and agreements; a package's interceptor, radar and missile types across every file of the
 * workspace. A duplicate is an error on each of the clashing declarations, never silent shadowing.
 */
public class NameValidator extends AbstractDeclarativeValidator {

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;

    @Inject
    private IQualifiedNameProvider qualifiedNames;

    @Inject
    private ResourceDescriptionsProvider indexProvider;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into BulwarkValidator (@ComposedChecks), not registered on its own
    }

    @Check
    public void checkUniqueCatalogTypes(Model model) {
        Map<String, Named> seen = new HashMap<>();
        for (CatalogType type : model.getTypes()) {
            reportLocalDuplicate(seen, type);
            QualifiedName name = qualifiedNames.getFullyQualifiedName(type);
            if (name == null) {
                continue;
            }
            for (IEObjectDescription other : indexProvider.getResourceDescriptions(model.eResource())
                    .getExportedObjects(type.eClass(), name, false)) {
                if (!other.getEObjectURI().trimFragment().equals(model.eResource().getURI())) {
                    error(kind(type.eClass()) + " " + name + " is also declared in " + other.getEObjectURI().trimFragment().lastSegment(),
                            type, B.getNamed_Name(), IssueCodes.DUPLICATE_NAME, name.toString());
                    break;
                }
            }
        }
    }

    @Check
    public void checkUniqueScenarioElements(Scenario scenario) {
        Map<String, Named> seen = new HashMap<>();
        for (ScenarioElement element : scenario.getElements()) {
            reportLocalDuplicate(seen, element);
        }
    }

    @Check
    public void checkLinkJoinsTwoForces(Link link) {
        if (link.getFrom() != null && link.getFrom() == link.getTo() && !link.getFrom().eIsProxy()) {
            error("A force always shares tracks with itself: a link joins two different forces", link, B.getLink_To(),
                    IssueCodes.SELF_LINK);
        }
    }

    private void reportLocalDuplicate(Map<String, Named> seen, Named element) {
        if (element.getName() == null) {
            return;
        }
        String key = element.eClass().getName() + ":" + element.getName();
        Named first = seen.putIfAbsent(key, element);
        if (first != null) {
            String message = "Duplicate " + kind(element.eClass()).toLowerCase() + " name '" + element.getName() + "'";
            error(message, element, B.getNamed_Name(), IssueCodes.DUPLICATE_NAME, element.getName());
            if (seen.put(key + "#reported", first) == null) {
                error(message, first, B.getNamed_Name(), IssueCodes.DUPLICATE_NAME, first.getName());
            }
        }
    }

    private static String kind(EClass eClass) {
        return switch (eClass.getName()) {
            case "InterceptorType" -> "Interceptor";
            case "RadarType" -> "Radar type";
            case "MissileType" -> "Missile";
            default -> eClass.getName();
        };
    }
}
