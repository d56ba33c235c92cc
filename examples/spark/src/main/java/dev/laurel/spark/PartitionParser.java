package dev.laurel.spark;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.PairFlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;
import scala.Tuple2;

/**
 * Parses the files of a task's {@link Bin}, lazily, one file in memory at a time, with the executor's
 * parser registry ({@link Parsers}). Decoding is Laurel's ({@link Source#of(byte[], String,
 * java.nio.charset.Charset)}, charset detected), so every encoding the command line reads is read here
 * the same way. A file that cannot be decoded or parsed, or is over {@link Source#MAX_BYTES}, becomes a
 * failure, never a failed task; an I/O error fails the task, which Spark retries.
 *
 * <p>Keys: a document's rows are written under the first 16 hex digits of its SHA-256, unless
 * {@code keys} names its path: then under that key, or not at all when the key is {@link #COPY}
 * (a copy of an earlier file, see {@link SharedKeys}).
 */
final class PartitionParser implements PairFlatMapFunction<Iterator<Bin>, Void, Parsed> {

    private static final long serialVersionUID = 2L;

    /** The key of a file that is left out: its bytes are an earlier file's. */
    static final String COPY = "";

    private final Broadcast<SerializableConfiguration> conf;
    private final Broadcast<Map<String, String>> keys;

    PartitionParser(Broadcast<SerializableConfiguration> conf, Broadcast<Map<String, String>> keys) {
        this.conf = conf;
        this.keys = keys;
    }

    @Override
    public Iterator<Tuple2<Void, Parsed>> call(Iterator<Bin> bins) {
        if (!bins.hasNext()) {
            return Collections.emptyIterator();
        }
        Bin bin = bins.next();   // one bin per partition
        Map<String, String> fixed = keys.value();
        Files files = new Files(conf.value().value());
        return new Iterator<>() {
            private int i;
            private Parsed next = advance();

            private Parsed advance() {
                while (i < bin.paths().length) {
                    String path = bin.paths()[i];
                    long length = bin.lengths()[i++];
                    String doc = fixed.get(path);
                    if (!COPY.equals(doc)) {
                        return parse(bin.index(), path, length, doc, files);
                    }
                }
                return null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public Tuple2<Void, Parsed> next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                Parsed p = next;
                next = advance();
                return new Tuple2<>(null, p);
            }
        };
    }

    private static Parsed parse(int bin, String path, long length, String doc, Files files) {
        if (length > Source.MAX_BYTES) {
            return Parsed.failure(bin, path, path + " is " + length + " bytes, over the limit of " + Source.MAX_BYTES
                    + " bytes for one document; split the file into documents.");
        }
        return parse(bin, path, files.read(path), doc);
    }

    /** Parses one file's bytes; {@code doc} null keys it by the first 16 hex digits of its SHA-256. */
    static Parsed parse(int bin, String path, byte[] content, String doc) {
        String name = fileName(path);
        try {
            ParseOptions options = ParseOptions.defaults();
            Source source = Source.of(content, name, options.charset());
            Announcement a = Laurel.parse(source, options, Parsers.registry());
            return new Parsed(bin, path, doc != null ? doc : key(a.source().sha256()), a, null);
        } catch (LaurelException e) {
            return Parsed.failure(bin, path, e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            // A parser bug must not stop an archive: report it with the file, as the CLI's batch mode does.
            return Parsed.failure(bin, path, name + " could not be parsed (" + e + ").");
        }
    }

    /** The usual key of a document: the first 16 hex digits of its SHA-256, as in the CSV export. */
    static String key(String sha256) {
        return sha256.length() > 16 ? sha256.substring(0, 16) : sha256;
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
