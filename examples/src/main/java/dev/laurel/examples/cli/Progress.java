package dev.laurel.examples.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Progress of a batch on stderr: a bar (files done, MB, MB/s, ETA) when stderr is a terminal, else one
 * line every few seconds, or nothing. Fed from the thread that takes the results.
 */
abstract class Progress implements AutoCloseable {

    /** What {@code --progress} chooses. */
    enum Mode { AUTO, BAR, LOG, NONE }

    /** Seconds between two log lines (system property {@code laurel.progress.seconds}, default 5). */
    static double logSeconds() {
        try {
            return Double.parseDouble(System.getProperty("laurel.progress.seconds", "5"));
        } catch (NumberFormatException e) {
            return 5;
        }
    }

    /** One file done, of {@code bytes} bytes. */
    abstract void fileDone(long bytes, boolean failed);

    @Override
    public abstract void close();

    static Progress start(Mode mode, PrintStream err, long totalFiles, long totalBytes) {
        Mode m = mode == Mode.AUTO ? (stderrIsTerminal() ? Mode.BAR : Mode.LOG) : mode;
        return switch (m) {
            case BAR -> new Bar(err, totalFiles, totalBytes);
            case LOG -> new Log(err, totalFiles, totalBytes);
            default -> new None();
        };
    }

    /**
     * Whether file descriptor 2 is a terminal: on Linux, {@code /proc/self/fd/2} links to a tty;
     * elsewhere, whether the JVM has a console.
     */
    static boolean stderrIsTerminal() {
        try {
            Path fd = Path.of("/proc/self/fd/2");
            if (Files.exists(fd, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
            }
        } catch (Exception e) {
            // Fall through.
        }
        return System.console() != null;
    }

    /**
     * The figures of a progress line: {@code 171/301 files (57%), 0.55/0.97 MB, 0.1 MB/s, 0 refused, ETA 0:03}.
     * Shared by the bar and the log line.
     */
    static String status(long files, long totalFiles, long bytes, long totalBytes, long refused, double seconds) {
        double rate = seconds > 0 ? bytes / seconds : 0;
        String eta = bytes > 0 && totalBytes > bytes && seconds > 0
                ? duration(Duration.ofMillis((long) ((totalBytes - bytes) / rate * 1000))) : "0:00";
        return String.format(Locale.ROOT, "%d/%d files (%.0f%%), %s, %s, %d refused, ETA %s",
                files, totalFiles, totalFiles == 0 ? 100.0 : 100.0 * files / totalFiles, Sizes.pair(bytes, totalBytes),
                Sizes.rate(rate), refused, eta);
    }

    /** The bar line: {@code laurel [=====>    ] } and the status, fitted into {@code maxLength} columns. */
    static String barLine(long files, long totalFiles, long bytes, long totalBytes, long refused, double seconds,
                          int maxLength) {
        String status = status(files, totalFiles, bytes, totalBytes, refused, seconds);
        int width = Math.min(30, maxLength - status.length() - "laurel [] ".length() - 1);
        if (width < 5) {
            return "laurel " + status;
        }
        double done = totalBytes > 0 ? Math.min(1.0, (double) bytes / totalBytes)
                : totalFiles > 0 ? (double) files / totalFiles : 1.0;
        int full = (int) Math.floor(done * width);
        String bar = "=".repeat(full) + (full < width ? ">" + " ".repeat(width - full - 1) : "");
        return "laurel [" + bar + "] " + status;
    }

    static String duration(Duration d) {
        long s = Math.max(0, d.getSeconds());
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    private static final class None extends Progress {
        @Override
        void fileDone(long bytes, boolean failed) {
        }

        @Override
        public void close() {
        }
    }

    /**
     * The progressbar library's bar (it redraws the line and finds the terminal width), drawn by
     * {@link #barLine} from this object's counters.
     */
    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private final long totalFiles;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private volatile long files;
        private volatile long bytes;
        private volatile long failed;

        Bar(PrintStream err, long totalFiles, long totalBytes) {
            this.totalFiles = totalFiles;
            this.totalBytes = totalBytes;
            this.bar = new ProgressBarBuilder()
                    .setTaskName("laurel")
                    .setInitialMax(Math.max(1, totalBytes))
                    .setRenderer((state, maxLength) -> barLine(files, totalFiles, bytes, totalBytes, failed,
                            (System.nanoTime() - start) / 1e9, maxLength))
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .build();
        }

        @Override
        void fileDone(long fileBytes, boolean fileFailed) {
            files = files + 1;
            bytes = bytes + fileBytes;
            if (fileFailed) {
                failed = failed + 1;
            }
            bar.stepTo(Math.min(bytes, bar.getMax()));
        }

        @Override
        public void close() {
            bar.close();
        }
    }

    /** One line every few seconds, written by a timer thread from the counters. */
    private static final class Log extends Progress {
        private final PrintStream err;
        private final long totalFiles;
        private final long totalBytes;
        private final long start = System.nanoTime();
        private final ScheduledExecutorService timer;
        private volatile long files;
        private volatile long bytes;
        private volatile long failed;

        Log(PrintStream err, long totalFiles, long totalBytes) {
            this.err = err;
            this.totalFiles = totalFiles;
            this.totalBytes = totalBytes;
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "laurel-progress");
                t.setDaemon(true);
                return t;
            });
            long period = Math.max(10, (long) (logSeconds() * 1000));
            timer.scheduleAtFixedRate(this::line, period, period, TimeUnit.MILLISECONDS);
        }

        @Override
        void fileDone(long fileBytes, boolean fileFailed) {
            // Written by one thread only; read by the timer.
            files = files + 1;
            bytes = bytes + fileBytes;
            if (fileFailed) {
                failed = failed + 1;
            }
        }

        private void line() {
            err.println("laurel: " + status(files, totalFiles, bytes, totalBytes, failed,
                    (System.nanoTime() - start) / 1e9));
            err.flush();
        }

        @Override
        public void close() {
            timer.shutdownNow();
            try {
                timer.awaitTermination(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
