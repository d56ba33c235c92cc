package dev.laurel.parsers.commendation.text;

import dev.laurel.text.WordList;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
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
public record Lexicon(List<String> words, Map<String, String> tags, WordList list) {

    public static Lexicon load(String resource) {
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
     * The entries of a data file whose every entry carries a tag, one {@code Lexicon} per tag, so that one word
     * may serve several rules ({@code 累计 lead} and {@code 累计 scope} in {@code label-words.txt}).
     */
    public static Map<String, Lexicon> byTag(String resource) {
        Map<String, List<String>> words = new HashMap<>();
        for (String line : lines(resource)) {
            int space = line.indexOf(' ');
            if (space <= 0) {
                throw new IllegalStateException("an entry of " + resource + " without its tag: " + line);
            }
            words.computeIfAbsent(line.substring(space + 1).strip(), t -> new ArrayList<>()).add(line.substring(0, space));
        }
        Map<String, Lexicon> out = new HashMap<>();
        words.forEach((tag, list) -> {
            list.sort(Comparator.comparingInt(String::length).reversed());
            out.put(tag, new Lexicon(List.copyOf(list), Map.of(), WordList.of(list.toArray(String[]::new))));
        });
        return Map.copyOf(out);
    }

    /**
     * The chars a text matching {@code pattern} at its start can begin with, so that a caller tries the pattern only
     * on texts starting with one of them (the shapes of a data file: list marks, furniture). Every high surrogate is
     * among them: a char outside the basic plane (🏅, a bullet) is not told by its first half alone.
     */
    public static java.util.BitSet firstChars(java.util.regex.Pattern pattern) {
        java.util.BitSet set = new java.util.BitSet(0x10000);
        java.util.regex.Matcher m = pattern.matcher("");
        for (int c = 0; c < 0x10000; c++) {
            m.reset(String.valueOf((char) c));
            if (Character.isHighSurrogate((char) c) || m.lookingAt() || m.hitEnd()) {
                set.set(c);
            }
        }
        return set;
    }

    /** The folder of the reading rules: one data file per rule, shared by all stages. */
    private static final String RULES = "/dev/laurel/parsers/commendation/";

    /** The entries of a rules data file as written: stripped, without blank lines and comments. */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(RULES + resource)) {
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

    /** True when an entry is written anywhere in {@code text}. */
    public boolean occursIn(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (list.startingAt(text, i) != null) {
                return true;
            }
        }
        return false;
    }

    /** The entry written at {@code text[at]}, or null. */
    public String at(CharSequence text, int at) {
        return list.startingAt(text, at);
    }

    public boolean isTagged(String word) {
        return tags.containsKey(word);
    }

    /** The tag of {@code word} ({@code 我市 self} → self), or null. */
    public String tag(String word) {
        return tags.get(word);
    }
}
