package io.bulwark.cli.tests;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assertions;

import io.bulwark.cli.BulwarkCommand;

/** Runs the {@code bulwark} command in-process and writes scenario files for it. */
final class Cli {

    static final Path EXAMPLES = Path.of("../../examples").toAbsolutePath().normalize();

    /** A small catalog and a scenario whose one raid is negated to 0.96 (two shots of pk 0.8). */
    static final String CATALOG = """
            package cat
            interceptor Upper { range 0 .. 200 km altitude 10 .. 150 km speed 3 km/s reaction 10 s pk 0.8 }
            radar Surveillance { detects 1000 km at rcs 1 m2 sector 360 deg elevation 0 .. 90 deg track 5 s }
            missile SRBM { reach 600 km rcs 1 m2 }
            """;

    static final String SCENARIO = """
            scenario Test
            import cat.*
            force US nation "United States"
            // the radar and the battery sit on the defended city
            radar R : Surveillance { owner US at 0 N, 2.698 E facing 0 deg }
            battery B : Upper { owner US at 0 N, 2.698 E interceptors 10 doctrine shoot-shoot salvo 2 }
            asset City at 0 N, 2.698 E requires 0.9
            asset Port at 1 N, 2.698 E requires 0.99
            raid R1 : SRBM from 0 N, 0 E at City
            raid R2 : SRBM from 1 N, 0 E at Port
            """;

    record Run(int code, String out, String err) {
    }

    private Cli() {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = BulwarkCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    /**
     * {@link #run} on a special file (a FIFO, a device, a socket), which the command must not open: one that did would
     * wait for ever (a FIFO without a writer) or read for ever (/dev/zero); bounded, that is a failure of this test.
     */
    static Run runOnSpecialFile(String... args) {
        return Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(args),
                () -> "bulwark " + String.join(" ", args) + " did not end within 60 s: did it open a special file?");
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    /** A folder with the catalog and the scenario above. */
    static Path scenarioFolder(Path dir) throws IOException {
        Path folder = dir.resolve("scenario");
        write(folder, "cat.bulwark", CATALOG);
        write(folder, "test.bulwark", SCENARIO);
        return folder;
    }
}
