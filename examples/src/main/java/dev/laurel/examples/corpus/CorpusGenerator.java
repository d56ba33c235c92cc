package dev.laurel.examples.corpus;

import dev.laurel.model.RegionKind;
import dev.laurel.region.Gazetteer;
import dev.laurel.region.Region;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes synthetic members of the document family (national 双拥模范城（县） honour rolls with a deeds
 * section per awardee), each with a gold record in the shape of {@code seed-gold.json}, for benchmarks
 * and as a regression corpus. Deterministic: document {@code i} of seed {@code s} is always the same,
 * whatever the count.
 *
 * <p>Each document takes one province of the {@link Gazetteer} and 3 to 12 of its prefecture cities,
 * counties and county-level cities (names of three characters or more that are unique in the
 * province); a headline; an intro paragraph with the naming event and the roster (分别是：…); one
 * section per awardee headed in one of four shapes ({@code 浙江省杭州市}, {@code 一、杭州市},
 * {@code （一）杭州市}, {@code 杭州市：summary}); a summary with the honour count (先后N次, 连续N次,
 * 连续八次, “N连冠”, or none); 2 to 4 initiatives, each followed by sentences with figures (万元, 亿元,
 * 人, 名, 万人次, 个, 家, 处, 件, 支, 场, 场次, 亩 …) with qualifiers 超, 余, 多, 近, 约 and
 * 累计. Some documents carry the defects the parser diagnoses: roster names without a section, a
 * last section cut off mid-sentence, a paragraph split mid-sentence across a blank line, an initiative's
 * block pasted again (about one section in eight; its figures count once). About one in
 * five is encoded GB18030 and one in six has CRLF line ends. One in eight is a web page instead: the
 * same text as a news site's article (headline in {@code h1}, a paragraph per {@code p}, navigation
 * and footer around it), which the {@code commendation-html} parser reads to the same records.
 *
 * <pre>java -cp examples/target/laurel.jar dev.laurel.examples.corpus.CorpusGenerator --out DIR --count N --seed S</pre>
 *
 * writes {@code DIR/gen-000000.txt} (or {@code .html}) and {@code DIR/gen-000000.gold.json} for each document.
 */
public final class CorpusGenerator {

    /** One generated document: its file name, text, charset and gold record. */
    public record Document(String name, String text, Charset charset, Map<String, Object> gold) {
        public byte[] bytes() {
            return text.getBytes(charset);
        }
    }

    static final Charset GB18030 = Charset.forName("GB18030");
    static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private static final String[] CN_DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    private static final String[] OPENINGS = {
        "坚持把双拥工作摆在全局工作中谋划推进，军地合力、军民同心",
        "深入践行军民团结理念，推动双拥工作向纵深发展",
        "是革命老区，红色基因代代相传，拥军优属蔚然成风",
        "作为驻军重地，始终把支持部队建设作为分内之事",
        "坚持党管双拥，健全军地协调机制，双拥工作成效显著",
        "把双拥工作融入经济社会发展全局，军民鱼水情谊历久弥坚",
        "弘扬拥军优属光荣传统，军政军民团结更加巩固",
    };
    private static final String[] INITIATIVES = {
        "强化组织领导", "保障练兵备战", "关爱官兵家庭", "深化军地共建", "做实拥军优属", "凝聚社会力量",
        "传承红色基因", "支持部队建设", "服务退役军人", "打造服务品牌", "助力科技强军", "拓宽就业渠道",
        "倾情服务部队", "用心关爱军属", "筑牢国防根基", "创新双拥机制", "弘扬拥军传统", "优化优抚安置",
        "营造崇军氛围", "解决后顾之忧",
    };
    /**
     * Sentence shapes: the words before the figure, its label (what a reader names the figure: the counted noun, the
     * purpose of an amount, people with what was done for them), the words after it, the unit kind, whether 累计
     * governs it.
     */
    private record Shape(String before, String label, String after, String unitKind, boolean cumulative) {
    }

    private static final Shape[] SHAPES = {
        new Shape("投入", "部队基础设施建设", "用于部队基础设施建设", "money", false),
        new Shape("累计投入", "部队营区综合整治", "支持部队营区综合整治", "money", true),
        new Shape("筹集", "军供设施升级", "用于军供设施升级", "money", false),
        new Shape("发放优待金", "优待金", "", "money", false),
        new Shape("设立拥军优属基金", "拥军优属基金", "", "money", false),
        new Shape("累计发放优抚资金", "优抚资金", "", "money", true),
        new Shape("安置随军家属就业", "安置随军家属就业", "", "people", false),
        new Shape("帮助军人子女入学", "军人子女入学", "", "people", false),
        new Shape("安置退役士兵", "安置退役士兵", "", "soldiers", false),
        new Shape("接待部队官兵", "接待部队官兵", "", "visits", false),
        new Shape("累计出动民兵", "出动民兵", "参与抢险救灾", "visits", true),
        new Shape("建成退役军人服务站", "退役军人服务站", "", "sites", false),
        new Shape("建成双拥主题公园", "双拥主题公园", "", "parks", false),
        new Shape("签约优待商户", "优待商户", "", "firms", false),
        new Shape("办理拥军实事", "拥军实事", "", "matters", false),
        new Shape("组建民兵应急分队", "民兵应急分队", "", "teams", false),
        new Shape("开展拥军活动", "拥军活动", "", "events", false),
        new Shape("开展走访慰问", "走访慰问", "", "rounds", false),
        new Shape("协调训练用地", "训练用地", "", "land", false),
    };

    private final long seed;
    private final List<Region> provinces;
    private final Map<String, List<Region>> placesByProvince = new LinkedHashMap<>();

    public CorpusGenerator(long seed) {
        this.seed = seed;
        List<Region> ps = new ArrayList<>();
        Gazetteer g = Gazetteer.get();
        for (Region r : g.regions()) {
            if (r.kind() == RegionKind.PROVINCE) {
                List<Region> places = places(r);
                if (places.size() >= 6) {
                    ps.add(r);
                    placesByProvince.put(r.code(), places);
                }
            }
        }
        this.provinces = List.copyOf(ps);
    }

    /** Prefecture cities, counties and county-level cities of a province, unique there, three chars or more. */
    static List<Region> places(Region province) {
        Gazetteer g = Gazetteer.get();
        List<Region> out = new ArrayList<>();
        for (Region r : g.regions()) {
            if (!r.provinceCode().equals(province.code()) || r.name().length() < 3) {
                continue;
            }
            if (r.kind() != RegionKind.PREFECTURE_CITY && r.kind() != RegionKind.COUNTY
                    && r.kind() != RegionKind.COUNTY_LEVEL_CITY) {
                continue;
            }
            if (g.lookup(r.name()).candidates().size() != 1) {
                continue;
            }
            out.add(r);
        }
        return out;
    }

    /** Document {@code index}. */
    public Document generate(int index) {
        SplittableRandom rnd = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        // Repeated blocks draw from a stream of their own, so that adding them left the rest of each document as it was.
        SplittableRandom repeats = new SplittableRandom((seed + 1) * 0xC2B2AE3D27D4EB4FL + index);
        Document d = new Builder(rnd, repeats, String.format(Locale.ROOT, "gen-%06d", index)).build();
        boolean page = new SplittableRandom(seed * 0x9E3779B97F4A7C15L ^ ~index).nextInt(8) == 0;
        return page ? asWebPage(d) : d;
    }

    /** The document as an article page of a news site, in its charset, declared in the page. */
    static Document asWebPage(Document d) {
        String[] paragraphs = d.text().replace("\r\n", "\n").strip().split("\n\n+");
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"")
                .append(d.charset() == GB18030 ? "gb18030" : "utf-8").append("\">\n<title>")
                .append(escape(paragraphs[0])).append(" - 新闻网</title>\n<script>var page = \"news\";</script>\n")
                .append("</head>\n<body>\n<nav class=\"main-nav\"><ul><li><a href=\"/\">首页</a></li>")
                .append("<li><a href=\"/news/\">时政</a></li><li><a href=\"/military/\">国防军事</a></li></ul></nav>\n")
                .append("<div class=\"article\">\n<h1>").append(escape(paragraphs[0])).append("</h1>\n");
        for (int i = 1; i < paragraphs.length; i++) {
            html.append("<p>").append(escape(paragraphs[i])).append("</p>\n");
        }
        html.append("</div>\n<footer class=\"site-footer\"><a href=\"/about/\">关于我们</a> 版权所有</footer>\n")
                .append("</body>\n</html>\n");
        return new Document(d.name().replace(".txt", ".html"), html.toString(), d.charset(), d.gold());
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Writes documents {@code 0..count-1} and their gold files into {@code dir}; returns the bytes of the documents. */
    public long write(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        long bytes = 0;
        for (int i = 0; i < count; i++) {
            Document d = generate(i);
            byte[] b = d.bytes();
            bytes += b.length;
            Files.write(dir.resolve(d.name()), b);
            Files.write(dir.resolve(d.name().replaceFirst("\\.(txt|html)$", ".gold.json")), JSON.writeValueAsBytes(d.gold()));
        }
        return bytes;
    }

    public static void main(String[] args) throws IOException {
        Path out = null;
        int count = 100;
        long seed = 1;
        boolean gold = true;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--no-gold" -> gold = false;
                default -> {
                    System.err.println("usage: CorpusGenerator --out DIR [--count N] [--seed S] [--no-gold]");
                    System.exit(2);
                }
            }
        }
        if (out == null) {
            System.err.println("usage: CorpusGenerator --out DIR [--count N] [--seed S] [--no-gold]");
            System.exit(2);
        }
        CorpusGenerator g = new CorpusGenerator(seed);
        long t0 = System.nanoTime();
        long bytes = 0;
        Files.createDirectories(out);
        for (int i = 0; i < count; i++) {
            Document d = g.generate(i);
            byte[] b = d.bytes();
            bytes += b.length;
            Files.write(out.resolve(d.name()), b);
            if (gold) {
                Files.write(out.resolve(d.name().replaceFirst("\\.(txt|html)$", ".gold.json")), JSON.writeValueAsBytes(d.gold()));
            }
        }
        System.err.printf(Locale.ROOT, "wrote %d documents, %.1f MB, into %s in %.1f s%n", count, bytes / 1e6, out,
                (System.nanoTime() - t0) / 1e9);
    }

    static String chineseNumber(int n) {
        if (n <= 10) {
            return CN_DIGITS[n];
        }
        if (n < 20) {
            return "十" + CN_DIGITS[n - 10];
        }
        return CN_DIGITS[n / 10] + "十" + (n % 10 == 0 ? "" : CN_DIGITS[n % 10]);
    }

    /** The state of one document while it is written. */
    private final class Builder {
        private final SplittableRandom rnd;
        private final SplittableRandom repeats;
        private final String id;
        private final StringBuilder text = new StringBuilder();

        Builder(SplittableRandom rnd, SplittableRandom repeats, String id) {
            this.rnd = rnd;
            this.repeats = repeats;
            this.id = id;
        }

        <T> T pick(T[] items) {
            return items[rnd.nextInt(items.length)];
        }

        Document build() {
            Region province = provinces.get(rnd.nextInt(provinces.size()));
            List<Region> pool = new ArrayList<>(placesByProvince.get(province.code()));
            int n = Math.min(pool.size(), 3 + rnd.nextInt(10));
            List<Region> roster = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                roster.add(pool.remove(rnd.nextInt(pool.size())));
            }
            // Roster order: prefecture cities first, then the rest, as announcements list them.
            roster.sort((a, b) -> Integer.compare(rank(a), rank(b)));
            int shape = rnd.nextInt(4);
            boolean missing = rnd.nextInt(4) == 0 && roster.size() > 3;
            boolean truncated = rnd.nextInt(5) == 0;
            boolean split = rnd.nextInt(4) == 0;
            boolean gb = rnd.nextInt(5) == 0;
            boolean crlf = rnd.nextInt(6) == 0;
            String honor = "全国双拥模范城（县）";
            String shortProvince = province.shortName();

            List<Region> withSection = new ArrayList<>(roster);
            List<String> missingSections = new ArrayList<>();
            if (missing) {
                int k = 1 + rnd.nextInt(2);
                for (int i = 0; i < k; i++) {
                    Region r = withSection.remove(1 + rnd.nextInt(withSection.size() - 1));
                    missingSections.add(r.name());
                }
            }
            missingSections.sort((a, b) -> Integer.compare(indexOf(roster, a), indexOf(roster, b)));

            String title = rnd.nextBoolean()
                    ? "热烈祝贺" + shortProvince + roster.size() + "个市、县（市）荣获全国双拥模范城（县）命名"
                    : province.name() + roster.size() + "个市、县（市）被命名为全国双拥模范城（县）";
            text.append(title).append("\n\n");
            int month = 1 + rnd.nextInt(12);
            int day = 1 + rnd.nextInt(28);
            int year = 2000 + rnd.nextInt(25);
            boolean withYear = rnd.nextBoolean();
            text.append(withYear ? year + "年" : "").append(month).append("月").append(day)
                    .append("日，全国双拥模范城（县）命名大会在北京隆重举行。全省共有").append(roster.size())
                    .append("个市、县（市）榜上有名，分别是：");
            for (int i = 0; i < roster.size(); i++) {
                text.append(i == 0 ? "" : "、").append(roster.get(i).name());
            }
            text.append("。现将部分市、县事迹摘编如下。\n\n");

            List<Map<String, Object>> awardees = new ArrayList<>();
            for (int s = 0; s < withSection.size(); s++) {
                boolean last = s == withSection.size() - 1;
                awardees.add(section(withSection.get(s), province, s, shape, last && truncated, split && s == 0));
            }

            Map<String, Object> gold = new LinkedHashMap<>();
            gold.put("document", id + ".txt");
            gold.put("title", title);
            gold.put("honor", honor);
            gold.put("province", province.name());
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("date", withYear ? String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day)
                    : String.format(Locale.ROOT, "%02d-%02d", month, day));
            event.put("place", "北京");
            event.put("name", "全国双拥模范城（县）命名大会");
            gold.put("event", event);
            List<Map<String, Object>> rosterGold = new ArrayList<>();
            for (Region r : roster) {
                Map<String, Object> e = new LinkedHashMap<>();
                e.put("name", r.name());
                e.put("kind", r.kind().id());
                rosterGold.add(e);
            }
            gold.put("roster", rosterGold);
            gold.put("awardees", awardees);
            gold.put("missingSections", missingSections);
            gold.put("documentDefects", List.of());
            String body = text.toString();
            if (crlf) {
                body = body.replace("\n", "\r\n");
            }
            return new Document(id + ".txt", body, gb ? GB18030 : StandardCharsets.UTF_8, gold);
        }

        private int rank(Region r) {
            return r.kind() == RegionKind.PREFECTURE_CITY ? 0 : 1;
        }

        private int indexOf(List<Region> roster, String name) {
            for (int i = 0; i < roster.size(); i++) {
                if (roster.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }

        private Map<String, Object> section(Region place, Region province, int s, int shape, boolean truncate,
                                            boolean split) {
            String name = place.name();
            boolean county = place.kind() == RegionKind.COUNTY;
            String honorTitle = county ? "全国双拥模范县" : "全国双拥模范城";
            Integer times = null;
            String timesKind = null;
            String count;
            int t = 3 + rnd.nextInt(8);
            switch (rnd.nextInt(5)) {
                case 0 -> {
                    count = "先后" + t + "次被命名为" + honorTitle;
                    times = t;
                    timesKind = "total";
                }
                case 1 -> {
                    count = "连续" + (rnd.nextBoolean() ? String.valueOf(t) : chineseNumber(t)) + "次荣获" + honorTitle + "称号";
                    times = t;
                    timesKind = "consecutive";
                }
                case 2 -> {
                    int k = Math.max(3, t);
                    count = "荣膺" + honorTitle + "“" + chineseNumber(k) + "连冠”";
                    times = k;
                    timesKind = "consecutive";
                }
                case 3 -> {
                    count = "先后" + chineseNumber(t) + "次荣获" + honorTitle + "称号";
                    times = t;
                    timesKind = "total";
                }
                default -> count = "双拥工作走在全省前列";
            }
            String summary = name + pick(OPENINGS) + "，" + count + "。";
            String heading = switch (shape) {
                case 0 -> province.name() + name;
                case 1 -> chineseNumber(s + 1) + "、" + name;
                case 2 -> "（" + chineseNumber(s + 1) + "）" + name;
                default -> name + "：";
            };
            if (shape == 3) {
                summary = pick(OPENINGS) + "，" + count + "。";
                text.append(heading).append(summary).append("\n\n");
            } else {
                text.append(heading).append("\n\n").append(summary).append("\n\n");
            }

            List<String> initiatives = new ArrayList<>();
            List<Map<String, Object>> metrics = new ArrayList<>();
            List<Map<String, Object>> defects = new ArrayList<>();
            int k = 2 + rnd.nextInt(3);
            List<String> pool = new ArrayList<>(List.of(INITIATIVES));
            boolean onePara = rnd.nextBoolean();
            StringBuilder para = new StringBuilder();
            List<Shape> shapes = new ArrayList<>(List.of(SHAPES));
            boolean didSplit = false;
            int lastBlock = 0;
            for (int i = 0; i < k; i++) {
                String init = pool.remove(rnd.nextInt(pool.size()));
                initiatives.add(init);
                lastBlock = para.length();
                para.append(init).append("。");
                int sentences = 1 + rnd.nextInt(3);
                for (int j = 0; j < sentences; j++) {
                    Shape sh = shapes.remove(rnd.nextInt(shapes.size()));
                    Figure f = figure(sh.unitKind());
                    String sentence = sh.before() + f.written() + sh.after();
                    if (split && !didSplit && !sh.after().isEmpty()) {
                        // A paragraph split mid-sentence: the label's tail goes after a blank line.
                        int cut = sentence.length() - 2;
                        para.append(sentence, 0, cut).append("\n\n").append(sentence.substring(cut));
                        defects.add(defect("split-paragraph", "a sentence of " + name + " is split across a blank line"));
                        didSplit = true;
                    } else {
                        para.append(sentence);
                    }
                    para.append(j + 1 < sentences ? "；" : "。");
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("text", f.text());
                    m.put("label", sh.label());
                    m.put("value", f.value());
                    m.put("unit", f.unit());
                    m.put("qualifier", f.qualifier());
                    m.put("cumulative", sh.cumulative());
                    metrics.add(m);
                }
                if (!onePara && i + 1 < k) {
                    para.append("\n\n");
                }
            }
            text.append(para);
            String block = para.substring(lastBlock);
            if (repeats.nextInt(8) == 0 && !block.contains("\n")) {
                // The last initiative's block pasted again as a paragraph of its own: its figures count once.
                text.append("\n\n").append(block);
                defects.add(defect("duplicate-paragraph", "the last block of " + name + " is repeated"));
            }
            if (truncate) {
                text.append("全力推进军民融合深度");
                defects.add(defect("truncated", name + " is cut off mid-sentence at the end of the document"));
            }
            text.append("\n\n");

            Map<String, Object> a = new LinkedHashMap<>();
            a.put("name", name);
            a.put("honorTitle", honorTitle);
            a.put("timesHonored", times);
            a.put("timesKind", timesKind);
            a.put("provincialTimes", null);
            a.put("summary", summary);
            a.put("initiatives", initiatives);
            a.put("metrics", metrics);
            a.put("defects", defects);
            return a;
        }

        private Map<String, Object> defect(String kind, String note) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("kind", kind);
            d.put("note", note);
            return d;
        }

        /** A figure as written, its verbatim text without a leading qualifier, its value, unit and qualifier. */
        private record Figure(String written, String text, BigDecimal value, String unit, String qualifier) {
        }

        private Figure figure(String kind) {
            return switch (kind) {
                case "money" -> money();
                case "people" -> count(10, 3000, "人", true);
                case "soldiers" -> count(50, 5000, "名", true);
                case "visits" -> tenThousands("人次");
                case "sites" -> count(10, 2000, "个", true);
                case "parks" -> count(2, 60, "处", false);
                case "firms" -> count(20, 5000, "家", true);
                case "matters" -> count(10, 1500, "件", true);
                case "teams" -> count(2, 80, "支", false);
                case "events" -> count(20, 3000, "场", true);
                case "rounds" -> count(20, 3000, "场次", true);
                case "land" -> count(100, 9000, "亩", true);
                default -> throw new IllegalArgumentException(kind);
            };
        }

        /** 超/近/约 before the number, 余/多 after it, or nothing. */
        private String[] qualifier(boolean afterAllowed) {
            int q = rnd.nextInt(afterAllowed ? 7 : 5);
            return switch (q) {
                case 0 -> new String[] {"超", "", "more-than"};
                case 1 -> new String[] {"近", "", "nearly"};
                case 2 -> new String[] {"约", "", "approx"};
                case 5 -> new String[] {"", "余", "more-than"};
                case 6 -> new String[] {"", "多", "more-than"};
                default -> new String[] {"", "", "exact"};
            };
        }

        private Figure count(int min, int max, String unit, boolean round) {
            int v = min + rnd.nextInt(max - min);
            if (round && v >= 100) {
                v = v / 10 * 10;
            }
            String[] q = qualifier(v >= 20 && v % 10 == 0);
            String inner = v + q[1] + unit;
            return new Figure(q[0] + inner, inner, BigDecimal.valueOf(v), unit, q[2]);
        }

        private Figure tenThousands(String unit) {
            int tenths = 11 + rnd.nextInt(300);
            BigDecimal n = BigDecimal.valueOf(tenths, 1).stripTrailingZeros();
            String[] q = qualifier(false);
            String inner = n.toPlainString() + "万" + unit;
            return new Figure(q[0] + inner, inner, n.multiply(BigDecimal.valueOf(10_000)).stripTrailingZeros(), unit, q[2]);
        }

        private Figure money() {
            if (rnd.nextBoolean()) {
                int wan = 50 + rnd.nextInt(9950);
                wan = wan >= 100 ? wan / 10 * 10 : wan;
                String[] q = qualifier(wan % 100 == 0);
                String inner = wan + (q[1].equals("多") ? "余" : q[1]) + "万元";
                String qual = q[1].isEmpty() ? q[2] : "more-than";
                return new Figure(q[0] + inner, inner, BigDecimal.valueOf(wan).multiply(BigDecimal.valueOf(10_000)), "元",
                        qual);
            }
            int tenths = 11 + rnd.nextInt(200);
            BigDecimal yi = BigDecimal.valueOf(tenths, 1).stripTrailingZeros();
            String[] q = qualifier(false);
            String inner = yi.toPlainString() + "亿元";
            return new Figure(q[0] + inner, inner, yi.multiply(BigDecimal.valueOf(100_000_000)).stripTrailingZeros(), "元",
                    q[2]);
        }
    }
}
