package dev.laurel.examples.cli;

/**
 * Arguments and file names the JVM decoded lossily: started under a locale that is not UTF-8 (C or POSIX, the
 * default of many containers), Java 17 reads the command line and file names in ASCII and turns every Chinese
 * char into U+FFFD. Such a run would quietly read the wrong text or miss files, so it stops with one line
 * saying what to set.
 */
final class LossyDecoding {
    private LossyDecoding() {
    }

    /** True when {@code s} holds a char the JVM could not decode. */
    static boolean isLossy(String s) {
        return s.indexOf('\uFFFD') >= 0;
    }

    /** The usage error for text that was decoded lossily. */
    static CliException error(String what) {
        return CliException.usage(what + " was decoded as " + System.getProperty("sun.jnu.encoding", "?")
                + " and lost its non-ASCII chars; run with a UTF-8 locale (export LC_ALL=C.UTF-8) or use the"
                + " 'laurel' launcher beside laurel.jar, which sets one.");
    }
}
