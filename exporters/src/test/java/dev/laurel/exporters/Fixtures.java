package dev.laurel.exporters;

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
import dev.laurel.model.Severity;
import dev.laurel.model.SourceInfo;
import dev.laurel.model.SourceSpan;
import dev.laurel.model.TimesKind;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Hand-made announcements for exporter tests. {@link #zhejiang()} is modelled on the seed document
 * (seeds/000_8580ebc5395fa60a.txt): its spans index into {@link #ZHEJIANG_TEXT}, an excerpt of it.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static final String ZHEJIANG_TEXT = """
            热烈祝贺浙江20个市、县(市)荣获全国双拥模范城(县)命名

            简要事迹》》》

            浙江省杭州市

            杭州市坚持双拥优良传统,军地合力、军民同心扎实开展“拥军杭州”建设,新时代军政军民团结更加巩固更加深厚。先后9次被命名为全国双拥模范城。

            发挥双拥体制优势。杭州市委主要负责人部署落实双拥工作。每年春节、“八一”组织开展走访慰问部队、驻军属及退役军人活动,全市每年慰问金额超6300万元。落实军地互办实事“双清单”项目174件。出台慈善拥军、大学生参军入伍、退役军人免费乘坐公共交通等政策文件20余个。全力支持部队建设。投入2亿元用于部队基础设施建设。支持部队科技攻关项目20个。投入3000余万元支持部队营区及阵地建设。倾力解决“三后”难题。完成1087名军转干部和1105名退役军人安置任务。巩固军地军民关系。驻杭部队出动兵力7.2万人次参与亚运安保、防汛抗洪等急难险重任务。

            4月23日,全国双拥模范城(县)命名大会在北京隆重举行,浙江省20个市、县(市)被命名为全国双拥模范城(县),分别是:杭州市、宁波市、温州市、湖州市、嘉兴市、绍兴市、金华市、衢州市、舟山市、台州市、丽水市,

            浙江省金华市

            金华市服务练兵备战、聚焦官兵关切,提升服务质量,协调军地互助,双拥工作成效显著,连续5次荣获全国双拥模范城称号。

            服务练兵备战。新一轮创建以来,累计投入15亿元,用于部队基础设施建设;投入100亿元置换换土地9000余亩,建设部队联合训练场;累计投入8.5亿元用于军民合用机场改造,飞行区等级从4C级提升至4D级。提供优质服
            """;

    /** A realistic announcement: two awardees with initiatives and metrics, a roster, diagnostics. */
    public static Announcement zhejiang() {
        String t = ZHEJIANG_TEXT;
        byte[] bytes = t.getBytes(StandardCharsets.UTF_8);
        SourceInfo source = new SourceInfo("000_8580ebc5395fa60a.txt", sha256(bytes), "UTF-8", true,
                bytes.length, t.length(), "decoded", "commendation-text", "0.1.0");
        List<RosterEntry> roster = new ArrayList<>();
        String[][] names = {{"杭州市", "330100"}, {"宁波市", "330200"}, {"温州市", "330300"}, {"湖州市", "330500"},
                {"嘉兴市", "330400"}, {"绍兴市", "330600"}, {"金华市", "330700"}, {"衢州市", "330800"},
                {"舟山市", "330900"}, {"台州市", "331000"}, {"丽水市", "331100"}};
        int rosterStart = t.indexOf("分别是:");
        for (String[] n : names) {
            boolean has = n[0].equals("杭州市") || n[0].equals("金华市");
            roster.add(new RosterEntry(n[0], RegionKind.PREFECTURE_CITY, n[1], "浙江省", has,
                    span(t, n[0], rosterStart)));
        }

        int hz = t.indexOf("浙江省杭州市");
        int hzEnd = t.indexOf("4月23日");
        String hzSummary = "杭州市坚持双拥优良传统,军地合力、军民同心扎实开展“拥军杭州”建设,新时代军政军民团结更加巩固更加深厚。先后9次被命名为全国双拥模范城。";
        List<Initiative> hzInit = List.of(
                initiative(t, "发挥双拥体制优势", "全力支持部队建设"),
                initiative(t, "全力支持部队建设", "倾力解决“三后”难题"),
                initiative(t, "倾力解决“三后”难题", "巩固军地军民关系"),
                initiative(t, "巩固军地军民关系", "\n\n4月23日"));
        List<Metric> hzMetrics = List.of(
                metric(t, "慰问金额", "63000000", null, "元", Qualifier.MORE_THAN, false, 0, "6300万元"),
                metric(t, "“双清单”项目", "174", null, "件", Qualifier.EXACT, false, 0, "174件"),
                metric(t, "政策文件", "20", null, "个", Qualifier.MORE_THAN, false, 0, "20余个"),
                metric(t, "部队基础设施建设", "200000000", null, "元", Qualifier.EXACT, false, 1, "2亿元"),
                metric(t, "科技攻关项目", "20", null, "个", Qualifier.EXACT, false, 1, "项目20个"),
                metric(t, "营区及阵地建设", "30000000", null, "元", Qualifier.MORE_THAN, false, 1, "3000余万元"),
                metric(t, "军转干部", "1087", null, "名", Qualifier.EXACT, false, 2, "1087名"),
                metric(t, "出动兵力", "72000", null, "人次", Qualifier.EXACT, false, 3, "7.2万人次"));
        Awardee hangzhou = new Awardee("杭州市", "浙江省", RegionKind.PREFECTURE_CITY, "330100", "全国双拥模范城",
                9, TimesKind.TOTAL, null, hzSummary, hzInit, hzMetrics, new SourceSpan(hz, hzEnd), List.of());

        int jh = t.indexOf("浙江省金华市");
        String jhSummary = "金华市服务练兵备战、聚焦官兵关切,提升服务质量,协调军地互助,双拥工作成效显著,连续5次荣获全国双拥模范城称号。";
        List<Initiative> jhInit = List.of(initiative(t, "服务练兵备战", "提供优质服"));
        List<Metric> jhMetrics = List.of(
                metric(t, "部队基础设施建设", "1500000000", null, "元", Qualifier.EXACT, true, 0, "15亿元"),
                metric(t, "置换换土地", "10000000000", null, "元", Qualifier.EXACT, false, 0, "100亿元"),
                metric(t, null, "9000", null, "亩", Qualifier.MORE_THAN, false, 0, "9000余亩"),
                metric(t, "军民合用机场改造", "850000000", null, "元", Qualifier.EXACT, true, 0, "8.5亿元"));
        int cut = t.indexOf("提供优质服");
        List<Diagnostic> jhIssues = List.of(new Diagnostic(DiagnosticKind.TRUNCATED_SECTION, Severity.WARNING, "金华市",
                "the section ends mid-sentence (提供优质服); the rest of it is missing",
                new SourceSpan(cut, cut + "提供优质服".length())));
        Awardee jinhua = new Awardee("金华市", "浙江省", RegionKind.PREFECTURE_CITY, "330700", "全国双拥模范城",
                5, TimesKind.CONSECUTIVE, null, jhSummary, jhInit, jhMetrics, new SourceSpan(jh, t.length()),
                jhIssues);

        List<Diagnostic> docIssues = List.of(
                Diagnostic.of(DiagnosticKind.SPLIT_ROSTER, null,
                        "the roster paragraph comes after the first deeds section", span(t, "分别是:", 0)),
                Diagnostic.of(DiagnosticKind.MISSING_SECTION, "宁波市", "宁波市 is on the roster but has no deeds section",
                        span(t, "宁波市", rosterStart)));
        return Announcement.of(source, "热烈祝贺浙江20个市、县(市)荣获全国双拥模范城(县)命名", "全国双拥模范城(县)", "浙江省",
                new Event("04-23", "北京", "全国双拥模范城(县)命名大会"), roster, List.of(hangzhou, jinhua), docIssues);
    }

    /** The smallest valid announcement: a source and nothing else. */
    public static Announcement minimal(String name) {
        return Announcement.of(new SourceInfo(name, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                "UTF-8", false, 0, 0, "decoded"), null, null, null, null, List.of(), List.of(), List.of());
    }

    /** The announcement with every decimal made {@link Decimals#canonical canonical}. */
    public static Announcement canonical(Announcement a) {
        List<Awardee> awardees = a.awardees().stream().map(w -> new Awardee(w.name(), w.province(), w.kind(),
                w.regionCode(), w.honorTitle(), w.timesHonored(), w.timesKind(), w.provincialTimesHonored(),
                w.summary(), w.initiatives(), w.metrics().stream().map(m -> new Metric(m.label(),
                        Decimals.canonical(m.value()), Decimals.canonical(m.upper()), m.unit(), m.qualifier(),
                        m.cumulative(), m.initiative(), m.text(), m.span(), m.category(), m.currency(), m.bounds(),
                        m.labelSpan()))
                        .toList(), w.span(), w.issues())).toList();
        return new Announcement(a.schemaVersion(), a.source(), a.title(), a.honor(), a.province(), a.event(),
                a.roster(), awardees, a.issues());
    }

    private static Initiative initiative(String t, String title, String next) {
        int start = t.indexOf(title + "。");
        int end = t.indexOf(next, start + 1);
        String text = t.substring(start + title.length() + 1, end).strip();
        return new Initiative(title, text, new SourceSpan(start, end));
    }

    private static Metric metric(String t, String label, String value, String upper, String unit, Qualifier q,
                                 boolean cumulative, Integer initiative, String text) {
        dev.laurel.text.UnitTable.Unit u = unit == null ? null : dev.laurel.text.UnitTable.defaults().match(unit, 0);
        return new Metric(label, new BigDecimal(value), upper == null ? null : new BigDecimal(upper), unit, q,
                cumulative, initiative, text, span(t, text, 0), u == null ? null : u.category(), u == null ? null : u.iso(),
                upper == null ? null : "[)", null);
    }

    private static SourceSpan span(String t, String s, int from) {
        int i = t.indexOf(s, from);
        if (i < 0) {
            throw new IllegalArgumentException("not in the text: " + s);
        }
        return new SourceSpan(i, i + s.length());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
