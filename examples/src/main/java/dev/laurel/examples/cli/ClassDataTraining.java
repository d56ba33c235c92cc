package dev.laurel.examples.cli;

import dev.laurel.examples.corpus.CorpusGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run the {@code laurel} launcher records a class-data-sharing archive of (JDK AppCDS, with
 * {@code -XX:ArchiveClassesAtExit}), once per installed jar: {@code laurel parse} over generated documents,
 * text and web pages, in batch mode as JSON Lines and one of them as JSON, so that the archive holds the
 * classes a parse loads and later runs start without loading them from the jar. Writes nothing but
 * a temporary folder it deletes.
 */
public final class ClassDataTraining {

    private ClassDataTraining() {
    }

    /**
     * Runs the training; exits 0 when the commands ran.
     *
     * @param args none
     * @throws IOException when the temporary folder cannot be written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("laurel-cds-");
        try {
            CorpusGenerator generator = new CorpusGenerator(1);
            Path first = null;
            for (int i = 0; i < 24; i++) {
                CorpusGenerator.Document d = generator.generate(i);
                Path file = dir.resolve(d.name());
                Files.write(file, d.bytes());
                first = first == null ? file : first;
            }
            PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);
            int batch = Main.run(new String[] {"parse", "--jobs", "2", "--quiet", dir.toString()}, nowhere, nowhere);
            int one = Main.run(new String[] {"parse", first.toString()}, nowhere, nowhere);
            System.exit(batch == ExitCodes.OK && one == ExitCodes.OK ? 0 : 1);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
