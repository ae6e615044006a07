package io.bulwark.dsl.validation;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

import io.bulwark.model.bulwark.Agreement;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.BulwarkPackage;
import io.bulwark.model.bulwark.Constraint;
import io.bulwark.model.bulwark.InterceptorType;
import io.bulwark.model.bulwark.LaunchDraw;
import io.bulwark.model.bulwark.MonteCarlo;
import io.bulwark.model.bulwark.Named;
import io.bulwark.model.bulwark.Objective;
import io.bulwark.model.bulwark.ObjectiveKind;
import io.bulwark.model.bulwark.Quantity;
import io.bulwark.model.bulwark.Radar;
import io.bulwark.model.bulwark.Raid;
import io.bulwark.model.bulwark.SiteGrid;
import io.bulwark.model.bulwark.Study;
import io.bulwark.model.bulwark.StudyProperty;
import io.bulwark.model.bulwark.ValueDraw;
import io.bulwark.model.bulwark.Variation;
import io.bulwark.model.units.Dimension;
import io.bulwark.model.units.Units;

/**
 * The meaning of trade studies: what each clause may vary, value ranges, units, Monte Carlo sizes, objectives.
 * The variant count (the cross product) is stated and limited by `bulwark study`, which knows the grids' cells.
 */
public class StudyValidator extends AbstractDeclarativeValidator {

    private static final BulwarkPackage B = BulwarkPackage.eINSTANCE;

    @Override
    public void register(EValidatorRegistrar registrar) {
        // composed into BulwarkValidator (@ComposedChecks), not registered on its own
    }

    @Check
    public void checkSiteGrid(SiteGrid grid) {
        Named target = grid.getTarget();
        if (target != null && !target.eIsProxy() && !(target instanceof Battery) && !(target instanceof Radar)) {
            error("A site grid moves a battery or a radar, not " + kindOf(target) + " " + target.getName(), grid, B.getSiteGrid_Target(),
                    StudyIssueCodes.WRONG_STUDY_TARGET);
        }
        positiveLength(grid.getStep(), grid, B.getSiteGrid_Step(), "grid step");
        if (grid.getRadius() != null) {
            positiveLength(grid.getRadius(), grid, B.getSiteGrid_Radius(), "grid radius");
        }
    }

    @Check
    public void checkVariation(Variation variation) {
        StudyProperty property = variation.getProperty();
        checkTarget(variation.getTarget(), property, variation, B.getVariation_Target());
        boolean doctrine = property == StudyProperty.DOCTRINE;
        if (doctrine != !variation.getDoctrines().isEmpty()) {
            error(doctrine ? "A doctrine varies over doctrines: shoot-shoot, shoot-look-shoot" : "Only a doctrine varies over doctrines",
                    variation, B.getVariation_Property(), StudyIssueCodes.INVALID_STUDY_VALUE);
            return;
        }
        if (doctrine) {
            return;
        }
        List<BigDecimal> values = variation.getValues();
        if (variation.getMax() != null) {
            BigDecimal step = variation.getStep() == null ? BigDecimal.ONE : variation.getStep();
            if (step.signum() <= 0) {
                error("The step of a range must be above 0, not " + step.toPlainString(), variation, B.getVariation_Step(),
                        StudyIssueCodes.INVALID_STUDY_VALUE);
            }
            if (values.get(0).compareTo(variation.getMax()) > 0) {
                error("Inverted range: " + values.get(0).toPlainString() + " > " + variation.getMax().toPlainString(), variation,
                        B.getVariation_Max(), StudyIssueCodes.INVALID_STUDY_VALUE);
            }
        } else if (variation.getStep() != null) {
            error("A step belongs to a range (min .. max step s), not to a list", variation, B.getVariation_Step(),
                    StudyIssueCodes.INVALID_STUDY_VALUE);
        }
        for (BigDecimal value : variation.getMax() == null ? values : List.of(values.get(0), variation.getMax())) {
            checkValue(property, value, variation, B.getVariation_Values());
        }
        checkUnit(property, variation.getUnit(), variation, B.getVariation_Unit());
    }

    @Check
    public void checkMonteCarlo(MonteCarlo monteCarlo) {
        if (monteCarlo.getSamples() < 1) {
            error("A Monte Carlo clause needs at least 1 sample", monteCarlo, B.getMonteCarlo_Samples(), StudyIssueCodes.INVALID_STUDY_VALUE);
        }
        Study study = (Study) monteCarlo.eContainer();
        if (study.getItems().stream().filter(MonteCarlo.class::isInstance).findFirst().orElse(null) != monteCarlo) {
            error("A study has at most one monte-carlo clause", monteCarlo, null, StudyIssueCodes.INVALID_STUDY_VALUE);
        }
    }

    @Check
    public void checkLaunchDraw(LaunchDraw draw) {
        positiveLength(draw.getRadius(), draw, B.getLaunchDraw_Radius(), "launch disc radius");
    }

    @Check
    public void checkValueDraw(ValueDraw draw) {
        StudyProperty property = draw.getProperty();
        if (property != StudyProperty.PK && property != StudyProperty.LATENCY && property != StudyProperty.APOGEE
                && property != StudyProperty.LAUNCH_TIME) {
            error("Only pk, latency, apogee and launch-time are drawn from a distribution, not " + property.getLiteral(), draw,
                    B.getValueDraw_Property(), StudyIssueCodes.WRONG_STUDY_TARGET);
            return;
        }
        checkTarget(draw.getTarget(), property, draw, B.getValueDraw_Target());
        if (draw.isUniform()) {
            if (draw.getLow() != null && draw.getHigh() != null && draw.getLow().compareTo(draw.getHigh()) > 0) {
                error("Inverted range: " + draw.getLow().toPlainString() + " > " + draw.getHigh().toPlainString(), draw,
                        B.getValueDraw_High(), StudyIssueCodes.INVALID_STUDY_VALUE);
            }
            checkValue(property, draw.getLow(), draw, B.getValueDraw_Low());
            checkValue(property, draw.getHigh(), draw, B.getValueDraw_High());
        } else if (draw.getSd() != null && draw.getSd().signum() < 0) {
            error("A standard deviation is not negative: " + draw.getSd().toPlainString(), draw, B.getValueDraw_Sd(),
                    StudyIssueCodes.INVALID_STUDY_VALUE);
        }
        checkUnit(property, draw.getUnit(), draw, B.getValueDraw_Unit());
    }

    @Check
    public void checkObjective(Objective objective) {
        ObjectiveKind kind = objective.getKind();
        if (kind == ObjectiveKind.FINDINGS && (objective.getFindingKind() < 1 || objective.getFindingKind() > 8)) {
            error("A findings objective names a finding kind 1..8 (e.g. 'objective findings 6'), not " + objective.getFindingKind(),
                    objective, B.getObjective_FindingKind(), StudyIssueCodes.INVALID_STUDY_VALUE);
        } else if (kind != ObjectiveKind.FINDINGS && objective.getFindingKind() != 0) {
            error("Only a findings objective takes a finding kind", objective, B.getObjective_FindingKind(),
                    StudyIssueCodes.INVALID_STUDY_VALUE);
        }
        if (kind != ObjectiveKind.WORST_NEGATION && !objective.getAssets().isEmpty()) {
            error("Only a worst-negation objective names assets", objective, B.getObjective_Assets(), StudyIssueCodes.INVALID_STUDY_VALUE);
        }
    }

    @Check
    public void checkConstraint(Constraint constraint) {
        // the reference is checked by the linker; nothing else to check yet, but a duplicate is a mistake
        Study study = (Study) constraint.eContainer();
        long same = study.getItems().stream()
                .filter(item -> item instanceof Constraint other && other.getAsset() == constraint.getAsset()).count();
        if (same > 1 && study.getItems().stream().filter(Constraint.class::isInstance).findFirst().orElse(null) != constraint) {
            warning("The same constraint twice", constraint, B.getConstraint_Asset(), StudyIssueCodes.INVALID_STUDY_VALUE);
        }
    }

    private void checkTarget(Named target, StudyProperty property, EObject owner, EStructuralFeature feature) {
        if (target == null || target.eIsProxy() || property == null) {
            return;
        }
        boolean fits = switch (property) {
            case INTERCEPTORS, SALVO, DOCTRINE -> target instanceof Battery;
            case LATENCY -> target instanceof Agreement;
            case PK -> target instanceof InterceptorType;
            case COUNT, LAUNCH_TIME, APOGEE -> target instanceof Raid;
        };
        if (!fits) {
            String owners = switch (property) {
                case INTERCEPTORS, SALVO, DOCTRINE -> "a battery";
                case LATENCY -> "an agreement";
                case PK -> "an interceptor type";
                case COUNT, LAUNCH_TIME, APOGEE -> "a raid";
            };
            error("'" + property.getLiteral() + "' is a property of " + owners + ", not of " + kindOf(target) + " " + target.getName(), owner,
                    feature, StudyIssueCodes.WRONG_STUDY_TARGET);
        }
    }

    private void checkValue(StudyProperty property, BigDecimal value, EObject owner, EStructuralFeature feature) {
        if (value == null || property == null) {
            return;
        }
        switch (property) {
            case INTERCEPTORS, SALVO, COUNT -> {
                int least = property == StudyProperty.INTERCEPTORS ? 0 : 1;
                if (value.stripTrailingZeros().scale() > 0 || value.compareTo(BigDecimal.valueOf(least)) < 0) {
                    error("'" + property.getLiteral() + "' is a whole number of at least " + least + ", not " + value.toPlainString(), owner,
                            feature, StudyIssueCodes.INVALID_STUDY_VALUE);
                }
            }
            case PK -> {
                if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                    error("A pk is in [0, 1], not " + value.toPlainString(), owner, feature, IssueCodes.PROBABILITY_OUT_OF_RANGE);
                }
            }
            case LATENCY, LAUNCH_TIME -> {
                if (value.signum() < 0) {
                    error("Negative " + property.getLiteral() + ": " + value.toPlainString(), owner, feature, IssueCodes.NEGATIVE_VALUE);
                }
            }
            case APOGEE -> {
                if (value.signum() <= 0) {
                    error("An apogee is above 0, not " + value.toPlainString(), owner, feature, StudyIssueCodes.INVALID_STUDY_VALUE);
                }
            }
            case DOCTRINE -> {
            }
        }
    }

    private void checkUnit(StudyProperty property, String unit, EObject owner, EStructuralFeature feature) {
        Dimension expected = property == null ? null : switch (property) {
            case LATENCY, LAUNCH_TIME -> Dimension.TIME;
            case APOGEE -> Dimension.LENGTH;
            default -> null;
        };
        if (expected == null) {
            if (unit != null) {
                error("'" + property.getLiteral() + "' takes no unit, not '" + unit + "'", owner, feature, IssueCodes.WRONG_UNIT);
            }
            return;
        }
        String[] valid = expected.units().toArray(String[]::new);
        if (unit == null) {
            error("Missing unit: '" + property.getLiteral() + "' is a " + expected.label() + " in " + String.join(", ", valid), owner, feature,
                    IssueCodes.MISSING_UNIT, valid);
        } else if (Units.dimensionOf(unit).orElse(null) != expected) {
            error("Wrong unit '" + unit + "': '" + property.getLiteral() + "' is a " + expected.label() + " in " + String.join(", ", valid),
                    owner, feature, IssueCodes.WRONG_UNIT, valid);
        }
    }

    private void positiveLength(Quantity quantity, EObject owner, EStructuralFeature feature, String what) {
        if (quantity == null || quantity.getValue() == null) {
            return;
        }
        String[] valid = Dimension.LENGTH.units().toArray(String[]::new);
        if (quantity.getUnit() == null || Units.dimensionOf(quantity.getUnit()).orElse(null) != Dimension.LENGTH) {
            error("The " + what + " is a length in " + String.join(", ", valid)
                    + (quantity.getUnit() == null ? "" : ", not '" + quantity.getUnit() + "'"), quantity, B.getMeasure_Unit(),
                    quantity.getUnit() == null ? IssueCodes.MISSING_UNIT : IssueCodes.WRONG_UNIT, valid);
        } else if (quantity.getValue().signum() <= 0) {
            error("The " + what + " must be above 0, not " + quantity.getValue().toPlainString(), owner, feature,
                    StudyIssueCodes.INVALID_STUDY_VALUE);
        }
    }

    private static String kindOf(EObject element) {
        return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
    }
}
