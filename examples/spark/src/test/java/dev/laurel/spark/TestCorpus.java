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
import dev.laurel.examples.corpus.CorpusGenerator;

/**
 * A corpus of generated documents ({@link CorpusGenerator}, seed {@link #SEED}: UTF-8 and GB18030,
 * CRLF and LF, with the defects the parser diagnoses) spread over nested folders, plus: the
 * fixtures' HTML pages (GB2312 declared in a meta tag), the sample in UTF-8 with BOM and in UTF-16LE
 * with BOM, the sample in a file named {@code SAMPLE.TXT}, three byte-identical copies of one generated document (one document in four files, written once:
 * the first in path order, copies/a, then b, c and the original under gen/), a file with a Chinese name and a space, and two files no parser can read.
 */
final class TestCorpus {

    static final long SEED = 20261129L;

    /** Files that must land in the errors table, by file name. */
    static final List<String> UNREADABLE = List.of("broken-bytes.txt", "picture.txt");

    /** The generated document that is copied three times. */
    static final int COPIED = 7;

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

    /**
     * Writes {@code generated} generated documents and the extras into {@code dir}; returns the files a
     * run over the folder reads (not the PNG and the hidden file also written), sorted.
     */
    static List<Path> write(Path dir, int generated) throws IOException {
        Path root = repositoryRoot();
        List<Path> written = new ArrayList<>();
        CorpusGenerator generator = new CorpusGenerator(SEED);
        byte[] copied = null;
        for (int i = 0; i < generated; i++) {
            CorpusGenerator.Document d = generator.generate(i);
            byte[] b = d.bytes();
            if (i == COPIED) {
                copied = b;
            }
            // gen/0/00/gen-000000.txt ...: a few levels, so the lookup has to recurse.
            written.add(put(dir.resolve("gen").resolve(String.valueOf(i % 3)).resolve(String.format("%02d", i / 100 % 100))
                    .resolve(d.name()), b));
        }
        try (Stream<Path> s = Files.list(root.resolve("parsers/src/test/resources/fixtures"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                written.add(put(dir.resolve("html").resolve(p.getFileName()), Files.readAllBytes(p)));
            }
        }
        String sample = Files.readString(root.resolve("seeds/000_8580ebc5395fa60a.txt"), StandardCharsets.UTF_8);
        written.add(put(dir.resolve("encodings/sample-utf8-bom.txt"),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, sample.getBytes(StandardCharsets.UTF_8))));
        written.add(put(dir.resolve("encodings/sample-utf16le-bom.txt"),
                concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, sample.getBytes(StandardCharsets.UTF_16LE))));
        written.add(put(dir.resolve("encodings/sample-gb18030.txt"), sample.getBytes(Charset.forName("GB18030"))));
        if (copied != null) {
            written.add(put(dir.resolve("copies/a/copy.txt"), copied));
            written.add(put(dir.resolve("copies/b/copy.txt"), copied));
            written.add(put(dir.resolve("copies/c/copy.txt"), copied));
        }
        written.add(put(dir.resolve("names/江苏 公告.txt"), (sample + "\n").getBytes(StandardCharsets.UTF_8)));
        // Neither UTF-8 nor GB18030 (0x80 and 0xFF start no GB18030 character), and an image named .txt.
        written.add(put(dir.resolve("bad/broken-bytes.txt"),
                concat("双拥模范城".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0x80, (byte) 0xFF, 0x41})));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0};
        written.add(put(dir.resolve("bad/picture.txt"), png));
        // Read by neither path: not a document extension, and a hidden file.
        put(dir.resolve("other/cover.png"), png);
        put(dir.resolve("other/.notes.txt"), png);
        // An upper-case extension is read.
        written.add(put(dir.resolve("other/SAMPLE.TXT"), (sample + "\n\n").getBytes(StandardCharsets.UTF_8)));
        written.sort(null);
        return written;
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
