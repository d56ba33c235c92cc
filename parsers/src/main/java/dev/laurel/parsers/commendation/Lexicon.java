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
import java.util.Set;
import java.util.TreeSet;

/**
 * A word list of the reader's language rules, read from a data file beside this class: one entry per
 * line, {@code #} starts a comment, an entry may carry one tag after a space ({@code 我市 self}) or a
 * trailing {@code =}. Longer words win over their prefixes.
 *
 * @param words  every entry, longest first
 * @param tagged the entries that carry a tag or a trailing {@code =}
 * @param list   the entries as a {@link WordList}
 */
record Lexicon(List<String> words, Set<String> tagged, WordList list) {

    static Lexicon load(String resource) {
        List<String> words = new ArrayList<>();
        Set<String> tagged = new TreeSet<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing parser data file " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                boolean tag = false;
                int space = line.indexOf(' ');
                if (space > 0) {
                    line = line.substring(0, space);
                    tag = true;
                }
                if (line.endsWith("=")) {
                    line = line.substring(0, line.length() - 1);
                    tag = true;
                }
                words.add(line);
                if (tag) {
                    tagged.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        words.sort(Comparator.comparingInt(String::length).reversed());
        return new Lexicon(List.copyOf(words), Set.copyOf(tagged), WordList.of(words.toArray(String[]::new)));
    }

    /** The entry written at {@code text[at]}, or null. */
    String at(CharSequence text, int at) {
        return list.startingAt(text, at);
    }

    boolean isTagged(String word) {
        return tagged.contains(word);
    }
}
