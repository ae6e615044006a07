package io.bulwark.benchmarks;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
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

/**
 * The editor path: a 2,000-line scenario (next to the example catalog) is re-validated after a one-line
 * change, as the editor does on a keystroke: Xtext's partial re-parse of the changed region, linking, and
 * every check including the coverage findings with single points of failure. The analysis keeps the geometry of
 * what an edit leaves as it was: a changed requirement recomputes no geometry and no what-if, a moved raid that
 * raid's geometry and every what-if.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class EditorBenchmark {

    private final IResourceValidator[] validator = new IResourceValidator[1];
    private XtextResource scenario;
    private int changeOffset;
    private int raidOffset;
    private int edits;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Injector injector = new BulwarkStandaloneSetup().createInjectorAndDoEMFRegistration();
        XtextResourceSet set = injector.getInstance(XtextResourceSet.class);
        set.getResource(URI.createFileURI(Path.of("examples/catalog/systems.bulwark").toAbsolutePath().toString()), true);
        String text = scenarioText(2000);
        scenario = (XtextResource) set.createResource(URI.createURI("bench:/editor.bulwark"));
        scenario.load(new java.io.ByteArrayInputStream(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)), null);
        EcoreUtil.resolveAll(set);
        changeOffset = text.indexOf("requires 0.90") + "requires ".length();
        raidOffset = text.indexOf(" from ", text.indexOf("raid W010")) + " from ".length();
        validator[0] = injector.getInstance(IResourceValidator.class);
        if (text.lines().count() < 2000 || changeOffset < 0 || raidOffset < 0 || !Character.isDigit(text.charAt(raidOffset))) {
            throw new IllegalStateException("the scenario should have 2,000 lines, a requirement and a raid to edit");
        }
        // the benchmark is meaningful only if the coverage analysis runs: it must report findings
        List<Issue> first = validator[0].validate(scenario, CheckMode.ALL, CancelIndicator.NullImpl);
        long findings = first.stream().filter(i -> i.getCode() != null && i.getCode().startsWith("BULWARK-COV-")).count();
        if (findings < 50) {
            throw new IllegalStateException("expected the coverage findings of the scenario, got " + first.size() + " issues: " + first);
        }
    }

    /** One keystroke's worth: change a required negation on one line, re-parse that region, validate everything. */
    @Benchmark
    public int revalidateAfterOneLineChange() {
        scenario.update(changeOffset, 4, edits++ % 2 == 0 ? "0.85" : "0.90");
        List<Issue> issues = validator[0].validate(scenario, CheckMode.ALL, CancelIndicator.NullImpl);
        return issues.size();
    }

    /** One keystroke in a raid's launch latitude (its third decimal): that raid's geometry and every what-if are analysed again. */
    @Benchmark
    public int revalidateAfterMovingOneRaid() {
        char digit = scenario.getParseResult().getRootNode().getText().charAt(raidOffset + 5);
        scenario.update(raidOffset + 5, 1, digit == '9' ? "0" : String.valueOf((char) (digit + 1)));
        List<Issue> issues = validator[0].validate(scenario, CheckMode.ALL, CancelIndicator.NullImpl);
        return issues.size();
    }

    /** A scenario of about {@code lines} lines in the style of the examples: blocks over several lines, comments. */
    static String scenarioText(int lines) {
        Random random = new Random(2000);
        StringBuilder text = new StringBuilder("// A theatre-wide scenario for the editor benchmark.\nscenario Editor\nimport catalog.*\n\n");
        text.append("force Blue nation \"Blue\"\nforce Green nation \"Green\"\n");
        text.append("agreement Link { Blue <-> Green latency 2 s }\n\n");
        String[] radars = { "AN_TPY_2_TM", "GREEN_PINE", "AN_MPQ_65" };
        String[] interceptors = { "THAAD", "PAC3_CRI", "PAC3_MSE", "L_SAM" };
        int radar = 0;
        int battery = 0;
        int asset = 0;
        int raid = 0;
        while (text.toString().lines().count() < lines) {
            text.append(String.format(Locale.ROOT, "// radar site %d%nradar R%03d : %s {%n    owner %s%n    at %.3f N, %.3f E%n    facing %d deg%n}%n%n",
                    radar, radar, radars[radar % 3], radar % 2 == 0 ? "Blue" : "Green", 34.5 + random.nextDouble() * 3,
                    126 + random.nextDouble() * 3, random.nextInt(360)));
            radar++;
            text.append(String.format(Locale.ROOT, "battery B%03d : %s {%n    owner %s%n    at %.3f N, %.3f E%n    interceptors %d%n"
                    + "    doctrine shoot-look-shoot%n    cued by R%03d%n}%n%n", battery, interceptors[battery % 4], battery % 2 == 0 ? "Blue" : "Green",
                    34.5 + random.nextDouble() * 3, 126 + random.nextDouble() * 3, 8 + random.nextInt(40), Math.max(0, radar - 1)));
            battery++;
            double lat = 35 + random.nextDouble() * 2.5;
            double lon = 126.5 + random.nextDouble() * 2.5;
            text.append(String.format(Locale.ROOT, "asset A%03d at %.3f N, %.3f E requires 0.90%n", asset, lat, lon));
            text.append(String.format(Locale.ROOT, "raid W%03d : Scud_B x 2 from %.3f N, %.3f E at A%03d at T+%d s%n%n", raid, lat + 2, lon - 0.5, asset,
                    random.nextInt(300)));
            asset++;
            raid++;
        }
        return text.toString();
    }

}
