package io.bulwark.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.QualifiedNameValueConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Numbers are written as plain decimals (never 1E+3), so values set through EMF serialize to parseable text; a
 * qualified name drops the escape caret of each segment, as a declared name does ({@code owner ^range} names
 * {@code force ^range}, whose name is "range").
 */
public class BulwarkValueConverterService extends DefaultTerminalConverters {

    @Inject
    private QualifiedNameValueConverter qualifiedName;

    private final IValueConverter<BigDecimal> decimal = new IValueConverter<>() {
        @Override
        public BigDecimal toValue(String string, INode node) {
            try {
                return new BigDecimal(string);
            } catch (NumberFormatException | NullPointerException e) {
                throw new ValueConverterException("'" + string + "' is not a number", node, e);
            }
        }

        @Override
        public String toString(BigDecimal value) {
            return value.toPlainString();
        }
    };

    @ValueConverter(rule = "QualifiedName")
    public IValueConverter<String> QualifiedName() {
        return qualifiedName;
    }

    @ValueConverter(rule = "Decimal")
    public IValueConverter<BigDecimal> Decimal() {
        return decimal;
    }
}
