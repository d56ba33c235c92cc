package dev.laurel.examples.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Laurel on the module path (issue 17, item 5): a small modular application that requires only
 * {@code dev.laurel.core} finds the parsers, the exporters and the JSON readers as services, parses the sample and
 * writes every format; the stage packages of the parser are not exported.
 */
class ModulePathIT {

    /** The jars of Laurel's modules and of what they require, as built and resolved for this module's tests. */
    static List<Path> modulePath() {
        List<Path> out = new ArrayList<>();
        for (String module : List.of("core", "parsers", "exporters")) {
            out.add(ShadedJarIT.ROOT.resolve(module + "/target/laurel-" + module + "-0.1.0-SNAPSHOT.jar"));
        }
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String name = Path.of(entry).getFileName().toString();
            if (name.matches("(jsoup|commons-text|commons-lang3|commons-csv|commons-io|commons-codec)-[0-9.]+\\.jar")
                    || name.matches("jackson-core-3\\.[0-9.]+\\.jar")) {
                out.add(Path.of(entry));
            }
        }
        return out;
    }

    @Test
    void aModularApplicationFindsEveryPluginAndReadsTheSample(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src");
        Files.createDirectories(src.resolve("probe"));
        Files.writeString(src.resolve("module-info.java"), "module probe { requires dev.laurel.core; }");
        Files.writeString(src.resolve("probe/Main.java"), """
                package probe;

                import dev.laurel.Laurel;
                import dev.laurel.model.Announcement;
                import java.io.ByteArrayOutputStream;
                import java.nio.file.Path;

                public class Main {
                    public static void main(String[] args) throws Exception {
                        System.out.println("parsers " + Laurel.parsers().names());
                        System.out.println("exporters " + Laurel.exporters().names());
                        System.out.println("readers " + Laurel.readers().names());
                        Announcement a = Laurel.parse(Path.of(args[0]));
                        System.out.println("awardees " + a.awardees().size());
                        ByteArrayOutputStream json = new ByteArrayOutputStream();
                        Laurel.export(a, "json", json);
                        ByteArrayOutputStream jsonl = new ByteArrayOutputStream();
                        Laurel.export(a, "jsonl", jsonl);
                        System.out.println("read back " + Laurel.read(new java.io.ByteArrayInputStream(json.toByteArray()),
                                "json").equals(java.util.List.of(a)));
                        try {
                            Class.forName("dev.laurel.parsers.commendation.text.Paragraphs").getMethod("split", String.class)
                                    .invoke(null, "x");
                            System.out.println("stage packages open");
                        } catch (IllegalAccessException e) {
                            System.out.println("stage packages closed");
                        }
                    }
                }
                """);
        String modulePath = String.join(File.pathSeparator, modulePath().stream().map(Path::toString).toList());
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        Path classes = dir.resolve("classes");
        int compiled = javac.run(null, null, errors, "--module-path", modulePath, "-d", classes.toString(),
                src.resolve("module-info.java").toString(), src.resolve("probe/Main.java").toString());
        assertEquals(0, compiled, errors::toString);

        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--module-path", classes + File.pathSeparator + modulePath, "--add-modules", "ALL-MODULE-PATH",
                "-m", "probe/probe.Main", ShadedJarIT.ROOT.resolve("seeds/000_8580ebc5395fa60a.txt").toString())
                .redirectErrorStream(true).start();
        String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(run.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, run.exitValue(), out);
        assertTrue(out.contains("parsers [commendation-html, commendation-text]"), out);
        assertTrue(out.contains("exporters [csv, html, json, jsonl]"), out);
        assertTrue(out.contains("readers [json, jsonl]"), out);
        assertTrue(out.contains("awardees 15"), out);
        assertTrue(out.contains("read back true"), out);
        assertTrue(out.contains("stage packages closed"), out);
    }
}
