package dev.laurel.spark;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.ParserRegistry;
import dev.laurel.spi.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;

/**
 * Parses the files of one partition ({@code path}, {@code content} rows of Spark's binaryFile
 * source) into {@link DocumentRows}, lazily, one file in memory at a time. The parser registry is
 * loaded once per partition, on the executor; decoding is Laurel's ({@link Source#of(byte[], String,
 * java.nio.charset.Charset)} with the charset detected), so every encoding the command line reads is
 * read here the same way. A file that cannot be read becomes a row with a {@code reason}, never a
 * failed task.
 */
final class PartitionParser implements MapPartitionsFunction<Row, Row> {

    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        ParserRegistry registry = ParserRegistry.load(PartitionParser.class.getClassLoader());
        ParseOptions options = ParseOptions.defaults();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                Row file = files.next();
                return parse(file.getString(0), (byte[]) file.get(1), registry, options);
            }
        };
    }

    static Row parse(String path, byte[] content, ParserRegistry registry, ParseOptions options) {
        String name = fileName(path);
        try {
            Source source = Source.of(content, name, options.charset());
            Announcement a = Laurel.parse(source, options, registry);
            return DocumentRows.of(path, a);
        } catch (LaurelException e) {
            return DocumentRows.failure(path, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not stop an archive: report it with the file, as the CLI's batch mode does.
            return DocumentRows.failure(path, name + " could not be parsed (" + e + ").");
        }
    }

    /** The last segment of a path as Spark lists it (a URI such as file:/a/b%20c.txt, or a plain path). */
    static String fileName(String path) {
        String p = path;
        try {
            URI uri = new URI(path);
            if (uri.getPath() != null) {
                p = uri.getPath();
            }
        } catch (URISyntaxException e) {
            // Not a URI (Hadoop prints paths unescaped); take it as it is.
        }
        int slash = p.lastIndexOf('/');
        String name = slash >= 0 ? p.substring(slash + 1) : p;
        return name.isEmpty() ? path : name;
    }
}
