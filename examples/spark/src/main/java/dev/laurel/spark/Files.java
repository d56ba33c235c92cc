package dev.laurel.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads whole input files for one task. The Hadoop file system is looked up once per task and file
 * system, not per file (each lookup builds a cache key with the current user). A local file system is
 * read without its checksum layer: an archive has no {@code .crc} files, and looking for one per file
 * cost an exception per file.
 */
final class Files {

    private final Configuration conf;
    private FileSystem fs;
    private URI root;

    Files(Configuration conf) {
        this.conf = conf;
    }

    /** The bytes of a file listed by {@link InputListing}; an I/O error fails the task, which Spark retries. */
    byte[] read(String path) {
        Path p = new Path(URI.create(path));
        try (InputStream in = fileSystem(p).open(p)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    private FileSystem fileSystem(Path p) throws IOException {
        URI uri = p.toUri();
        URI r = URI.create(uri.getScheme() + "://" + (uri.getAuthority() == null ? "" : uri.getAuthority()) + "/");
        if (fs == null || !r.equals(root)) {
            FileSystem f = p.getFileSystem(conf);
            fs = f instanceof ChecksumFileSystem c ? c.getRawFileSystem() : f;
            root = r;
        }
        return fs;
    }
}
