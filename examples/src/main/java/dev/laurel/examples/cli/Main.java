package dev.laurel.examples.cli;

import dev.laurel.LaurelException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/**
 * The {@code laurel} command: {@code java -jar examples/target/laurel.jar parse FILE...}.
 *
 * <p>Subcommands are registered in one place, {@link #SUBCOMMANDS}: to add one, write a picocli
 * {@code @Command} class with a constructor taking a {@link CliContext}, and add its constructor
 * reference to that list. Errors are one line on stderr, prefixed {@code laurel: }, with the exit
 * codes of {@link ExitCodes}; {@code --verbose} adds the stack trace.
 */
@Command(name = "laurel",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        synopsisSubcommandLabel = "COMMAND",
        description = "Reads Chinese commendation announcements (honour rolls with deeds sections) "
                + "into typed records and writes them as JSON, JSON Lines or CSV.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done",
            "  1  output could not be written (stdout included), or an internal error",
            "  2  bad usage: unknown command, option, format or parser; bad charset name",
            "  3  unreadable input: a missing file, a folder with no documents, a pattern that matches nothing, "
                    + "undecodable or binary bytes, a document no parser reads, out of memory; "
                    + "in batch mode, some files could not be read (the others were written)",
            "",
            "Example: laurel parse seeds/000_8580ebc5395fa60a.txt"})
public final class Main implements Callable<Integer> {

    /**
     * Every subcommand, in the order {@code --help} lists them. Each entry builds one picocli command
     * object for a context. Add new subcommands here, and nowhere else.
     */
    public static final List<Function<CliContext, Object>> SUBCOMMANDS = List.of(
            ParseCommand::new,
            ParsersCommand::new,
            FormatsCommand::new,
            QuantitiesCommand::new,
            ReviewCommand::new);

    @Spec
    private CommandSpec spec;

    private final CliContext context;

    Main(CliContext context) {
        this.context = context;
    }

    /** Without a command: the usage on stderr, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        // The command line reports problems itself (diagnostics, one-line refusals): the Log4j API that POI and
        // PDFBox log through goes nowhere, instead of a "could not find a logging provider" line on stdout. Set
        // here, not in a log4j2.component.properties resource, so that applications with the examples jar on
        // their class path (the Spark job's tests) keep their own logging.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        PrintStream out = StandardOutput.open(1 << 20);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        for (String arg : args) {
            if (LossyDecoding.isLossy(arg)) {
                err.println("laurel: " + LossyDecoding.error("the command line ('" + arg + "')").getMessage());
                System.exit(ExitCodes.USAGE);
            }
        }
        int code = run(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs the command with the plugins on the class path; returns the exit code. Never calls System.exit. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, CliContext.defaults(out, err));
    }

    /**
     * Runs the command with explicit plugins and streams (for tests and embedding). A failed write to
     * {@code out} (which a PrintStream only flags) ends in exit code 1 with one line on {@code err}; so
     * does running out of memory or stack anywhere in a command.
     */
    public static int run(String[] args, CliContext context) {
        CommandLine cl = commandLine(context);
        int code;
        try {
            code = cl.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            code = fatal(e, args, context.err());
        } finally {
            cl.getOut().flush();
            cl.getErr().flush();
            context.err().flush();
        }
        if (context.out().checkError() && (code == ExitCodes.OK || code == ExitCodes.INPUT)) {
            // Not reported yet: the command finished (or stopped for its input) without noticing.
            context.err().println("laurel: " + StandardOutput.failure(context.out()).getMessage());
            context.err().flush();
            code = ExitCodes.FAILED;
        }
        return code;
    }

    /** An Error no command caught: one line, exit 1 (the stack trace only with --verbose). */
    private static int fatal(Error e, String[] args, PrintStream err) {
        err.println("laurel: " + (e instanceof OutOfMemoryError
                ? "out of memory; give Java more memory (-Xmx)."
                : "internal error: " + e + "; rerun with --verbose for details"));
        if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
            e.printStackTrace(err);
        }
        return ExitCodes.FAILED;
    }

    /** The configured picocli command line with every subcommand of {@link #SUBCOMMANDS}. */
    public static CommandLine commandLine(CliContext context) {
        CommandLine cl = new CommandLine(new Main(context));
        for (Function<CliContext, Object> factory : SUBCOMMANDS) {
            cl.addSubcommand(factory.apply(context));
        }
        cl.addSubcommand(new CommandLine.HelpCommand());
        HelpText.wrap(cl);
        // Set after adding the subcommands: these setters reach the subcommands added so far.
        cl.setOut(new PrintWriter(new OutputStreamWriter(context.out(), StandardCharsets.UTF_8), true));
        cl.setErr(new PrintWriter(new OutputStreamWriter(context.err(), StandardCharsets.UTF_8), true));
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine failed = ex.getCommandLine();
            PrintWriter err = failed.getErr();
            String message = ex.getMessage();
            if (ex instanceof CommandLine.UnmatchedArgumentException u && !failed.getSubcommands().isEmpty()
                    && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")
                    && failed.getParseResult() != null && failed.getParseResult().subcommand() == null) {
                message = "unknown command '" + u.getUnmatched().get(0) + "'; commands: "
                        + String.join(", ", failed.getSubcommands().keySet());
            }
            err.println("laurel: " + oneLine(message) + " (see '"
                    + failed.getCommandSpec().qualifiedName() + " --help')");
            if (Arrays.asList(args).contains("--verbose") || Arrays.asList(args).contains("-v")) {
                ex.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, failed, parseResult) -> {
            PrintWriter err = failed.getErr();
            int code;
            String message;
            if (ex instanceof CliException c) {
                code = c.exitCode();
                message = c.getMessage();
            } else if (ex instanceof LaurelException) {
                code = ExitCodes.INPUT;
                message = ex.getMessage();
            } else {
                code = ExitCodes.FAILED;
                message = "internal error: " + ex + (isVerbose(parseResult) ? "" : "; rerun with --verbose for details");
            }
            err.println("laurel: " + oneLine(message));
            if (isVerbose(parseResult)) {
                ex.printStackTrace(err);
            }
            err.flush();
            return code;
        });
        return cl;
    }

    static String oneLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed";
        }
        return message.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }

    private static boolean isVerbose(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /** {@code --version}: the version in the jar's Maven metadata, else "development build". */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = null;
            try (InputStream in = Main.class.getResourceAsStream(
                    "/META-INF/maven/dev.laurel/laurel-examples/pom.properties")) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    version = p.getProperty("version");
                }
            } catch (java.io.IOException e) {
                version = null;
            }
            if (version == null) {
                version = Main.class.getPackage().getImplementationVersion();
            }
            return new String[] {
                "laurel " + (version == null ? "(development build)" : version),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"
            };
        }
    }
}
