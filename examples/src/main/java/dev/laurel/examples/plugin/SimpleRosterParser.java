package dev.laurel.examples.plugin;

import dev.laurel.model.Announcement;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.Event;
import dev.laurel.model.RosterEntry;
import dev.laurel.model.SourceSpan;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A parser plugin for a small format of its own, to show how a third party extends Laurel. A
 * <em>roster file</em> starts with the line {@code # laurel-roster}, then has {@code key: value}
 * lines and one awardee name per line:
 *
 * <pre>
 * # laurel-roster
 * title: 浙江省双拥模范城（县）名单
 * honor: 全国双拥模范城(县)
 * province: 浙江省
 * date: 2024-04-23
 * 杭州市
 * 宁波市
 * </pre>
 *
 * <p>Keys: {@code title}, {@code honor}, {@code province}, {@code date}, {@code place}, {@code event}
 * (a full-width {@code ：} works too). Other lines starting with {@code #} are comments; every other
 * non-blank line is a roster name, with its span in the source. Roster files have no deeds sections,
 * so the announcement has a roster and no awardees.
 *
 * <p>It is registered in {@code META-INF/services/dev.laurel.spi.DocumentParser} of this module, so
 * {@code ParserRegistry.load()} finds it and {@code Laurel.parse} chooses it for roster files: it
 * claims full confidence for them and none for anything else.
 */
public final class SimpleRosterParser implements DocumentParser {

    /** The first line that marks a roster file. */
    public static final String MAGIC = "# laurel-roster";
    public static final String NAME = "simple-roster";

    private static final List<String> KEYS = List.of("title", "honor", "province", "date", "place", "event");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "Roster files: '" + MAGIC + "', then key: value lines and one name per line (an example plugin)";
    }

    @Override
    public int confidence(Source source) {
        String text = source.text();
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        String first = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
        return first.equalsIgnoreCase(MAGIC) ? 100 : 0;
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        String text = source.text();
        String title = null;
        String honor = null;
        String province = options.province();
        String date = null;
        String place = null;
        String eventName = null;
        List<String> names = new ArrayList<>();
        List<SourceSpan> spans = new ArrayList<>();

        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String raw = text.substring(lineStart, lineEnd);
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                int colon = indexOfColon(line);
                String key = colon < 0 ? null : line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
                if (key != null && KEYS.contains(key)) {
                    String value = emptyToNull(line.substring(colon + 1).strip());
                    switch (key) {
                        case "title" -> title = value;
                        case "honor" -> honor = value;
                        case "province" -> province = value;
                        case "date" -> date = value;
                        case "place" -> place = value;
                        default -> eventName = value;
                    }
                } else {
                    int offset = lineStart + raw.indexOf(line);
                    names.add(line);
                    spans.add(new SourceSpan(offset, offset + line.length()));
                }
            }
            lineStart = lineEnd + 1;
        }

        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            roster.add(new RosterEntry(names.get(i), null, null, province, false, spans.get(i)));
        }
        List<Diagnostic> issues = new ArrayList<>();
        if (roster.isEmpty()) {
            issues.add(Diagnostic.of(DiagnosticKind.NO_ROSTER, null, "the roster file lists no names", null));
        }
        Event event = date == null && place == null && eventName == null ? null : new Event(date, place, eventName);
        return Announcement.of(source.info(), title, honor, province, event, roster, List.of(), issues);
    }

    private static int indexOfColon(String line) {
        int ascii = line.indexOf(':');
        int wide = line.indexOf('：');
        if (ascii < 0) {
            return wide;
        }
        return wide < 0 ? ascii : Math.min(ascii, wide);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }
}
