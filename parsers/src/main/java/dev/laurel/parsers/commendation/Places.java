package dev.laurel.parsers.commendation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Place names for the parser: whole-paragraph headings, names in running text, the document's province.
 * Interim version on name shapes; the gazetteer replaces it.
 */
final class Places {
    private static final Pattern PLACE = Pattern.compile(
            "((?:\\p{IsHan}{2,7}?(?:省|自治区))?)(\\p{IsHan}{1,8}?(?:市|县|区|旗|盟|縣|區))");
    private static final Pattern PROVINCE = Pattern.compile("(\\p{IsHan}{2,7}?(?:省|自治区))");

    PlaceRef whole(String s, String provinceHint) {
        Matcher m = PLACE.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String province = m.group(1).isEmpty() ? provinceHint : m.group(1);
        return new PlaceRef(m.group(2), m.start(2), m.end(2), province, null, null, 0);
    }

    List<PlaceRef> find(String s, String provinceHint) {
        List<PlaceRef> out = new ArrayList<>();
        Matcher m = PLACE.matcher(s);
        while (m.find()) {
            if (m.group(2).length() < 3) {
                continue;
            }
            String province = m.group(1).isEmpty() ? provinceHint : m.group(1);
            out.add(new PlaceRef(m.group(2), m.start(2), m.end(2), province, null, null, 0));
        }
        return out;
    }

    String province(String s) {
        Matcher m = PROVINCE.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    boolean related(PlaceRef a, PlaceRef b) {
        return a.name().equals(b.name());
    }
}
