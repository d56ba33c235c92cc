package dev.laurel.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java example, compiled and run as written (from the repository root, as a reader would run it), so that
 * the README cannot drift from the API again (issue 17).
 */
class ReadmeExampleTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theReadmeJavaExampleCompilesAndRuns(@TempDir Path dir) throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        String block = javaBlockDeclaring(readme, "public class FirstRead");
        Path source = dir.resolve("FirstRead.java");
        Files.writeString(source, block, StandardCharsets.UTF_8);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        String classpath = System.getProperty("java.class.path");
        int compiled = javac.run(null, null, errors, "-encoding", "UTF-8", "-classpath", classpath, "-d", dir.toString(),
                source.toString());
        assertEquals(0, compiled, () -> "the README's Java example does not compile:\n" + errors);

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                // the class path holds POI (the Office parsers), whose Log4j API notes a missing provider on stdout
                "-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory", "-cp", dir + File.pathSeparator + classpath,
                "FirstRead").directory(ROOT.toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start(); // POI may note its missing Log4j provider
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(120, TimeUnit.SECONDS), "the example did not finish");
        assertEquals(0, run.exitValue(), () -> out + readQuietly(dir.resolve("stderr.txt")));
        List<String> lines = out.lines().toList();
        assertTrue(lines.get(0).startsWith("杭州市 330100 honoured 9× (total)"), out);
        assertTrue(out.contains("  慰问金额: 63000000 元 more-than"), out);
        assertTrue(out.contains("\"schemaVersion\""), out);
        assertTrue(lines.stream().noneMatch(l -> l.contains("null×") || l.contains("TOTAL")), out);
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return "";
        }
    }

    /** The ```java block of {@code markdown} holding {@code marker}. */
    static String javaBlockDeclaring(String markdown, String marker) {
        int at = markdown.indexOf(marker);
        assertTrue(at >= 0, "the README has no Java block declaring " + marker);
        int start = markdown.lastIndexOf("```java\n", at);
        int end = markdown.indexOf("\n```", at);
        assertTrue(start >= 0 && end > at, "the Java block around " + marker + " is not fenced");
        return markdown.substring(start + "```java\n".length(), end + 1);
    }
}
