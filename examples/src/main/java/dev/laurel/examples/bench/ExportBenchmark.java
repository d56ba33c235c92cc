package dev.laurel.examples.bench;

import dev.laurel.exporters.csv.CsvExporter;
import dev.laurel.exporters.json.JsonExporter;
import dev.laurel.exporters.jsonl.JsonLinesExporter;
import dev.laurel.model.Announcement;
import dev.laurel.model.Awardee;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Event;
import dev.laurel.model.Initiative;
import dev.laurel.model.Metric;
import dev.laurel.model.Qualifier;
import dev.laurel.model.RegionKind;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import dev.laurel.spi.AnnouncementSink;
import dev.laurel.spi.ExportOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Export throughput on one thread, in MB (10^6 bytes) of output per second: the secondary result
 * {@code ExportBenchmark.<format>:megabytes} reads as MB/s. One operation exports one realistic
 * announcement (20 awardees, 4 initiatives and 10 figures each, like a provincial honour roll) into a
 * counting stream, so no disk is involved.
 *
 * <pre>
 * mvn -B -ntp -q package -DskipTests
 * java -cp examples/target/laurel.jar org.openjdk.jmh.Main ExportBenchmark -f 1 -wi 3 -i 5
 * </pre>
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class ExportBenchmark {

    private Announcement announcement;
    private final JsonExporter json = new JsonExporter();
    private final JsonLinesExporter jsonl = new JsonLinesExporter();
    private final CsvExporter csv = new CsvExporter();
    private final CountingStream out = new CountingStream();
    private final ExportOptions pretty = ExportOptions.defaults();
    private final ExportOptions compact = ExportOptions.defaults().withPretty(false);
    private final ExportOptions flat = ExportOptions.defaults().withLayout(ExportOptions.FLAT);

    /** Bytes written, reported by JMH as a rate. */
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    @State(Scope.Thread)
    public static class Output {
        public double megabytes;

        @Setup(Level.Iteration)
        public void reset() {
            megabytes = 0;
        }
    }

    @Setup
    public void setUp() {
        announcement = SampleAnnouncement.build();
    }

    private void count(Output o) {
        o.megabytes += out.count / 1e6;
        out.count = 0;
    }

    @Benchmark
    public void jsonPretty(Output o) throws IOException, dev.laurel.LaurelException {
        try (AnnouncementSink sink = json.open(out, pretty)) {
            sink.write(announcement);
        }
        count(o);
    }

    @Benchmark
    public void jsonCompact(Output o) throws IOException, dev.laurel.LaurelException {
        try (AnnouncementSink sink = json.open(out, compact)) {
            sink.write(announcement);
        }
        count(o);
    }

    @Benchmark
    public void jsonl(Output o) throws IOException, dev.laurel.LaurelException {
        try (AnnouncementSink sink = jsonl.open(out, compact)) {
            sink.write(announcement);
        }
        count(o);
    }

    @Benchmark
    public void csvTables(Output o) throws IOException, dev.laurel.LaurelException {
        try (AnnouncementSink sink = csv.open(name -> out, pretty)) {
            sink.write(announcement);
        }
        count(o);
    }

    @Benchmark
    public void csvFlat(Output o) throws IOException, dev.laurel.LaurelException {
        try (AnnouncementSink sink = csv.open(out, flat)) {
            sink.write(announcement);
        }
        count(o);
    }

    /** Discards bytes, counting them; close does nothing so one instance serves every sink. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }

        @Override
        public void close() {
        }
    }

    /** A realistic announcement built in code, shaped like the seed document's honour roll. */
    static final class SampleAnnouncement {
        private static final String[] CITIES = {"杭州市", "宁波市", "温州市", "湖州市", "嘉兴市", "绍兴市", "金华市",
                "衢州市", "舟山市", "台州市", "丽水市", "建德市", "桐庐县", "淳安县", "象山县", "宁海县", "永嘉县",
                "平阳县", "德清县", "长兴县"};
        private static final String[] TITLES = {"发挥双拥体制优势", "全力支持部队建设", "倾力解决“三后”难题", "巩固军地军民关系"};
        private static final String DEEDS = "每年春节、“八一”组织开展走访慰问部队、驻军属及退役军人活动,全市每年慰问金额超6300万元。"
                + "落实军地互办实事“双清单”项目174件。出台慈善拥军、大学生参军入伍、退役军人免费乘坐公共交通等政策文件20余个。"
                + "投入3000余万元支持部队营区及阵地建设,投入2500余万元用于城建共建、随军家属未就业补助。";
        private static final String[][] FIGURES = {{"慰问金额", "63000000", "元", "6300万元"}, {"“双清单”项目", "174", "件", "174件"},
                {"政策文件", "20", "个", "20余个"}, {"部队基础设施建设", "200000000", "元", "2亿元"},
                {"科技攻关项目", "20", "个", "20个"}, {"营区及阵地建设", "30000000", "元", "3000余万元"},
                {"军转干部", "1087", "名", "1087名"}, {"出动兵力", "72000", "人次", "7.2万人次"},
                {"基层双拥共建点", "83", "个", "83个"}, {"增长", "12.5", "%", "12.5%"}};

        static Announcement build() {
            List<RosterEntry> roster = new ArrayList<>();
            List<Awardee> awardees = new ArrayList<>();
            int pos = 200;
            for (int c = 0; c < CITIES.length; c++) {
                String name = CITIES[c];
                boolean county = name.endsWith("县");
                RegionKind kind = county ? RegionKind.COUNTY : c < 11 ? RegionKind.PREFECTURE_CITY : RegionKind.COUNTY_LEVEL_CITY;
                String code = String.format("33%04d", 100 + c * 100);
                roster.add(new RosterEntry(name, kind, code, "浙江省", true, new SourceSpan(100 + c * 4, 103 + c * 4)));
                int start = pos;
                List<Initiative> initiatives = new ArrayList<>();
                for (String title : TITLES) {
                    initiatives.add(new Initiative(title, DEEDS, new SourceSpan(pos, pos + title.length() + 1 + DEEDS.length())));
                    pos += title.length() + 1 + DEEDS.length();
                }
                List<Metric> metrics = new ArrayList<>();
                for (int f = 0; f < FIGURES.length; f++) {
                    String[] fig = FIGURES[f];
                    metrics.add(new Metric(fig[0], new BigDecimal(fig[1]), null, fig[2],
                            f % 3 == 0 ? Qualifier.MORE_THAN : Qualifier.EXACT, f % 4 == 0, f % TITLES.length, fig[3],
                            new SourceSpan(start + f * 40, start + f * 40 + fig[3].length())));
                }
                List<Diagnostic> issues = c % 7 == 3 ? List.of(Diagnostic.of(DiagnosticKind.DUPLICATE_PARAGRAPH, name,
                        "a paragraph repeats an earlier one; it was counted once", new SourceSpan(start, start + 80)))
                        : List.of();
                awardees.add(new Awardee(name, "浙江省", kind, code, county ? "全国双拥模范县" : "全国双拥模范城",
                        1 + c % 9, c % 2 == 0 ? TimesKind.TOTAL : TimesKind.CONSECUTIVE, null,
                        name + "坚持双拥优良传统,军地合力、军民同心扎实开展双拥模范城创建,新时代军政军民团结更加巩固更加深厚。",
                        initiatives, metrics, new SourceSpan(start, pos), issues));
            }
            SourceInfo source = new SourceInfo("000_8580ebc5395fa60a.txt",
                    "8580ebc5395fa60a8580ebc5395fa60a8580ebc5395fa60a8580ebc5395fa60a", "UTF-8", true, pos * 3L, pos,
                    "decoded");
            return Announcement.of(source, "热烈祝贺浙江20个市、县(市)荣获全国双拥模范城(县)命名", "全国双拥模范城(县)", "浙江省",
                    new Event("04-23", "北京", "全国双拥模范城(县)命名大会"), roster, awardees,
                    List.of(Diagnostic.of(DiagnosticKind.SPLIT_ROSTER, null, "the roster is split over two paragraphs",
                            new SourceSpan(90, 180))));
        }
    }
}
