package io.bulwark.dsl.validation;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import com.google.inject.Inject;

import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.CatalogType;
import io.bulwark.model.bulwark.Import;
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
            reportDuplicateInOtherFiles(type, model.eResource());
        }
    }

    /** A catalog type or a scenario whose qualified name another file of the workspace declares too. */
    private void reportDuplicateInOtherFiles(Named element, Resource resource) {
        QualifiedName name = qualifiedNames.getFullyQualifiedName(element);
        if (name == null || resource == null) {
            return;
        }
        for (IEObjectDescription other : indexProvider.getResourceDescriptions(resource).getExportedObjects(element.eClass(), name, false)) {
            if (!other.getEObjectURI().trimFragment().equals(resource.getURI())) {
                error(kind(element.eClass()) + " " + name + " is also declared in " + other.getEObjectURI().trimFragment().lastSegment(),
                        element, B.getNamed_Name(), IssueCodes.DUPLICATE_NAME, name.toString());
                return;
            }
        }
    }

    @Check
    public void checkUniqueScenarioElements(Scenario scenario) {
        Map<String, Named> seen = new HashMap<>();
        for (ScenarioElement element : scenario.getElements()) {
            reportLocalDuplicate(seen, element);
        }
        reportDuplicateInOtherFiles(scenario, scenario.eResource());
    }

    /**
     * A scenario uses only its own forces, radars and assets: the analysis joins them by name within one scenario, so
     * one of another scenario (reached by its qualified name) would silently stand for a local one or for nothing.
     * Checked on every cross-reference to a scenario element, wherever it is written.
     */
    @Check
    public void checkReferencesStayInScenario(EObject object) {
        Scenario home = EcoreUtil2.getContainerOfType(object, Scenario.class);
        if (home == null) {
            return;
        }
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer()
                    || !B.getScenarioElement().isSuperTypeOf(reference.getEReferenceType())) {
                continue;
            }
            List<?> targets = reference.isMany() ? (List<?>) object.eGet(reference) : Collections.singletonList(object.eGet(reference));
            for (int index = 0; index < targets.size(); index++) {
                if (targets.get(index) instanceof ScenarioElement target && !target.eIsProxy()
                        && EcoreUtil2.getContainerOfType(target, Scenario.class) != home) {
                    QualifiedName name = qualifiedNames.getFullyQualifiedName(target);
                    String kind = kind(target.eClass()).toLowerCase();
                    error("The " + kind + " " + name + " belongs to another scenario; scenario " + home.getName()
                            + " uses only its own forces, radars and assets (declare " + kind + " " + target.getName() + " here)",
                            object, reference, reference.isMany() ? index : INSIGNIFICANT_INDEX, IssueCodes.FOREIGN_ELEMENT,
                            String.valueOf(name));
                }
            }
        }
    }

    /**
     * An import that names nothing any file read declares: one error at the import, not only the unknown names it
     * leaves (the command line adds where it searched and what to pass).
     */
    @Check
    public void checkImportMatchesSomething(Import anImport) {
        String imported = anImport.getImportedNamespace();
        Resource resource = anImport.eResource();
        if (imported == null || resource == null) {
            return;
        }
        boolean wildcard = imported.endsWith(".*");
        QualifiedName wanted = QualifiedName.create((wildcard ? imported.substring(0, imported.length() - 2) : imported).split("\\."));
        for (IResourceDescription description : indexProvider.getResourceDescriptions(resource).getAllResourceDescriptions()) {
            for (IEObjectDescription exported : description.getExportedObjects()) {
                QualifiedName name = exported.getQualifiedName();
                if (wildcard ? name.getSegmentCount() > wanted.getSegmentCount() && name.startsWith(wanted) : name.equals(wanted)) {
                    return;
                }
            }
        }
        String what = wildcard ? "package " + wanted : "element " + wanted;
        error("import " + imported + " matches nothing: no file read declares the " + what,
                anImport, B.getImport_ImportedNamespace(), IssueCodes.UNRESOLVED_IMPORT, imported);
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
