package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.ui.IViewPart;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Injector;

import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.dsl.validation.IssueCodes;
import io.bulwark.model.bulwark.Model;
import io.bulwark.ui.Activator;
import io.bulwark.ui.preferences.PreferenceCoverageService;
import io.bulwark.ui.view.CoverageView;

/** The IDE's analysis is the command line's, with the preferences' defaults: the same limits, the same located errors. */
@ExtendWith(Leftovers.class)
class IdeAnalysisTest {

    private static final String CATALOG = """
            package cat
            interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
            radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
            missile SRBM { reach 600 km rcs 1 m2 }
            """;

    /** The command line's test of the same text ({@code AnalysisCountTest}) expects the same line. */
    private static final String OVERSIZED = """
            scenario Test
            import cat.*
            force US nation "United States"
            radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
            battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo 2 }
            asset City at 0 N, 2.698 E
            raid R1 : SRBM x 2000000000 from 0 N, 0 E at City
            """;

    @Test
    void aRaidOfTwoBillionMissilesIsRefusedWithTheCommandLinesLocatedError() throws Exception {
        Injector ide = Activator.injector();
        CoverageService coverage = assertInstanceOf(PreferenceCoverageService.class, ide.getInstance(CoverageService.class));
        XtextResourceSet set = ide.getInstance(XtextResourceSet.class);
        XtextResource scenario = null;
        // in one order on every run (Map.of iterates in an order of its own per JVM): the catalog first
        for (Map.Entry<String, String> file : new TreeMap<>(Map.of("cat.bulwark", CATALOG, "test.bulwark", OVERSIZED)).entrySet()) {
            Resource resource = set.createResource(URI.createURI("test:/ide/" + file.getKey()));
            resource.load(new ByteArrayInputStream(file.getValue().getBytes(StandardCharsets.UTF_8)),
                    Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
            if (file.getKey().equals("test.bulwark")) {
                scenario = (XtextResource) resource;
            }
        }
        EcoreUtil.resolveAll(set);
        // the service is the workbench's: editors, builds and the Coverage view that other tests left would count too
        // (the view refreshes on any change of its file's project, so it is closed, not only waited for)
        Workbench.uiRun(() -> {
            Workbench.page().closeAllEditors(false);
            IViewPart view = Workbench.page().findView(CoverageView.ID);
            if (view != null) {
                Workbench.page().hideView(view);
            }
        });
        Workbench.waitForBuild();
        Workbench.waitForJobs(CoverageView.FAMILY);
        int before = coverage.analyses();
        List<Issue> notRun = ide.getInstance(IResourceValidator.class).validate(scenario, CheckMode.ALL, CancelIndicator.NullImpl).stream()
                .filter(i -> IssueCodes.COVERAGE_NOT_RUN.equals(i.getCode())).toList();
        assertEquals(1, notRun.size(), notRun.toString());
        Issue issue = notRun.get(0);
        // as bulwark check prints it: test.bulwark:1:10 warning io.bulwark.dsl.coverageNotRun Coverage not analysed: ...
        assertEquals("1:10 WARNING Coverage not analysed: the raids add up to 2000000000 threats, more than the 100000 the analysis takes",
                issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getSeverity() + " " + issue.getMessage());
        AnalysedScenario outcome = coverage.analyse(((Model) scenario.getContents().get(0)).getScenario());
        assertInstanceOf(AnalysedScenario.NotAnalysable.class, outcome);
        assertEquals(before, coverage.analyses(), "refused before the core ran");
    }
}
