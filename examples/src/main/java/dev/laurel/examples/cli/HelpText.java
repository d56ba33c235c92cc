package dev.laurel.examples.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Wraps the help texts at spaces, before picocli sees them. Picocli wraps a line that is too long at
 * any break its {@code BreakIterator} allows, which includes the dot of a file name and the slash of a
 * path ({@code .␤htm}, {@code laurel-run.␤json}, {@code 'archive/**}{@code /*.␤txt'}); a line that
 * already fits is left alone. So each description, header and footer line is cut here, at spaces only,
 * to the width of its column, and picocli never has to break one. A footer line such as
 * {@code "  3  unreadable input: ..."} continues under its text, after the label.
 */
final class HelpText {
    private HelpText() {
    }

    /** Rewraps the texts of {@code cl} and of its subcommands, at the usage width each has. */
    static void wrap(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        int width = spec.usageMessage().width() - 1;
        spec.usageMessage().description(wrap(spec.usageMessage().description(), width));
        spec.usageMessage().header(wrap(spec.usageMessage().header(), width));
        spec.usageMessage().footer(wrap(spec.usageMessage().footer(), width));
        int column = descriptionColumn(spec);
        List<OptionSpec> options = new ArrayList<>(spec.options());
        List<PositionalParamSpec> positionals = new ArrayList<>(spec.positionalParameters());
        options.forEach(spec::remove);
        positionals.forEach(spec::remove);
        for (OptionSpec o : options) {
            spec.addOption(o.toBuilder().description(wrap(o.description(), column)).build());
        }
        for (PositionalParamSpec p : positionals) {
            spec.addPositional(p.toBuilder().description(wrap(p.description(), column)).build());
        }
        for (CommandLine sub : cl.getSubcommands().values()) {
            wrap(sub);
        }
    }

    /** The width of the option descriptions' column, less one. */
    private static int descriptionColumn(CommandSpec spec) {
        Help.Column[] columns = new Help(spec, Help.defaultColorScheme(Help.Ansi.OFF)).createDefaultLayout()
                .textTable().columns();
        Help.Column last = columns[columns.length - 1];
        return last.width - last.indent - 1;
    }

    /** Each line (an element, or a part between {@code %n}) cut at spaces to at most {@code width} chars. */
    static String[] wrap(String[] lines, int width) {
        List<String> out = new ArrayList<>();
        for (String element : lines) {
            for (String line : element.split("%n", -1)) {
                wrapLine(line, width, out);
            }
        }
        return out.toArray(String[]::new);
    }

    private static void wrapLine(String line, int width, List<String> out) {
        if (line.length() <= width) {
            out.add(line);
            return;
        }
        String hanging = " ".repeat(hangingIndent(line));
        String rest = line;
        String prefix = "";
        while ((prefix + rest).length() > width) {
            String candidate = prefix + rest;
            int cut = candidate.lastIndexOf(' ', width);
            if (cut <= prefix.length()) {
                cut = candidate.indexOf(' ', width); // one word longer than the column: it overflows
                if (cut < 0) {
                    break;
                }
            }
            out.add(candidate.substring(0, cut).stripTrailing());
            rest = candidate.substring(cut).strip();
            prefix = hanging;
        }
        out.add(prefix + rest);
    }

    /** Leading spaces, plus a label followed by two spaces ({@code "  3  "}) when the line has one. */
    private static int hangingIndent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        if (i == 0) {
            return 0;
        }
        int gap = line.indexOf("  ", i);
        int space = line.indexOf(' ', i);
        return gap > 0 && gap == space && gap - i <= 4 ? gap + 2 : i;
    }
}
