package dev.laurel.examples.bench;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.parsers.html.HtmlCommendationParser;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Shows that decoding and parsing stay linear on adversarial input: for each shape it builds inputs
 * of 1, 2, 4 and 8 MB (UTF-8 bytes), decodes and parses each in a fresh JVM (after an untimed
 * warm-up run at 1 MB; the faster of two timed runs counts), and prints the time, the time per MB and its ratio to the 1 MB figure.
 * The ratio must stay under 2; a run over the time budget is killed and its shape stopped (a sign
 * of super-linear work: take a jstack of the child to find the loop).
 *
 * <pre>
 * java -cp examples/target/laurel.jar dev.laurel.examples.bench.LinearTimeBenchmark [--sizes 1,2,4,8]
 *      [--shapes sample,digits,...] [--budget 120] [--seed seeds/000_8580ebc5395fa60a.txt] [--xmx 512m]
 *      [--min-heap true] [--check true]
 * </pre>
 * {@code --check true} exits 1 when a ratio reaches 2 or a run is killed (CI runs the colliding-clauses shape so).
 * {@code --xmx} sets the heap of the timing children; {@code --min-heap true} also finds, per case, the smallest
 * -Xmx with which one decode + parse completes (bisection over child JVMs; the input bytes, about 1 MB per MB,
 * are part of it), printed with that heap per MB of input.
 * <pre>
 * </pre>
 * Run it from the repository root so that the sample is found; without it the {@code sample} shape
 * uses a built-in paragraph.
 */
public final class LinearTimeBenchmark {

    private LinearTimeBenchmark() {
    }

    private static final int MB = 1024 * 1024;
    /** Timed runs per case; the fastest counts (the machine may be shared). */
    private static final int RUNS = 2;

    /** Shape name → builder of a text of at least n UTF-8 bytes. */
    static Map<String, IntFunction<String>> shapes(String sample) {
        Map<String, IntFunction<String>> m = new LinkedHashMap<>();
        m.put("sample", n -> repeat(sample + "\n\n", n));
        m.put("no-punctuation", n -> repeat("军民团结更加巩固拥军优属示范城市建设扎实开展双拥工作新局面", n));
        m.put("no-punct-counts", n -> repeat("杭州市坚持双拥优良传统先后9次被命名为全国双拥模范城", n));
        m.put("digits", n -> "杭州市投入" + repeat("31415926535897932384", n) + "万元。");
        m.put("nested-brackets", n -> {
            int half = n / 6;
            return "浙江省杭州市\n\n" + repeat("（“《", half) + "投入1200万元" + repeat("》”）", half) + "。";
        });
        m.put("one-place-repeated", n -> repeat("杭州市", n));
        m.put("place-per-line", n -> repeat("杭州市\n", n));
        m.put("headings-repeated", n -> repeat("一、杭州市\n", n));
        m.put("yi-repeated", n -> repeat("亿", n));
        m.put("unreadable-numerals", n -> "浙江省杭州市\n\n" + repeat("近亿亿元，3.5.6万元，", n));
        m.put("name-list", n -> "分别是：" + repeat("南京市、无锡市、徐州市、苏州市、南通市、扬州市、张家港市、沛县、", n) + "杭州市。");
        m.put("units-every-few-chars", n -> repeat("投入1200万元，安置358人，超过4.5万人次，近五年累计8.6亿元；", n));
        m.put("sections", n -> repeat("一、杭州市\n\n杭州市先后9次被命名为全国双拥模范城。投入6300万元，安置就业530人。\n\n", n));
        m.put("colliding-clauses", CollidingClauses::text);
        m.put("html-article", n -> "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>襄阳</title></head><body>"
                + "<nav><a href=\"/\">首页</a></nav><div class=\"article-content\">"
                + repeat("<p>全市每年安排双拥工作专项经费2000万元，近五年累计投入8.6亿元。</p>\n", n)
                + "</div><footer>版权所有</footer></body></html>");
        m.put("html-nested-divs", n -> {
            int depth = n / 40;
            return "<html><body>" + repeat("<div class=\"x\">", depth * 15) + "<p>杭州市投入1200万元。</p>"
                    + repeat("</div>", depth * 6) + "</body></html>";
        });
        return m;
    }

    private static String repeat(String unit, int bytes) {
        int unitBytes = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, (bytes + unitBytes - 1) / unitBytes));
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--one")) {
            one(args[1], Integer.parseInt(args[2]), args[3]);
            return;
        }
        if (args.length > 0 && args[0].equals("--probe")) {
            probe(args[1], Integer.parseInt(args[2]), args[3]);
            return;
        }
        List<Integer> sizes = List.of(1, 2, 4, 8);
        List<String> only = null;
        int budget = 120;
        String xmx = null;
        boolean minHeap = false;
        boolean check = false;
        String seed = "seeds/000_8580ebc5395fa60a.txt";
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--sizes" -> sizes = java.util.Arrays.stream(args[i + 1].split(",")).map(Integer::valueOf).toList();
                case "--shapes" -> only = List.of(args[i + 1].split(","));
                case "--budget" -> budget = Integer.parseInt(args[i + 1]);
                case "--seed" -> seed = args[i + 1];
                case "--xmx" -> xmx = args[i + 1];
                case "--min-heap" -> minHeap = Boolean.parseBoolean(args[i + 1]);
                case "--check" -> check = Boolean.parseBoolean(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        System.out.printf("%-22s %5s %9s %9s %7s %10s %9s %7s%n", "shape", "MB", "ms", "ms/MB", "ratio", "peak heap",
                minHeap ? "min -Xmx" : "", minHeap ? "MB/MB" : "");
        List<String> failed = new java.util.ArrayList<>();
        for (String shape : shapes("").keySet()) {
            if (only != null && !only.contains(shape)) {
                continue;
            }
            double base = -1;
            for (int size : sizes) {
                String[] r = runChild(shape, size, seed, budget, xmx);
                if (r == null) {
                    System.out.printf("%-22s %5d %9s %9s %7s %10s  killed after %d s: super-linear?%n", shape, size,
                            ">" + budget * 1000, "-", "-", "-", budget);
                    failed.add(shape + " at " + size + " MB: killed after " + budget + " s");
                    break;
                }
                double ms = Double.parseDouble(r[0]);
                double perMb = ms / size;
                if (base < 0) {
                    base = perMb;
                }
                String heap = "";
                if (minHeap) {
                    int need = minHeap(shape, size, seed, budget);
                    heap = need < 0 ? String.format(Locale.ROOT, " %9s %7s", "> " + MAX_HEAP_MB + "m", "-")
                            : String.format(Locale.ROOT, " %8dm %7.1f", need, need / (double) size);
                }
                System.out.printf(Locale.ROOT, "%-22s %5d %9.0f %9.1f %7.2f %7s MB%s%s%n", shape, size, ms, perMb,
                        perMb / base, r[1], heap, r.length > 2 ? "  " + r[2] : "");
                if (perMb / base >= RATIO_BAR) {
                    failed.add(String.format(Locale.ROOT, "%s at %d MB: %.2f times the time per MB of the first size", shape,
                            size, perMb / base));
                }
            }
        }
        if (!failed.isEmpty()) {
            System.out.println("not linear: " + String.join("; ", failed));
            if (check) {
                System.exit(1);
            }
        }
    }

    /** The most a larger input may cost per MB, as a multiple of the smallest size's cost. */
    private static final double RATIO_BAR = 2.0;

    /** Largest -Xmx tried by {@link #minHeap}, in MB. */
    private static final int MAX_HEAP_MB = 4096;

    /**
     * The smallest -Xmx (in MB, to within 4 MB or 5 %) with which one decode + parse of the case completes
     * in a child JVM (no warm-up, one run), found by bisection; -1 when {@link #MAX_HEAP_MB} is not enough.
     */
    private static int minHeap(String shape, int size, String seed, int budget) throws IOException, InterruptedException {
        int lo = 4;
        int hi = 64;
        while (!fits(shape, size, seed, budget, hi)) {
            lo = hi;
            hi *= 2;
            if (hi > MAX_HEAP_MB) {
                return -1;
            }
        }
        while (hi - lo > Math.max(4, hi / 20)) {
            int mid = (lo + hi) / 2;
            if (fits(shape, size, seed, budget, mid)) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    private static boolean fits(String shape, int size, String seed, int budget, int heapMb)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xss16m", "-Xmx" + heapMb + "m", "-cp",
                System.getProperty("java.class.path"), LinearTimeBenchmark.class.getName(), "--probe", shape,
                String.valueOf(size), seed);
        pb.redirectErrorStream(true);
        pb.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process p = pb.start();
        if (!p.waitFor(budget, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return false; // thrashing near the limit counts as not enough
        }
        return p.exitValue() == 0;
    }

    /** Runs one case in a child JVM; null when it ran over the budget. */
    private static String[] runChild(String shape, int size, String seed, int budgetSeconds, String xmx)
            throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xss16m"));
        if (xmx != null) {
            cmd.add("-Xmx" + xmx);
        }
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                LinearTimeBenchmark.class.getName(), "--one", shape, String.valueOf(size), seed));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.redirectErrorStream(true);
        Process p = pb.start();
        List<String> out = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    out.add(line);
                }
            } catch (IOException e) {
                out.add("read failed: " + e);
            }
        });
        reader.start();
        if (!p.waitFor(budgetSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return null;
        }
        reader.join();
        for (String line : out) {
            if (line.startsWith("RESULT ")) {
                return line.substring(7).split(" ", 3);
            }
        }
        throw new IllegalStateException("child failed for " + shape + " " + size + " MB: " + String.join("\n", out));
    }

    /** One untimed decode + parse of the case (for {@link #minHeap}); exits 1 when out of memory. */
    private static void probe(String shape, int size, String seedPath) throws IOException, LaurelException {
        IntFunction<String> builder = builder(shape, seedPath);
        byte[] bytes = builder.apply(size * MB).getBytes(StandardCharsets.UTF_8);
        builder = null;
        try {
            run(shape.startsWith("html") ? new HtmlCommendationParser() : new CommendationTextParser(), bytes);
        } catch (OutOfMemoryError e) {
            System.exit(1);
        }
    }

    private static IntFunction<String> builder(String shape, String seedPath) throws IOException {
        Path seedFile = Path.of(seedPath);
        String sample = Files.exists(seedFile) ? Files.readString(seedFile, StandardCharsets.UTF_8)
                : "浙江省杭州市\n\n杭州市坚持双拥优良传统，先后9次被命名为全国双拥模范城。全市每年慰问金额超6300万元。";
        IntFunction<String> builder = shapes(sample).get(shape);
        if (builder == null) {
            throw new IllegalArgumentException("no shape " + shape + "; shapes: " + shapes(sample).keySet());
        }
        return builder;
    }

    /** One timed case: decode the bytes and parse them, after a warm-up at a quarter of a MB. */
    private static void one(String shape, int size, String seedPath) throws IOException, LaurelException {
        Path seedFile = Path.of(seedPath);
        String sample = Files.exists(seedFile) ? Files.readString(seedFile, StandardCharsets.UTF_8)
                : "浙江省杭州市\n\n杭州市坚持双拥优良传统，先后9次被命名为全国双拥模范城。全市每年慰问金额超6300万元。";
        IntFunction<String> builder = shapes(sample).get(shape);
        if (builder == null) {
            throw new IllegalArgumentException("no shape " + shape + "; shapes: " + shapes(sample).keySet());
        }
        DocumentParser parser = shape.startsWith("html") ? new HtmlCommendationParser() : new CommendationTextParser();
        run(parser, builder.apply(MB).getBytes(StandardCharsets.UTF_8));
        byte[] bytes = builder.apply(size * MB).getBytes(StandardCharsets.UTF_8);
        long best = Long.MAX_VALUE;
        Announcement a = null;
        for (int i = 0; i < RUNS; i++) {
            a = null;
            System.gc();
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            long t0 = System.nanoTime();
            a = null; // the previous run's result is no part of this run's heap
            a = run(parser, bytes);
            best = Math.min(best, System.nanoTime() - t0);
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf(Locale.ROOT, "RESULT %.1f %d %d awardees, %d roster, %d issues%n", best / 1e6, peak / MB,
                a.awardees().size(), a.roster().size(), a.allIssues().size());
    }

    private static Announcement run(DocumentParser parser, byte[] bytes) throws LaurelException {
        Source source = Source.of(bytes, "bench", null);
        return parser.parse(source, ParseOptions.defaults());
    }
}
