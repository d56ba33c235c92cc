package dev.laurel.examples.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application that depends on Jackson 2.15 (databind, core and the jackson-annotations 2.15.2 Maven resolves for
 * it) uses Laurel beside it: parse the sample, export JSON, read it back, and read the same bytes with Jackson 2's
 * {@code ObjectMapper} (issue 17, item 4). Before Laurel's JSON code needed only jackson-core 3, this failed with
 * {@code NoClassDefFoundError: com/fasterxml/jackson/annotation/JsonSerializeAs}.
 */
class Jackson2BesideIT {

    private static final String JACKSON2 = "2.15.2";

    private static final String APP = """
            import com.fasterxml.jackson.databind.JsonNode;
            import com.fasterxml.jackson.databind.ObjectMapper;
            import dev.laurel.Laurel;
            import dev.laurel.model.Announcement;
            import java.io.ByteArrayInputStream;
            import java.io.ByteArrayOutputStream;
            import java.nio.file.Path;
            import java.util.List;

            public class App {
                public static void main(String[] args) throws Exception {
                    Announcement a = Laurel.parse(Path.of(args[0]));
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    Laurel.export(a, "json", out);
                    List<Announcement> back = Laurel.read(new ByteArrayInputStream(out.toByteArray()));
                    JsonNode tree = new ObjectMapper().readTree(out.toByteArray());
                    System.out.println("jackson2=" + ObjectMapper.class.getPackage().getImplementationVersion());
                    System.out.println("equal=" + back.equals(List.of(a)));
                    System.out.println("awardees=" + tree.get("awardees").size() + "/" + a.awardees().size());
                    System.out.println("name=" + tree.get("source").get("name").asText());
                }
            }
            """;

    private static Path jackson2(String artifact) {
        Path repo = Path.of(System.getProperty("laurel.localRepository",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));
        Path jar = repo.resolve("com/fasterxml/jackson/core/" + artifact + "/" + JACKSON2 + "/" + artifact + "-" + JACKSON2 + ".jar");
        assertTrue(Files.isRegularFile(jar), jar + " is in the local repository (a test dependency of examples)");
        return jar;
    }

    /** Laurel and its run-time dependencies: this module's test class path without Jackson's annotations and databind. */
    private static List<String> laurelClassPath() {
        List<String> out = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String p = entry.replace('\\', '/');
            if (p.contains("/com/fasterxml/jackson/") || p.contains("/tools/jackson/core/jackson-databind/")
                    || p.matches(".*/jackson-annotations-[^/]*\\.jar") || p.matches(".*/jackson-databind-3[^/]*\\.jar")) {
                continue;
            }
            out.add(entry);
        }
        return out;
    }

    @Test
    void laurelExportsAndReadsJsonBesideJackson2_15(@TempDir Path dir) throws IOException, InterruptedException {
        List<String> cp = new ArrayList<>(List.of(jackson2("jackson-databind").toString(),
                jackson2("jackson-core").toString(), jackson2("jackson-annotations").toString()));
        cp.addAll(laurelClassPath());
        String classPath = String.join(File.pathSeparator, cp);

        Path src = dir.resolve("App.java");
        Files.writeString(src, APP, StandardCharsets.UTF_8);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-encoding", "UTF-8", "-classpath", classPath,
                "-d", dir.toString(), src.toString());
        assertEquals(0, compiled, "the application compiles against Laurel and Jackson 2");

        Path sample = ShadedJarIT.ROOT.resolve("seeds/000_8580ebc5395fa60a.txt");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dfile.encoding=UTF-8", "-cp", dir + File.pathSeparator + classPath, "App", sample.toString());
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), "the application runs:\n" + out + err);
        List<String> lines = Arrays.asList(out.strip().split("\\R"));
        assertTrue(lines.contains("jackson2=" + JACKSON2), out);
        assertTrue(lines.contains("equal=true"), "the round trip is equal:\n" + out);
        assertTrue(lines.stream().anyMatch(l -> l.matches("awardees=([1-9][0-9]*)/\\1")), "Jackson 2 reads the same awardees:\n" + out);
        assertTrue(lines.contains("name=000_8580ebc5395fa60a.txt"), out);
    }
}
