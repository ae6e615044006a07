package io.bulwark.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.INTValueConverter;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

import io.bulwark.dsl.validation.CoverageOptions;

/**
 * Numbers are written as plain decimals (never 1E+3), so values set through EMF serialize to parseable text; a
 * qualified name drops the escape caret of each segment, as a declared name does ({@code owner ^range} names
 * {@code force ^range}, whose name is "range"); a count too large for the language is a located error that says the
 * limit, not a Java number-format message.
 */
public class BulwarkValueConverterService extends DefaultTerminalConverters {

    @Inject
    private QualifiedNameValueConverter qualifiedName;

    private final IValueConverter<BigDecimal> decimal = new IValueConverter<>() {
        @Override
        public BigDecimal toValue(String string, INode node) {
            if (string == null || string.isBlank()) { // the parser recovered from a missing number
                throw new ValueConverterException("a number is missing here", node, null);
            }
            try {
                return new BigDecimal(string);
            } catch (NumberFormatException e) {
                throw new ValueConverterException("'" + string.strip() + "' is not a number", node, null);
            }
        }

        @Override
        public String toString(BigDecimal value) {
            return value.toPlainString();
        }
    };

    @Inject
    private CountValueConverter count;

    /** Whole numbers (counts of interceptors, of a salvo, of a raid's missiles): too many digits name the limit. */
    public static class CountValueConverter extends INTValueConverter {
        @Override
        public Integer toValue(String string, INode node) {
            if (string != null && string.chars().allMatch(Character::isDigit) && string.length() > 0) {
                try {
                    return Integer.valueOf(string);
                } catch (NumberFormatException tooLarge) {
                    Assignment assignment = node == null ? null : GrammarUtil.containingAssignment(node.getGrammarElement());
                    boolean raidCount = assignment != null && "count".equals(assignment.getFeature());
                    throw new ValueConverterException(keywordBefore(node) + string + " is too large: at most "
                            + (raidCount ? CoverageOptions.MAX_THREATS : Integer.MAX_VALUE), node, null);
                }
            }
            return super.toValue(string, node);
        }

        /** The keyword the number follows ("interceptors ", "salvo ", "x "), or nothing. */
        private static String keywordBefore(INode node) {
            for (INode before = node == null ? null : node.getPreviousSibling(); before != null; before = before.getPreviousSibling()) {
                if (!(before instanceof ILeafNode leaf && leaf.isHidden())) {
                    return before.getGrammarElement() instanceof Keyword keyword ? keyword.getValue() + " " : "";
                }
            }
            return "";
        }
    }

    @Override
    @ValueConverter(rule = "INT")
    public IValueConverter<Integer> INT() {
        return count;
    }

    @ValueConverter(rule = "QualifiedName")
    public IValueConverter<String> QualifiedName() {
        return qualifiedName;
    }

    @ValueConverter(rule = "Decimal")
    public IValueConverter<BigDecimal> Decimal() {
        return decimal;
    }
}
