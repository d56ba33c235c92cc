package dev.laurel.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.GlobFilter;
import org.apache.hadoop.fs.Path;

/**
 * The files of the input, listed once on the driver with their sizes: recursively, skipping the
 * names Spark's file sources skip (a leading '.' or '_', files being copied, at any depth), keeping
 * the file names that match the extension glob, sorted by path. Paths are written as Spark's
 * {@code binaryFile} source writes them (the URI form, e.g. {@code file:/a/b%20c.txt}).
 */
final class InputListing {

    private InputListing() {
    }

    /** One file: its path (URI form) and size. */
    record Entry(String path, long length) {
    }

    /** Lists {@code input} (a folder, read recursively, or one file); {@code glob} null keeps every name. */
    static List<Entry> list(Configuration conf, String input, String glob) {
        Path root = new Path(input);
        try {
            FileSystem fs = root.getFileSystem(conf);
            GlobFilter names = glob == null ? null : new GlobFilter(glob);
            List<Entry> files = new ArrayList<>();
            Deque<FileStatus> folders = new ArrayDeque<>();
            FileStatus top = fs.getFileStatus(root);
            if (top.isFile()) {
                files.add(new Entry(top.getPath().toUri().toString(), top.getLen()));
            } else {
                folders.add(top);
            }
            while (!folders.isEmpty()) {
                for (FileStatus s : fs.listStatus(folders.pop().getPath())) {
                    if (hidden(s.getPath().getName())) {
                        continue;
                    }
                    if (s.isDirectory()) {
                        folders.push(s);
                    } else if (names == null || names.accept(s.getPath())) {
                        files.add(new Entry(s.getPath().toUri().toString(), s.getLen()));
                    }
                }
            }
            files.sort(Comparator.comparing(Entry::path));
            return files;
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("the input does not exist: " + input, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + input, e);
        }
    }

    /** What Spark's file index leaves out (InMemoryFileIndex.shouldFilterOutPathName). */
    static boolean hidden(String name) {
        return name.startsWith(".") || (name.startsWith("_") && !name.contains("=")) || name.endsWith("._COPYING_");
    }
}
