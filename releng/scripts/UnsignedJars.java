import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * {@code java UnsignedJars.java FROM TO}: copies every jar of the folder FROM into the folder TO without its signature
 * files and with the main section of its manifest only, then prints the copies as a class path (sorted, ':'-separated).
 * <p>
 * Run by {@code ./bulwark} for its plain class path: the JVM checks a signed jar's digests whenever it loads a class
 * from it and leaves such classes out of its class-data-sharing archive and ahead-of-time cache; the per-entry digests
 * of the Eclipse jars' manifests (a quarter of a megabyte for Xtext) are parsed again on every start.
 */
public final class UnsignedJars {

    public static void main(String[] args) throws IOException {
        Path from = Path.of(args[0]);
        Path to = Files.createDirectories(Path.of(args[1]));
        List<Path> jars;
        try (Stream<Path> files = Files.list(from)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        StringBuilder classPath = new StringBuilder();
        for (Path jar : jars) {
            Path copy = to.resolve(jar.getFileName());
            copy(jar, copy);
            classPath.append(classPath.isEmpty() ? "" : ":").append(copy.toAbsolutePath());
        }
        System.out.println(classPath);
    }

    private static void copy(Path jar, Path copy) throws IOException {
        try (JarFile in = new JarFile(jar.toFile(), false); OutputStream file = Files.newOutputStream(copy)) {
            Manifest manifest = in.getManifest();
            JarOutputStream out = manifest == null ? new JarOutputStream(file) : new JarOutputStream(file, mainSection(manifest));
            for (JarEntry entry : in.stream().toList()) {
                if (entry.getName().equalsIgnoreCase(JarFile.MANIFEST_NAME) || isSignature(entry.getName())) {
                    continue;
                }
                out.putNextEntry(new JarEntry(entry.getName()));
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(out);
                }
                out.closeEntry();
            }
            out.finish();
        }
    }

    private static Manifest mainSection(Manifest manifest) {
        Manifest main = new Manifest();
        main.getMainAttributes().putAll(manifest.getMainAttributes());
        main.getMainAttributes().putIfAbsent(Attributes.Name.MANIFEST_VERSION, "1.0");
        return main;
    }

    /** The files of a jar signature: META-INF/NAME.SF and its signature block (.RSA, .DSA, .EC), and SIG-* files. */
    private static boolean isSignature(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        String file = upper.substring("META-INF/".length());
        return file.endsWith(".SF") || file.endsWith(".RSA") || file.endsWith(".DSA") || file.endsWith(".EC") || file.startsWith("SIG-");
    }
}
