package io.bulwark.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

import io.bulwark.core.finding.FindingKind;
import io.bulwark.dsl.validation.DiagnosticCodes;
import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.dsl.validation.StudyIssueCodes;

/**
 * The one table of codes: every constant of the language is in it, in the scheme BULWARK-SYN/REF/VAL/COV-nnn; the
 * docs' table is the table; a framework code never reaches a user.
 */
class DiagnosticCodesTest {

    private static final Path DOCS = Path.of("../../docs/codes.md").toAbsolutePath().normalize();
    private static final String SCHEME = "BULWARK-(SYN|REF|VAL|COV)-\\d{3}";

    private static List<String> constants(Class<?> holder) throws IllegalAccessException {
        List<String> codes = new ArrayList<>();
        for (Field field : holder.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                codes.add((String) field.get(null));
            }
        }
        return codes;
    }

    @Test
    void everyCodeOfTheLanguageAndOfTheFindingsIsInTheTableOnce() throws IllegalAccessException {
        List<String> codes = new ArrayList<>(constants(IssueCodes.class));
        codes.addAll(constants(StudyIssueCodes.class));
        for (FindingKind kind : FindingKind.values()) {
            codes.add(kind.code());
        }
        assertEquals(codes.size(), new HashSet<>(codes).size(), "two constants share a code: " + codes);
        List<String> table = DiagnosticCodes.all().stream().map(DiagnosticCodes.Code::id).toList();
        assertEquals(new HashSet<>(codes), new HashSet<>(table));
        assertEquals(table.size(), new HashSet<>(table).size());
        for (DiagnosticCodes.Code code : DiagnosticCodes.all()) {
            assertTrue(code.id().matches(SCHEME), code.id());
            assertTrue(code.name().matches("[A-Z][A-Za-z]+"), code.name());
            assertTrue(code.severity().matches("error|warning|info|error or warning"), code.severity());
            assertTrue(code.description().endsWith(".") && code.help().length() > 20, code.id());
        }
    }

    @Test
    void theCoverageCodesStayAsTheyWere() {
        for (FindingKind kind : FindingKind.values()) {
            assertEquals(String.format("BULWARK-COV-%03d", kind.number()), kind.code());
            assertEquals(kind.code(), DiagnosticCodes.of(kind.code()).id());
        }
    }

    @Test
    void frameworkCodesBecomeTheLanguagesCodes() {
        assertEquals(IssueCodes.SYNTAX_ERROR, DiagnosticCodes.userCode(Diagnostic.SYNTAX_DIAGNOSTIC, true));
        assertEquals(IssueCodes.SYNTAX_ERROR, DiagnosticCodes.userCode(Diagnostic.SYNTAX_DIAGNOSTIC_WITH_RANGE, false));
        assertEquals(IssueCodes.SYNTAX_ERROR, DiagnosticCodes.userCode(null, true));
        assertEquals(IssueCodes.UNKNOWN_REFERENCE, DiagnosticCodes.userCode(Diagnostic.LINKING_DIAGNOSTIC, false));
        assertEquals(IssueCodes.OTHER_PROBLEM, DiagnosticCodes.userCode("org.eclipse.emf.ecore.model.1", false));
        assertEquals(IssueCodes.OTHER_PROBLEM, DiagnosticCodes.userCode(null, false));
        assertEquals(IssueCodes.MISSING_UNIT, DiagnosticCodes.userCode(IssueCodes.MISSING_UNIT, false));
        assertEquals("BULWARK-COV-007", DiagnosticCodes.userCode("BULWARK-COV-007", false));
        assertEquals(IssueCodes.OTHER_PROBLEM, DiagnosticCodes.of("io.bulwark.dsl.missingUnit").id());
    }

    @Test
    void syntaxLinkingAndValueErrorsOfAFileCarryCodesOfTheTable() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("cat.bulwark", Language.CATALOG);
        files.put("test.bulwark", "scenario T\nimport cat.*\nimport nothing.here.*\nforce A\n"
                + "radar R : Nowhere { owner Nobody at 36 N, 127 E }\nasset X at 36 N 127 E\nasset Y at 91 N, 127 E\n"
                + "raid Q : SRBM x 99999999999 from 37 N, 127 E at X\n}}\n");
        List<Issue> issues = Language.validate(Language.resource(Language.load(files), "test.bulwark"));
        Set<String> codes = new HashSet<>();
        for (Issue issue : issues) {
            assertTrue(issue.getCode().matches(SCHEME), issue.getCode() + " " + issue.getMessage());
            codes.add(issue.getCode());
        }
        assertTrue(codes.containsAll(Set.of(IssueCodes.SYNTAX_ERROR, IssueCodes.UNREADABLE_TOKEN, IssueCodes.UNKNOWN_REFERENCE)), codes.toString());
    }

    /** The table of docs/codes.md, as the table renders it. */
    static String markdown() {
        StringBuilder table = new StringBuilder("| code | name | severity | meaning | what to do |\n|---|---|---|---|---|\n");
        for (DiagnosticCodes.Code code : DiagnosticCodes.all()) {
            table.append("| ").append(code.id()).append(" | ").append(code.name()).append(" | ").append(code.severity()).append(" | ")
                    .append(code.description()).append(" | ").append(code.help()).append(" |\n");
        }
        return table.toString();
    }

    @Test
    void theDocsTableIsTheTable() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        String expected = markdown();
        assertTrue(docs.contains(expected), DOCS + " should hold this table, as the code has it:\n" + expected);
    }
}
