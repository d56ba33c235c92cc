package dev.laurel.parsers.commendation;

import dev.laurel.text.WordList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

/**
 * A word list of the reader's language rules, read from a data file beside this class: one entry per
 * line, {@code #} starts a comment, an entry may carry one tag after a space ({@code 我市 self}) or a
 * trailing {@code =}. Longer words win over their prefixes.
 *
 * @param words  every entry, longest first
 * @param tags   the entries that carry a tag, with their tag ({@code =} for a trailing {@code =})
 * @param list   the entries as a {@link WordList}
 */
record Lexicon(List<String> words, Map<String, String> tags, WordList list) {

    static Lexicon load(String resource) {
        List<String> words = new ArrayList<>();
        Map<String, String> tags = new HashMap<>();
        for (String line : lines(resource)) {
            String tag = null;
            int space = line.indexOf(' ');
            if (space > 0) {
                tag = line.substring(space + 1).strip();
                line = line.substring(0, space);
            }
            if (line.endsWith("=")) {
                line = line.substring(0, line.length() - 1);
                tag = "=";
            }
            words.add(line);
            if (tag != null) {
                tags.put(line, tag);
            }
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return new Lexicon(List.copyOf(words), Map.copyOf(tags), WordList.of(words.toArray(String[]::new)));
    }

    /**
     * The chars a text matching {@code pattern} at its start can begin with, so that a caller tries the pattern only
     * on texts starting with one of them (the shapes of a data file: list marks, furniture).
     */
    static java.util.BitSet firstChars(java.util.regex.Pattern pattern) {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        java.util.regex.Matcher m = pattern.matcher("");
        for (int c = 0; c < 0x10000; c++) {
            m.reset(String.valueOf((char) c));
            if (m.lookingAt() || m.hitEnd()) {
                set.set(c);
            }
        }
        return set;
    }

    /** The entries of a data file beside this class as written: stripped, without blank lines and comments. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing parser data file " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (!line.isEmpty() && !line.startsWith("#")) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The entry written at {@code text[at]}, or null. */
    String at(CharSequence text, int at) {
        return list.startingAt(text, at);
    }

    boolean isTagged(String word) {
        return tags.containsKey(word);
    }

    /** The tag of {@code word} ({@code 我市 self} → self), or null. */
    String tag(String word) {
        return tags.get(word);
    }
}
