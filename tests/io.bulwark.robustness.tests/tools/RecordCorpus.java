import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import io.bulwark.cli.BulwarkCommand;

/**
 * Records resources/bad/manifest.tsv: runs every case of resources/bad/intent.tsv through {@code bulwark check} (in one JVM)
 * and writes its exit code and first diagnostic, then lists where the result differs from the intent. Run by
 * ../record-corpus.sh; the tests assert the manifest.
 */
public class RecordCorpus {

    public static void main(String[] args) throws Exception {
        Path module = Path.of(args[0]).toAbsolutePath().normalize();
        Path bad = module.resolve("resources/bad");
        List<String> rows = new ArrayList<>();
        rows.add("file\twith\texit\tfirst\tintent");
        int differences = 0;
        for (String row : Files.readAllLines(bad.resolve("intent.tsv"))) {
            String[] cells = row.split("\t", -1);
            if (cells[0].equals("file")) {
                continue;
            }
            String file = cells[0];
            List<String> command = new ArrayList<>(List.of("check", "--threads", "1", bad.resolve(file).toString()));
            command.addAll(with(module, cells[1]));
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            long start = System.nanoTime();
            int exit = BulwarkCommand.execute(command.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
            long ms = (System.nanoTime() - start) / 1_000_000;
            String first = first(bad.resolve(file).toString(), exit, out.toString(), err.toString());
            rows.add(file + "\t" + cells[1] + "\t" + exit + "\t" + first + "\t" + cells[3]);
            String expected = cells[2];
            if (!expected.equals("?") && !expected.equals(first)) {
                differences++;
                System.out.println("DIFF " + file + ": intended '" + expected + "', got '" + first + "' exit " + exit);
            }
            if (ms > 2000) {
                System.out.println("SLOW " + file + ": " + ms + " ms");
            }
            String all = out + "" + err;
            if (all.contains("\tat ") || all.contains("Exception") || all.contains("internal error")) {
                System.out.println("TRACE " + file + ": " + err.toString().lines().findFirst().orElse(""));
            }
        }
        Path temp = bad.resolve("manifest.tsv.tmp");
        Files.write(temp, rows, StandardCharsets.UTF_8);
        Files.move(temp, bad.resolve("manifest.tsv"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.println((rows.size() - 1) + " cases recorded, " + differences + " differ from their intent");
    }

    static List<String> with(Path module, String with) {
        List<String> paths = new ArrayList<>();
        if (with.equals("catalog")) {
            paths.add(module.resolve("resources/catalog").toString());
        } else if (!with.equals("-")) {
            for (String companion : with.split(",")) {
                paths.add(module.resolve("resources").resolve(companion).toString());
            }
        }
        return paths;
    }

    /** "input", "none", or "severity code line" of the first diagnostic of the most severe kind present. */
    static String first(String file, int exit, String out, String err) {
        if (exit == 2 && err.startsWith("bulwark: ")) {
            return "input";
        }
        for (String severity : List.of("error", "warning", "info")) {
            for (String line : out.split("\n")) {
                if (line.startsWith(file + ":")) {
                    String[] words = line.substring(file.length() + 1).split(" ", 4);
                    String[] position = words[0].split(":");
                    if (words[1].equals(severity)) {
                        return severity + " " + words[2] + " " + position[0];
                    }
                }
            }
        }
        return "none";
    }
}
