package dev.laurel.parsers.commendation;

import dev.laurel.model.Announcement;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample document, fixtures and gold files the parser tests read. */
public final class TestDocuments {
    /** The sample, in the repository's seeds folder (tests run with the module as working directory). */
    static final Path SEED = Path.of("..", "seeds", "000_8580ebc5395fa60a.txt");
    /** The sample's gold, kept once in the repository, with core's tests. */
    static final Path SEED_GOLD = Path.of("..", "core", "src", "test", "resources", "gold", "seed-gold.json");

    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private TestDocuments() {
    }

    public static String seedText() {
        try {
            return Files.readString(SEED, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Announcement parse(String text, String name) {
        return new CommendationTextParser().parse(Source.ofText(text, name), ParseOptions.defaults());
    }

    static JsonNode fileJson(Path path) {
        try {
            return JSON.readTree(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode resourceJson(String path) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String resourceText(String path) {
        try (InputStream in = TestDocuments.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
