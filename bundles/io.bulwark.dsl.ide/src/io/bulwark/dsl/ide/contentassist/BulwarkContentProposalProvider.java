package io.bulwark.dsl.ide.contentassist;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import com.google.inject.Inject;

import io.bulwark.dsl.services.BulwarkGrammarAccess;
import io.bulwark.dsl.validation.ValueValidator;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Coordinate;
import io.bulwark.model.bulwark.Measure;
import io.bulwark.model.units.Dimension;

/**
 * Content assist of the language: besides keywords and names, the units a number takes where it stands (those of
 * the clause's dimension, which the validator checks) and the hemisphere letters of a latitude or a longitude. The
 * grammar leaves both to plain identifiers, so only the model around the number says which apply.
 */
public class BulwarkContentProposalProvider extends IdeContentProposalProvider {

    /** Above names and keywords: right after a number, its unit is what the user most likely types (the base unit first). */
    private static final int UNIT_PRIORITY = 1000;

    @Inject
    private BulwarkGrammarAccess grammar;

    @Override
    protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        if (assignment == grammar.getQuantityAccess().getUnitAssignment_1() || assignment == grammar.getIntervalAccess().getUnitAssignment_3()) {
            Measure measure = around(context, Measure.class);
            Dimension dimension = measure == null ? null : ValueValidator.expectedDimension(measure);
            if (dimension != null) {
                propose(dimension.units(), dimension.label() + " unit", context, acceptor);
            }
        } else if (assignment == grammar.getCoordinateAccess().getHemisphereAssignment_1()) {
            Coordinate coordinate = around(context, Coordinate.class);
            if (coordinate != null) {
                boolean latitude = coordinate.eContainmentFeature() == BulwarkPackage.Literals.GEO_POINT__LATITUDE;
                propose(latitude ? List.of("N", "S") : List.of("E", "W"), latitude ? "latitude" : "longitude", context, acceptor);
            }
        } else {
            super._createProposals(assignment, context, acceptor);
        }
    }

    /** The element the number before the cursor belongs to. */
    private static <T extends EObject> T around(ContentAssistContext context, Class<T> type) {
        EObject element = context.getLastCompleteNode() == null ? null
                : NodeModelUtils.findActualSemanticObjectFor(context.getLastCompleteNode());
        T found = EcoreUtil2.getContainerOfType(element, type);
        return found != null ? found : EcoreUtil2.getContainerOfType(context.getCurrentModel(), type);
    }

    private void propose(List<String> values, String description, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
        for (int i = 0; i < values.size(); i++) {
            ContentAssistEntry entry = getProposalCreator().createProposal(values.get(i), context, ContentAssistEntry.KIND_UNIT,
                    it -> it.setDescription(description));
            if (entry != null) {
                acceptor.accept(entry, UNIT_PRIORITY - i);
            }
        }
    }
}
