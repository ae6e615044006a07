package io.bulwark.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The Bulwark validator, split by concern: values and units, names and references, and the
 * coverage analysis. Every issue code is a constant of {@link IssueCodes}.
 */
@ComposedChecks(validators = { ValueValidator.class, NameValidator.class, CoverageValidator.class, StudyValidator.class })
public class BulwarkValidator extends AbstractBulwarkValidator {
}
