package dev.laurel.model;

import java.util.List;
import java.util.Objects;

/**
 * One honoured place with its deeds section. {@code name} is the official name when the gazetteer
 * resolves the place, the page's form otherwise.
 *
 * @param name                   the place's name, official when the gazetteer knows it; not blank
 * @param province               the province the place lies in, or null
 * @param kind                   what sort of region the place is, or null
 * @param regionCode             the place's six-digit administrative division code, or null
 * @param honorTitle             the honour this awardee received (全国双拥模范城 or 全国双拥模范县), or null
 * @param timesHonored           how often the national honour was received (at least 1), where stated
 * @param timesKind              total (先后N次) or consecutive (连续N次, N连冠, 蝉联), null with no count
 * @param provincialTimesHonored the provincial honour's count (at least 1) where stated, kept apart from the national one
 * @param summary                the first paragraph under the heading, verbatim
 * @param initiatives            the deeds the section lists, in order
 * @param metrics                the figures the section states; {@code initiative} indexes {@code initiatives}
 * @param span                   the whole section, heading included
 * @param issues                 diagnostics about this section
 * @param writtenName            the name as the page writes it when {@code name} is another form (威宁自治县 for
 *                               威宁彝族回族苗族自治县, 徐州 for 徐州市), else null
 */
public record Awardee(
        String name,
        String province,
        RegionKind kind,
        String regionCode,
        String honorTitle,
        Integer timesHonored,
        TimesKind timesKind,
        Integer provincialTimesHonored,
        String summary,
        List<Initiative> initiatives,
        List<Metric> metrics,
        SourceSpan span,
        List<Diagnostic> issues,
        String writtenName) {

    /**
     * Checks the components, drops a {@code writtenName} equal to {@code name} and copies the lists.
     *
     * @param name                   the place's name; not blank
     * @param province               the province, or null
     * @param kind                   the kind of region, or null
     * @param regionCode             the administrative division code, or null
     * @param honorTitle             the honour received, or null
     * @param timesHonored           the national count (at least 1), or null
     * @param timesKind              total or consecutive; needs {@code timesHonored}
     * @param provincialTimesHonored the provincial count (at least 1), or null
     * @param summary                the first paragraph, verbatim
     * @param initiatives            the deeds, copied (null for none)
     * @param metrics                the figures, copied (null for none); each {@code initiative} in range
     * @param span                   the whole section; not null
     * @param issues                 diagnostics about the section, copied (null for none)
     * @param writtenName            the page's form of the name, or null
     * @throws IllegalArgumentException if a component breaks the rules above
     */
    public Awardee {
        Checks.requireNonBlank(name, "name");
        RegionCodes.check(regionCode, "regionCode");
        Checks.requirePositive(timesHonored, "timesHonored");
        Checks.requirePositive(provincialTimesHonored, "provincialTimesHonored");
        if (timesKind != null && timesHonored == null) {
            throw new IllegalArgumentException("timesKind needs timesHonored");
        }
        Objects.requireNonNull(span, "span must not be null");
        if (writtenName != null) {
            Checks.requireNonBlank(writtenName, "writtenName");
            writtenName = writtenName.equals(name) ? null : writtenName;
        }
        initiatives = Checks.copy(initiatives, "initiatives");
        metrics = Checks.copy(metrics, "metrics");
        issues = Checks.copy(issues, "issues");
        for (Metric m : metrics) {
            if (m.initiative() != null && m.initiative() >= initiatives.size()) {
                throw new IllegalArgumentException("metrics: initiative index " + m.initiative()
                        + " is out of range for " + initiatives.size() + " initiatives");
            }
        }
    }

    /**
     * An awardee whose name is as the page writes it ({@code writtenName} null).
     *
     * @param name                   the place's name; not blank
     * @param province               the province, or null
     * @param kind                   the kind of region, or null
     * @param regionCode             the administrative division code, or null
     * @param honorTitle             the honour received, or null
     * @param timesHonored           the national count (at least 1), or null
     * @param timesKind              total or consecutive; needs {@code timesHonored}
     * @param provincialTimesHonored the provincial count (at least 1), or null
     * @param summary                the first paragraph, verbatim
     * @param initiatives            the deeds (null for none)
     * @param metrics                the figures (null for none)
     * @param span                   the whole section; not null
     * @param issues                 diagnostics about the section (null for none)
     */
    public Awardee(String name, String province, RegionKind kind, String regionCode, String honorTitle,
                   Integer timesHonored, TimesKind timesKind, Integer provincialTimesHonored, String summary,
                   List<Initiative> initiatives, List<Metric> metrics, SourceSpan span, List<Diagnostic> issues) {
        this(name, province, kind, regionCode, honorTitle, timesHonored, timesKind, provincialTimesHonored, summary,
                initiatives, metrics, span, issues, null);
    }

    /**
     * This awardee with {@code writtenName} as the page's form of its name.
     *
     * @param writtenName the name as the page writes it, or null
     * @return a copy with that written name (null when it equals {@code name})
     */
    public Awardee withWrittenName(String writtenName) {
        return new Awardee(name, province, kind, regionCode, honorTitle, timesHonored, timesKind,
                provincialTimesHonored, summary, initiatives, metrics, span, issues, writtenName);
    }
}
