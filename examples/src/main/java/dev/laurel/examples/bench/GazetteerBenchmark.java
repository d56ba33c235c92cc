package dev.laurel.examples.bench;

import dev.laurel.model.RegionKind;
import dev.laurel.region.Gazetteer;
import dev.laurel.region.Lookup;
import dev.laurel.region.Region;
import dev.laurel.region.RegionLevel;
import dev.laurel.region.RegionMention;
import dev.laurel.region.RegionScanner;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

/**
 * Gazetteer lookups and text scanning on one thread. Run:
 * {@code java -cp examples/target/laurel.jar org.openjdk.jmh.Main Gazetteer -f 1 -wi 3 -i 5}.
 * Resource size, entries per level and the cold load time:
 * {@code java -cp examples/target/laurel.jar dev.laurel.examples.bench.GazetteerBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class GazetteerBenchmark {
    /** The seed roster plus ambiguous, short, traditional and unknown names. */
    private static final String[] NAMES = {
        "杭州市", "宁波市", "温州市", "湖州市", "嘉兴市", "绍兴市", "金华市", "衢州市", "舟山市", "台州市", "丽水市",
        "义乌市", "平湖市", "温岭市", "江山市", "象山县", "长兴县", "平阳县", "青田县", "嵊泗县",
        "朝阳区", "吉林", "河北区", "兴县", "湖州", "宁夏", "黔南州", "萧山市", "邵陽市", "臺州", "不存在市", "杭州",
    };
    private static final String PARAGRAPH = "4月23日,全国双拥模范城(县)命名大会在北京隆重举行,浙江省20个市、县(市)"
            + "被命名为全国双拥模范城(县),分别是:杭州市、宁波市、温州市、湖州市、嘉兴市、绍兴市、金华市、衢州市、舟山市、"
            + "台州市、丽水市,义乌市、平湖市、温岭市、江山市,象山县、长兴县、平阳县、青田县、嵊泗县。舟山市与湖州等地开展交流,"
            + "投入2500余万元用于黔南州武警支队帮扶项目。";

    private final Gazetteer gazetteer = Gazetteer.get();
    private final RegionScanner scanner = RegionScanner.of(RegionScanner.Names.FULL_AND_SHORT);
    private int next;

    /** One name lookup (rotating over {@link #NAMES}). */
    @Benchmark
    public Lookup lookup() {
        return gazetteer.lookup(NAMES[next++ & 31]);
    }

    /** One lookup restricted to 浙江省 by code. */
    @Benchmark
    public Lookup lookupWithinProvince() {
        return gazetteer.lookupWithin("330000", NAMES[next++ & 31]);
    }

    /** Scanning a 300-character paragraph with full and short names. */
    @Benchmark
    public List<RegionMention> scanParagraph() {
        return scanner.scan(PARAGRAPH);
    }

    /** Prints the resource size, the entries per level and kind, and the cold load time. */
    public static void main(String[] args) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        Gazetteer g = Gazetteer.get();
        long wall1 = System.nanoTime();
        long cpu1 = mx.getCurrentThreadCpuTime();
        RegionScanner.of(RegionScanner.Names.FULL_AND_SHORT).scan("浙江省杭州市");
        long wall2 = System.nanoTime();
        long size;
        try (InputStream in = Gazetteer.class.getResourceAsStream("divisions.tsv")) {
            size = in.readAllBytes().length;
        }
        Map<RegionLevel, Integer> levels = new EnumMap<>(RegionLevel.class);
        Map<RegionKind, Integer> kinds = new EnumMap<>(RegionKind.class);
        for (Region r : g.regions()) {
            levels.merge(r.level(), 1, Integer::sum);
            kinds.merge(r.kind(), 1, Integer::sum);
        }
        System.out.printf("divisions.tsv: %,d bytes, %d regions%n", size, g.size());
        System.out.println("per level: " + levels);
        System.out.println("per kind:  " + kinds);
        System.out.printf("cold load: %.1f ms wall, %.1f ms CPU; scanner trie build: %.1f ms wall%n",
                (wall1 - wall0) / 1e6, (cpu1 - cpu0) / 1e6, (wall2 - wall1) / 1e6);
    }
}
