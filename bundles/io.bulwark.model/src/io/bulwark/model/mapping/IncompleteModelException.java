package io.bulwark.model.mapping;

import org.eclipse.emf.ecore.EObject;

/**
 * The EMF scenario cannot be turned into analysis input: a required value is missing, a reference
 * is unresolved or leaves the scenario, or the core refuses a value. Carries the element so that
 * callers can point at it.
 */
public class IncompleteModelException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient EObject element;

    public IncompleteModelException(EObject element, String message) {
        super(message);
        this.element = element;
    }

    /** The model element the problem is about. */
    public EObject element() {
        return element;
    }
}
