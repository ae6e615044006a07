package io.bulwark.dsl.resource;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IFragmentProvider;

/**
 * URI fragments built from names, e.g. {@code /Korea2016/Radar:TPY2_Seongju}, so that diagrams and
 * markers keep pointing at the same element when the text is reordered. Elements without a name
 * (links, quantities) fall back to their position under the nearest named container.
 */
public class NameBasedFragmentProvider implements IFragmentProvider {

    private static final String SEPARATOR = "/";
    private static final String POSITION = "@";

    @Override
    public String getFragment(EObject object, Fallback fallback) {
        EObject container = object.eContainer();
        if (container == null) {
            // an object detached from its resource (e.g. while it is unloaded) has no name-based fragment
            return object.eResource() == null ? fallback.getFragment(object) : SEPARATOR + object.eResource().getContents().indexOf(object);
        }
        String name = nameOf(object);
        String segment = name != null
                ? object.eClass().getName() + ":" + name
                : POSITION + object.eContainingFeature().getName() + "." + indexIn(container, object);
        return getFragment(container, fallback) + SEPARATOR + segment;
    }

    @Override
    public EObject getEObject(Resource resource, String fragment, Fallback fallback) {
        if (!fragment.startsWith(SEPARATOR)) {
            return fallback.getEObject(fragment);
        }
        String[] segments = fragment.substring(1).split(SEPARATOR);
        EObject current;
        try {
            current = resource.getContents().get(Integer.parseInt(segments[0]));
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
        for (int i = 1; i < segments.length && current != null; i++) {
            current = child(current, segments[i]);
        }
        return current;
    }

    private static EObject child(EObject parent, String segment) {
        if (segment.startsWith(POSITION)) {
            int dot = segment.lastIndexOf('.');
            EStructuralFeature feature = parent.eClass().getEStructuralFeature(segment.substring(1, dot));
            if (feature == null) {
                return null;
            }
            Object value = parent.eGet(feature);
            int index = Integer.parseInt(segment.substring(dot + 1));
            if (value instanceof java.util.List<?> list) {
                return index < list.size() ? (EObject) list.get(index) : null;
            }
            return index == 0 ? (EObject) value : null;
        }
        int colon = segment.indexOf(':');
        String className = segment.substring(0, colon);
        String name = segment.substring(colon + 1);
        for (EObject child : parent.eContents()) {
            if (child.eClass().getName().equals(className) && name.equals(nameOf(child))) {
                return child;
            }
        }
        return null;
    }

    private static int indexIn(EObject container, EObject object) {
        Object value = container.eGet(object.eContainingFeature());
        return value instanceof java.util.List<?> list ? list.indexOf(object) : 0;
    }

    private static String nameOf(EObject object) {
        EStructuralFeature feature = object.eClass().getEStructuralFeature("name");
        Object name = feature == null ? null : object.eGet(feature);
        return name == null ? null : name.toString();
    }
}
