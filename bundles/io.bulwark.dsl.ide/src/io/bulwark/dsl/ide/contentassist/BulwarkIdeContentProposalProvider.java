package io.bulwark.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.common.base.Predicate;

import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Scenario;
import io.bulwark.model.bulwark.Study;

/**
 * Content assist (units and hemispheres as {@link BulwarkContentProposalProvider} offers them) that offers each element once, and of a scenario's elements only those of the scenario being written
 * (of a study: of its base scenario). The scope still links the elements of other scenarios by their qualified names,
 * so that the validator can say that they belong elsewhere; they are just not proposed.
 */
public class BulwarkIdeContentProposalProvider extends BulwarkContentProposalProvider {

    @Override
    public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
        // the parser's several contexts at one offset would each propose the same names
        Set<String> proposed = new HashSet<>();
        super.createProposals(contexts, new IIdeContentProposalAcceptor() {
            @Override
            public void accept(ContentAssistEntry entry, int priority) {
                if (entry != null && proposed.add(entry.getKind() + ":" + entry.getProposal())) {
                    acceptor.accept(entry, priority);
                }
            }

            @Override
            public boolean canAcceptMoreProposals() {
                return acceptor.canAcceptMoreProposals();
            }
        });
    }

    @Override
    protected Predicate<IEObjectDescription> getCrossrefFilter(CrossReference reference, ContentAssistContext context) {
        Predicate<IEObjectDescription> inherited = super.getCrossrefFilter(reference, context);
        List<URI> homes = homes(context.getCurrentModel());
        Set<URI> seen = new HashSet<>();
        return description -> inherited.apply(description) && seen.add(description.getEObjectURI())
                && (!BulwarkPackage.Literals.SCENARIO_ELEMENT.isSuperTypeOf(description.getEClass()) || homes.isEmpty()
                        || homes.stream().anyMatch(home -> isIn(description.getEObjectURI(), home)));
    }

    /**
     * Where the elements the text at the model may name are declared: its scenario; in a study, the base scenario and
     * the study itself (its added elements). Empty outside both.
     */
    private static List<URI> homes(EObject model) {
        List<URI> homes = new ArrayList<>();
        Scenario scenario = EcoreUtil2.getContainerOfType(model, Scenario.class);
        Study study = EcoreUtil2.getContainerOfType(model, Study.class);
        if (study != null) {
            homes.add(EcoreUtil.getURI(study));
            if (study.getScenario() != null && !study.getScenario().eIsProxy()) {
                scenario = study.getScenario();
            }
        }
        if (scenario != null && scenario.eResource() != null) {
            homes.add(EcoreUtil.getURI(scenario));
        }
        return homes;
    }

    /** Whether the element's URI lies under the scenario's (name-based fragments nest like the elements). */
    private static boolean isIn(URI element, URI scenario) {
        return element.trimFragment().equals(scenario.trimFragment()) && element.fragment() != null
                && element.fragment().startsWith(scenario.fragment() + "/");
    }
}
