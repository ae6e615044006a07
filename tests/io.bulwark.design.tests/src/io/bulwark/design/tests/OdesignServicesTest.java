package io.bulwark.design.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

import io.bulwark.design.ScenarioServices;

/**
 * The offline checker verifies {@code service:} calls but not the service calls inside AQL expressions: this test
 * does, so a renamed or mistyped service fails the build instead of a diagram refresh in the field.
 */
class OdesignServicesTest {

    /** AQL calls that are not Bulwark services. */
    private static final Set<String> AQL_BUILT_INS = Set.of("eContainer", "eContents", "eClass", "oclIsKindOf", "oclAsType", "toString", "size");

    /** {@code .name(args)}: a call with a dot receiver; arguments without nested parentheses. */
    private static final Pattern CALL = Pattern.compile("\\.\\s*([A-Za-z_]\\w*)\\s*\\(([^()]*)\\)");

    @Test
    void everyServiceCalledFromTheOdesignIsAPublicMethodOfScenarioServices() throws Exception {
        List<String> missing = new ArrayList<>();
        Set<String> called = new TreeSet<>();
        for (String expression : aqlExpressions()) {
            Matcher m = CALL.matcher(expression);
            while (m.find()) {
                String name = m.group(1);
                if (AQL_BUILT_INS.contains(name)) {
                    continue;
                }
                int arguments = m.group(2).isBlank() ? 0 : m.group(2).split(",").length;
                called.add(name);
                if (!hasService(name, arguments + 1)) {
                    missing.add(name + " with " + arguments + " argument(s) in " + expression);
                }
            }
        }
        assertEquals(List.of(), missing, "services called from bulwark.odesign but not in ScenarioServices");
        assertTrue(called.containsAll(Set.of("radars", "batteries", "isBelowRequiredNegation", "worstNegationLabel",
                "isSinglePointOfFailure", "reachesNoBattery", "negationLabel", "latencyLabel")), "services called: " + called);
    }

    @Test
    void odesignUsesOnlyAqlAndFeatureExpressions() throws Exception {
        List<String> others = new ArrayList<>();
        forEachAttribute((element, name, value) -> {
            if (value.startsWith("service:") || value.startsWith("ocl:") || value.startsWith("[")) {
                others.add(element + "@" + name + "=" + value);
            }
        });
        assertEquals(List.of(), others, "the bundle requires only the AQL interpreter");
    }

    @Test
    void servicesFollowTheSiriusConventions() throws Exception {
        assertTrue(Modifier.isPublic(ScenarioServices.class.getConstructor().getModifiers()));
        for (Method method : ScenarioServices.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                assertFalse(Modifier.isStatic(method.getModifiers()), method + " is static");
                assertTrue(method.getParameterCount() >= 1 && EObject.class.isAssignableFrom(method.getParameterTypes()[0]),
                        method + ": the first parameter must be the EObject the service is called on");
            }
        }
    }

    private static boolean hasService(String name, int parameters) {
        for (Method method : ScenarioServices.class.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == parameters && method.getDeclaringClass() == ScenarioServices.class) {
                return true;
            }
        }
        return false;
    }

    private static List<String> aqlExpressions() throws Exception {
        List<String> expressions = new ArrayList<>();
        forEachAttribute((element, name, value) -> {
            if (value.startsWith("aql:")) {
                expressions.add(value.substring(4));
            }
        });
        assertFalse(expressions.isEmpty());
        return expressions;
    }

    private interface AttributeVisitor {
        void visit(String element, String name, String value);
    }

    private static void forEachAttribute(AttributeVisitor visitor) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document document = factory.newDocumentBuilder().parse(Workspace.odesign().toFile());
        NodeList all = document.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                visitor.visit(element.getTagName(), attributes.item(j).getNodeName(), attributes.item(j).getNodeValue().strip());
            }
        }
    }
}
