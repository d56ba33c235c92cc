package dev.laurel.examples.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The BOM has the build's version and lists every Laurel module a user can depend on (issue 17). */
class BomTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void theBomListsEveryModuleAtTheBuildsVersion() throws IOException {
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
        String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertEquals(first(parent, "<artifactId>laurel-parent</artifactId>\\s*<version>([^<]+)</version>"),
                first(bom, "<artifactId>laurel-bom</artifactId>\\s*<version>([^<]+)</version>"));
        assertEquals(first(parent, "<jackson.version>([^<]+)</jackson.version>"),
                first(bom, "<jackson.version>([^<]+)</jackson.version>"), "the BOM pins the Jackson the build uses");
        for (String module : modules(parent)) {
            if (module.equals("bom")) {
                continue;
            }
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"), StandardCharsets.UTF_8);
            String artifact = first(pom, "</parent>\\s*<artifactId>([^<]+)</artifactId>");
            assertTrue(bom.contains("<artifactId>" + artifact + "</artifactId><version>${project.version}</version>"),
                    artifact + " is in the BOM");
        }
    }

    private static List<String> modules(String pom) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        while (m.find()) {
            out.add(m.group(1));
        }
        assertTrue(out.size() >= 5, "modules of the parent POM");
        return out;
    }

    private static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), regex);
        return m.group(1);
    }
}
