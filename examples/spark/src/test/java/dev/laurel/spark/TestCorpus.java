package dev.laurel.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A corpus of a few hundred documents made from the sample and the parser fixtures: each text
 * document in UTF-8, UTF-8 with BOM, GB18030 and UTF-16LE with BOM, with 0 to {@code variants - 1}
 * trailing blank lines (so the bytes, and the keys, differ), the HTML pages as they are (GB2312
 * declared in a meta tag), spread over nested folders; plus three byte-identical copies of one
 * document (keys numbered -2, -3), a file with a Chinese name and a space, and two files no parser
 * can read.
 */
final class TestCorpus {

    /** Files that must land in the errors table, by file name. */
    static final List<String> UNREADABLE = List.of("broken-bytes.txt", "picture.png");

    private TestCorpus() {
    }

    static Path repositoryRoot() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("seeds"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("cannot find the repository (a folder with seeds/) above "
                    + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** Writes the corpus into {@code dir} and returns the files written, sorted by path. */
    static List<Path> write(Path dir, int variants) throws IOException {
        Path root = repositoryRoot();
        List<Path> texts = new ArrayList<>();
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.list(root.resolve("parsers/src/test/resources/fixtures"))) {
            s.sorted().forEach(p -> {
                String n = p.getFileName().toString();
                if (n.endsWith(".txt")) {
                    texts.add(p);
                } else if (n.endsWith(".html")) {
                    pages.add(p);
                }
            });
        }
        try (Stream<Path> s = Files.list(root.resolve("seeds"))) {
            s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(texts::add);
        }
        Charset gb18030 = Charset.forName("GB18030");
        List<Path> written = new ArrayList<>();
        for (int v = 0; v < variants; v++) {
            String tail = "\n".repeat(v);
            for (Path t : texts) {
                String text = Files.readString(t, StandardCharsets.UTF_8) + tail;
                String base = stem(t) + "-v" + v;
                written.add(put(dir.resolve("utf8/" + (v % 3)).resolve(base + ".txt"),
                        text.getBytes(StandardCharsets.UTF_8)));
                written.add(put(dir.resolve("utf8bom").resolve(base + ".txt"),
                        concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))));
                written.add(put(dir.resolve("gb18030").resolve(base + ".txt"), text.getBytes(gb18030)));
                written.add(put(dir.resolve("utf16").resolve(base + ".txt"),
                        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))));
            }
            for (Path p : pages) {
                byte[] bytes = concat(Files.readAllBytes(p), tail.getBytes(StandardCharsets.US_ASCII));
                written.add(put(dir.resolve("html").resolve(stem(p) + "-v" + v + ".html"), bytes));
            }
        }
        byte[] same = Files.readAllBytes(texts.get(1));
        written.add(put(dir.resolve("copies/a/copy.txt"), same));
        written.add(put(dir.resolve("copies/b/copy.txt"), same));
        written.add(put(dir.resolve("copies/c/copy.txt"), same));
        written.add(put(dir.resolve("names/江苏 公告.txt"),
                (Files.readString(texts.get(0), StandardCharsets.UTF_8) + "\n\n\n\n\n\n\n\n\n\n").getBytes(StandardCharsets.UTF_8)));
        // Neither UTF-8 nor GB18030 (0x80 and 0xFF start no GB18030 character), and an image.
        written.add(put(dir.resolve("bad/broken-bytes.txt"),
                concat("双拥模范城".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80, (byte) 0xFF, 0x41})));
        written.add(put(dir.resolve("bad/picture.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0}));
        written.sort(null);
        return written;
    }

    private static String stem(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? n : n.substring(0, dot);
    }

    private static Path put(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
