package dev.laurel.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which export options of {@code laurel parse} each built-in format uses, so that an option the chosen
 * format ignores ({@code --excel} with json, {@code --compact} with csv) is warned about. A format not
 * listed (a plugin) gets no warning: what it reads of {@code ExportOptions} is not known here.
 */
final class FormatOptions {
    private FormatOptions() {
    }

    /** The export options of the command line. */
    static final List<String> OPTIONS = List.of("--compact", "--full", "--excel", "--layout");

    /** Format name, and the options of {@link #OPTIONS} it uses. */
    static final Map<String, Set<String>> USED = Map.of(
            "json", Set.of("--compact", "--full"),
            "jsonl", Set.of("--full"),
            "csv", Set.of("--excel", "--layout"));

    /** One warning (without {@code laurel: }) per option given that {@code format} ignores. */
    static List<String> warnings(String format, Set<String> given) {
        Set<String> used = USED.get(format);
        List<String> out = new ArrayList<>();
        if (used == null) {
            return out;
        }
        for (String option : OPTIONS) {
            if (given.contains(option) && !used.contains(option)) {
                out.add("warning: " + option + " does nothing with --format " + format + " (it is for "
                        + String.join(" or ", formatsUsing(option)) + "); ignored.");
            }
        }
        return out;
    }

    private static Set<String> formatsUsing(String option) {
        Set<String> formats = new TreeSet<>();
        USED.forEach((f, options) -> {
            if (options.contains(option)) {
                formats.add(f);
            }
        });
        return formats;
    }
}
