import java.io.IOException;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.ClassTransform;
import java.lang.classfile.CodeTransform;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * {@code java Java6ClassFiles.java FOLDER} (JDK 24 or newer): rewrites the jars of FOLDER in place so that their classes
 * compiled for Java 5 or older (picocli, log4j, ANTLR 3) carry class-file version 50 (Java 6) and stack maps, computed
 * by the JDK's class-file API and checked by its verifier; the code itself is unchanged.
 * <p>
 * Run by {@code ./bulwark} on JDK 25: the JVM's ahead-of-time cache leaves out classes older than version 50, and the
 * command line then loads and verifies a few hundred of them on every start. A class that cannot be converted, or whose
 * converted form does not verify, is kept as it was.
 */
public final class Java6ClassFiles {

    private static final int JAVA_6 = 50;

    public static void main(String[] args) throws IOException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(Path.of(args[0]))) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        URL[] urls = new URL[jars.size()];
        for (int i = 0; i < urls.length; i++) {
            urls[i] = jars.get(i).toUri().toURL();
        }
        try (URLClassLoader classPath = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            // stack maps need the common super class of two types: read from the class path's class files
            ClassFile classFile = ClassFile.of(ClassFile.StackMapsOption.GENERATE_STACK_MAPS, ClassFile.ClassHierarchyResolverOption.of(
                    ClassHierarchyResolver.defaultResolver().orElse(ClassHierarchyResolver.ofResourceParsing(classPath))));
            for (Path jar : jars) {
                convert(classFile, jar);
            }
        }
    }

    /** Rewrites the jar when it holds a class older than Java 6; prints how many classes were converted. */
    private static void convert(ClassFile classFile, Path jar) throws IOException {
        int old = 0;
        int converted = 0;
        Path next = jar.resolveSibling(jar.getFileName() + ".next");
        try (JarFile in = new JarFile(jar.toFile(), false)) {
            for (JarEntry entry : Collections.list(in.entries())) {
                if (entry.getName().endsWith(".class") && version(in.getInputStream(entry).readNBytes(8)) < JAVA_6) {
                    old++;
                }
            }
            if (old == 0) {
                return;
            }
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(next))) {
                for (JarEntry entry : Collections.list(in.entries())) {
                    byte[] bytes = in.getInputStream(entry).readAllBytes();
                    if (entry.getName().endsWith(".class") && version(bytes) < JAVA_6) {
                        byte[] java6 = java6(classFile, bytes);
                        if (java6 != null) {
                            bytes = java6;
                            converted++;
                        }
                    }
                    out.putNextEntry(new JarEntry(entry.getName()));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        Files.move(next, jar, StandardCopyOption.REPLACE_EXISTING);
        System.out.println(jar.getFileName() + ": " + converted + " of " + old + " classes older than Java 6 converted");
    }

    /** The class at version 50 with stack maps, or null when it cannot be converted or does not verify. */
    private static byte[] java6(ClassFile classFile, byte[] bytes) {
        try {
            byte[] java6 = classFile.transformClass(classFile.parse(bytes),
                    ClassTransform.endHandler(builder -> builder.withVersion(JAVA_6, 0))
                            .andThen(ClassTransform.transformingMethodBodies(CodeTransform.ACCEPT_ALL)));
            return classFile.verify(java6).isEmpty() && version(java6) == JAVA_6 ? java6 : null;
        } catch (RuntimeException e) { // e.g. a super class that is not on the class path
            return null;
        }
    }

    private static int version(byte[] header) {
        return header.length < 8 ? Integer.MAX_VALUE : (header[6] & 0xff) << 8 | header[7] & 0xff;
    }
}
