package io.bulwark.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.google.inject.Injector;

import io.bulwark.dsl.BulwarkStandaloneSetup;
import io.bulwark.dsl.edits.ScenarioEdits;
import io.bulwark.dsl.fixes.QuickFixes.Edit;
import io.bulwark.dsl.validation.AnalysedScenario;
import io.bulwark.dsl.validation.CoverageService;
import io.bulwark.model.bulwark.Battery;
import io.bulwark.model.bulwark.Model;
import io.bulwark.report.geo.MapView;
import io.bulwark.report.svg.CoverageMap;
import io.bulwark.report.svg.RenderedMap;

/**
 * The Coverage view's drop on Korea 2016: THAAD_Seongju dragged on the map to a new site. From the drop to the
 * updated map: the move edit computed and applied to the text, the file re-parsed and linked, the coverage analysed
 * (every finding), and the map rendered again for the view's size (SVG; the IDE then rasterizes it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class MapDropBenchmark {

    /** The two sites the battery is dropped on in turn: its own, and half-way to Seoul. */
    private static final double[][] DROPS = { { 37.05, 127.6 }, { 36.006, 128.169 } };

    private XtextResource korea;
    private CoverageService coverage;
    private MapView view;
    private int drops;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Injector injector = new BulwarkStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        set.getResource(URI.createFileURI(Path.of("examples/catalog/systems.bulwark").toAbsolutePath().toString()), true);
        korea = (XtextResource) set.getResource(URI.createFileURI(Path.of("examples/korea2016.bulwark").toAbsolutePath().toString()), true);
        EcoreUtil.resolveAll(set);
        coverage = injector.getInstance(CoverageService.class);
        AnalysedScenario.Analysed first = coverage.analyse(model().getScenario()).analysed().orElseThrow();
        view = CoverageMap.fit(first.mapped().scenario(), 1200, 800);
        // meaningful only if the drop changes the text and the map shows the scenario's sites
        if (drop().handles().size() < 10 || Files.readString(Path.of("examples/korea2016.bulwark")).equals(text())) {
            throw new IllegalStateException("the drop should move THAAD_Seongju and the map should show every site");
        }
    }

    @Benchmark
    public RenderedMap dropThaadSeongju() throws IOException {
        return drop();
    }

    private RenderedMap drop() throws IOException {
        double[] to = DROPS[drops++ % DROPS.length];
        String text = text();
        Battery thaad = ScenarioEdits.find(model().getScenario(), Battery.class, "THAAD_Seongju");
        List<Edit> edits = ScenarioEdits.move(text, thaad.getSite(), to[0], to[1]);
        StringBuilder edited = new StringBuilder(text);
        edits.stream().sorted(Comparator.comparingInt(Edit::offset).reversed())
                .forEach(e -> edited.replace(e.offset(), e.offset() + e.length(), e.text()));
        korea.reparse(edited.toString());
        EcoreUtil.resolveAll(korea);
        AnalysedScenario.Analysed result = coverage.analyse(model().getScenario()).analysed().orElseThrow();
        return CoverageMap.render(result.mapped().scenario(), result.report(), view, CoverageMap.Options.VIEWER);
    }

    private Model model() {
        return (Model) korea.getContents().get(0);
    }

    private String text() {
        return korea.getParseResult().getRootNode().getText();
    }
}
