package dev.laurel.examples.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A two-column listing (name, description) for the plugin commands. */
final class Listing {

    private final List<String[]> rows = new ArrayList<>();

    void add(String name, String description) {
        rows.add(new String[] {name, description == null ? "" : Main.oneLine(description)});
    }

    void print(PrintStream out) {
        int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
        for (String[] r : rows) {
            out.println(r[0] + " ".repeat(width - r[0].length() + 2) + r[1]);
        }
        out.flush();
    }

    /** Registry warnings (broken providers, duplicate names) on stderr, one line each. */
    static void warn(CliContext context, List<String> warnings, boolean empty, String whenEmpty) {
        for (String w : warnings) {
            context.err().println("laurel: warning: " + Main.oneLine(w));
        }
        if (empty) {
            context.err().println("laurel: " + whenEmpty);
        }
        context.err().flush();
    }
}
