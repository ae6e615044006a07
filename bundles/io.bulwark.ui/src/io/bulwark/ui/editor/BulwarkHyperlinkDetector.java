package io.bulwark.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.ILocationInFileProvider;
import org.eclipse.xtext.util.ITextRegion;

import io.bulwark.ui.Activator;
import io.bulwark.ui.model.BulwarkFiles;

/** Go to definition (Ctrl+click, F3): from a reference to the element it names, in this or another file. */
public class BulwarkHyperlinkDetector extends AbstractHyperlinkDetector {

    @Override
    public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
        Target target = BulwarkDocuments.compute(viewer.getDocument(), resource -> {
            EObjectAtOffsetHelper helper = Activator.injector().getInstance(EObjectAtOffsetHelper.class);
            INode node = helper.getCrossReferenceNode(resource, new org.eclipse.xtext.util.TextRegion(region.getOffset(), 0));
            if (node == null) {
                return null;
            }
            EObject element = helper.resolveCrossReferencedElementAt(resource, region.getOffset());
            if (element == null || element.eIsProxy() || element.eResource() == null) {
                return null;
            }
            ITextRegion name = Activator.injector().getInstance(ILocationInFileProvider.class).getSignificantTextRegion(element);
            IFile file = BulwarkFiles.fileOf(element.eResource().getURI());
            if (file == null || name == null) {
                return null;
            }
            return new Target(new Region(node.getOffset(), node.getLength()), file, name.getOffset(), name.getLength(),
                    NodeModelUtils.getTokenText(node));
        });
        return target == null ? null : new IHyperlink[] { target.link() };
    }

    private record Target(IRegion source, IFile file, int offset, int length, String name) {
        IHyperlink link() {
            return new IHyperlink() {
                @Override
                public IRegion getHyperlinkRegion() {
                    return source;
                }

                @Override
                public String getTypeLabel() {
                    return "Open Declaration";
                }

                @Override
                public String getHyperlinkText() {
                    return "Open declaration of " + name;
                }

                @Override
                public void open() {
                    BulwarkDocuments.openAndSelect(file, offset, length);
                }
            };
        }
    }
}
