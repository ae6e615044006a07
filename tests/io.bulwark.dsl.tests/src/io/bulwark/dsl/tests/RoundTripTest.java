package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.resource.SaveOptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.model.bulwark.Named;
import io.bulwark.model.bulwark.Quantity;

/**
 * Edits through EMF, as a diagram or a quick fix makes them, on every corpus file: change one quantity and
 * rename one element, save, and only the lines holding them change; every comment stays.
 */
class RoundTripTest {

    static Stream<Path> corpus() throws IOException {
        return FormatterTest.corpus();
    }

    private static XtextResource load(Path file) throws IOException {
        XtextResourceSet set = Language.load(Map.of(file.getFileName().toString(), Files.readString(file)));
        return Language.resource(set, file.getFileName().toString());
    }

    private static String save(XtextResource resource) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, SaveOptions.newBuilder().noValidation().getOptions().toOptionsMap());
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> T first(XtextResource resource, Class<T> type) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject element = it.next();
            if (type.isInstance(element)) {
                return type.cast(element);
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void changingAQuantityRewritesOnlyItsLine(Path file) throws IOException {
        String text = Files.readString(file);
        XtextResource resource = load(file);
        Quantity quantity = first(resource, Quantity.class);
        assertTrue(quantity != null, "every corpus file has a quantity");
        BigDecimal changed = quantity.getValue().add(BigDecimal.ONE);
        quantity.setValue(changed);
        assertOnlyLinesWithChanged(text, save(resource), changed.toPlainString(), true);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void renamingAnElementRewritesOnlyItsDeclarationAndReferences(Path file) throws IOException {
        String text = Files.readString(file);
        XtextResource resource = load(file);
        Named named = first(resource, io.bulwark.model.bulwark.CatalogType.class);
        if (named == null) {
            named = first(resource, io.bulwark.model.bulwark.Force.class);
        }
        assertTrue(named != null, "every corpus file declares a type or a force");
        named.setName(named.getName() + "_Renamed");
        assertOnlyLinesWithChanged(text, save(resource), named.getName(), false);
    }

    /** Only lines holding {@code expected} changed (exactly one when {@code single}: a rename also updates references). */
    private static void assertOnlyLinesWithChanged(String before, String after, String expected, boolean single) {
        List<String> a = List.of(before.split("\n", -1));
        List<String> b = List.of(after.split("\n", -1));
        assertEquals(a.size(), b.size(), "no line added or removed");
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(i);
            }
        }
        List<String> diff = changed.stream().map(i -> a.get(i) + " -> " + b.get(i)).toList();
        assertTrue(single ? changed.size() == 1 : !changed.isEmpty(), "changed lines: " + diff);
        assertTrue(changed.stream().allMatch(i -> b.get(i).contains(expected)), "every changed line holds " + expected + ": " + diff);
        for (String line : a) {
            int comment = line.indexOf("//");
            if (comment >= 0) {
                assertTrue(after.contains(line.substring(comment)), "comment kept: " + line.substring(comment));
            }
        }
    }
}
