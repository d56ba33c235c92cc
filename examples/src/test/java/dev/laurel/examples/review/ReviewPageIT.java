package dev.laurel.examples.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.model.Announcement;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The review page in a real browser (issue 18): headless Chromium driven through the system's chromedriver
 * (Debian: {@code apt-get install chromium chromium-driver}); skipped with a message where they are absent.
 * Pages are written by the packaged command line ({@code laurel review}). Runs after {@code package}.
 */
class ReviewPageIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CLI_JAR = ROOT.resolve("examples/target/laurel.jar");
    static final Path SAMPLE = ROOT.resolve("seeds/000_8580ebc5395fa60a.txt");
    static final Path DEVSET = ROOT.resolve("parsers/src/test/resources/devset/docs");
    static final Path OUT = ROOT.resolve("examples/target/review-it");
    static final Path CHROMEDRIVER = Path.of(System.getProperty("laurel.chromedriver", "/usr/bin/chromedriver"));
    static final Path CHROMIUM = Path.of(System.getProperty("laurel.chromium", "/usr/bin/chromium"));

    static ChromeDriver driver;

    @BeforeAll
    static void startBrowser() throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "browser tests skipped: no " + CHROMIUM + " or " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver)");
        Files.createDirectories(OUT);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--lang=zh-CN");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
        }
    }

    /** Runs {@code laurel review --out DIR FILE} with the packaged jar; returns the page it printed. */
    static Path review(Path file, String dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("java", "-Dfile.encoding=UTF-8", "-Dsun.jnu.encoding=UTF-8", "-jar",
                CLI_JAR.toString(), "review", "--out", OUT.resolve(dir).toString(), file.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), "laurel review " + file);
        Path page = Path.of(out);
        assertTrue(Files.isRegularFile(page), out);
        return page;
    }

    /** Opens a page, waits for its script; returns the milliseconds from navigation to ready. */
    static long open(Path page) {
        driver.manage().logs().get(LogType.BROWSER); // drop what earlier pages logged
        driver.manage().logs().get(LogType.PERFORMANCE);
        long t0 = System.nanoTime();
        driver.get(page.toUri().toString());
        new WebDriverWait(driver, Duration.ofSeconds(120)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.documentElement.dataset.ready")));
        return (System.nanoTime() - t0) / 1_000_000;
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /**
     * For every record with a span: the problems of its marks (not exactly one whole element, or text other
     * than the record's). Metrics and roster names must be one element; spans that cross another (a
     * diagnostic over an initiative's end) may be several pieces, which together must be the text.
     */
    @SuppressWarnings("unchecked")
    static List<String> markProblems() {
        return (List<String>) js("""
            var data = JSON.parse(document.getElementById('laurel-data').textContent);
            var text = null, problems = [];
            function check(id, span, expected, whole) {
              var els = document.querySelectorAll('#doc .mk[data-m="' + id + '"]');
              var firsts = document.querySelectorAll('#doc .mk[data-m="' + id + '"]:not(.cont)');
              var joined = Array.prototype.map.call(els, function (e) { return e.textContent; }).join('');
              if (firsts.length !== 1) problems.push(id + ': ' + firsts.length + ' marks');
              if (whole && els.length !== 1) problems.push(id + ': ' + els.length + ' pieces');
              if (joined !== expected) problems.push(id + ': "' + joined + '" is not "' + expected + '"');
            }
            var doc = document.getElementById('doc').textContent;
            function at(s) { return doc.substring(s.start, s.end); }
            data.roster.forEach(function (r, i) { if (r.span) check('r' + i, r.span, at(r.span), true); });
            data.awardees.forEach(function (w, i) {
              check('a' + i, w.span, at(w.span), false);
              w.metrics.forEach(function (m, j) { check('a' + i + 'm' + j, m.span, m.text, true); });
              w.initiatives.forEach(function (t, j) { check('a' + i + 'i' + j, t.span, t.text, false); });
              w.issues.forEach(function (d, k) { if (d.span) check('a' + i + 'd' + k, d.span, at(d.span), false); });
            });
            data.issues.forEach(function (d, k) { if (d.span) check('d' + k, d.span, at(d.span), false); });
            if (doc.length !== data.source.chars) problems.push('text has ' + doc.length + ' chars, not ' + data.source.chars);
            return problems;""");
    }

    static void assertNoErrorsAndNoRequests(Path page) {
        List<String> severe = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.WARNING.intValue()) {
                severe.add(e.getLevel() + " " + e.getMessage());
            }
        }
        assertEquals(List.of(), severe, "browser log of " + page);
        List<String> requests = new ArrayList<>();
        for (LogEntry e : driver.manage().logs().get(LogType.PERFORMANCE)) {
            String m = e.getMessage();
            if (m.contains("\"Network.requestWillBeSent\"")) {
                int u = m.indexOf("\"url\":\"");
                String url = u < 0 ? m : m.substring(u + 7, m.indexOf('"', u + 7));
                if (!url.startsWith("file:") || !url.endsWith(page.getFileName().toString())) {
                    requests.add(url);
                }
            }
        }
        assertEquals(List.of(), requests, "requests from " + page);
        assertEquals(0L, js("return performance.getEntriesByType('resource').length"), "resources loaded");
    }

    @Test
    void theSamplesPageMarksEverySpanAndWorks() throws Exception {
        Announcement a = Laurel.parse(SAMPLE);
        Path page = review(SAMPLE, "sample");
        long ms = open(page);
        assertEquals(List.of(), markProblems());
        long metrics = a.awardees().stream().mapToLong(w -> w.metrics().size()).sum();
        assertEquals(metrics, js("return document.querySelectorAll('#doc .mk.me:not(.cont)').length"));
        assertEquals((long) a.roster().size(), js("return document.querySelectorAll('#doc .mk.ro').length"));

        // Clicking a metric row scrolls its span into view and flashes it.
        int last = a.awardees().size() - 1;
        String id = "a" + last + "m" + (a.awardees().get(last).metrics().size() - 1);
        WebElement row = driver.findElement(By.cssSelector("#records tr[data-m='" + id + "']"));
        js("arguments[0].scrollIntoView({block: 'center'}); window.scrollTo(0, 0);", row);
        js("document.querySelector('#doc .mk[data-m=\"a0\"]').scrollIntoView()");
        row.click();
        assertEquals(true, js("""
            var r = document.querySelector('#doc .mk[data-m="' + arguments[0] + '"]').getBoundingClientRect();
            return r.bottom > 0 && r.top < window.innerHeight;""", id), "the span is in view after the click");
        assertEquals(true, js("return document.querySelector('#doc .mk[data-m=\"' + arguments[0] + '\"]')"
                + ".classList.contains('flash')", id));

        // The awardee filter hides the other awardees' marks (and their records).
        new Select(driver.findElement(By.id("filter-awardee"))).selectByValue("0");
        assertEquals(0L, js("return document.querySelectorAll('#doc .mk.me[data-a=\"0\"].off').length"));
        assertEquals(js("return document.querySelectorAll('#doc .mk.me:not([data-a=\"0\"])').length"),
                js("return document.querySelectorAll('#doc .mk.me:not([data-a=\"0\"]).off').length"));
        assertEquals("rgba(0, 0, 0, 0)", js("var m = document.querySelector('#doc .mk.me:not([data-a=\"0\"])');"
                + " return m ? getComputedStyle(m).backgroundColor : 'rgba(0, 0, 0, 0)'"));
        assertEquals(1L, js("return document.querySelectorAll('#records section.awardee:not(.hidden)').length"));
        new Select(driver.findElement(By.id("filter-awardee"))).selectByValue("");

        // n / p move between the diagnostics with a place in the text.
        long diagnostics = (Long) js("return document.querySelectorAll('#doc .mk.dg:not(.cont)').length");
        if (diagnostics > 0) {
            driver.findElement(By.tagName("body")).sendKeys("n");
            assertTrue(((String) js("return document.getElementById('status').textContent"))
                    .startsWith("diagnostic 1 of " + diagnostics));
        }

        Path shot = ROOT.resolve("examples/target/review-sample.png");
        Files.copy(((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath(), shot,
                StandardCopyOption.REPLACE_EXISTING);
        assertNoErrorsAndNoRequests(page);
        report("sample", page, ms);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.txt", "07.txt", "21.txt", "31.txt", "40.txt"})
    void devsetPagesMarkEverySpan(String name) throws Exception {
        Path page = review(DEVSET.resolve(name), "devset");
        open(page);
        assertEquals(List.of(), markProblems(), name);
        assertNoErrorsAndNoRequests(page);
    }

    static final String[] HOSTILE = {"<script>window.__pwned=1</script>", "</textarea><b id=pwn1>x</b>",
        "\"><img src=x onerror=\"window.__pwned=2\">", "javascript:window.__pwned=3", "'><svg onload=window.__pwned=4>",
        "</script><script>window.__pwned=5</script>", "<!--", "\u2028"};

    @Test
    void hostileTextIsShownAsText() throws Exception {
        String h = String.join(" ", HOSTILE);
        String sample = Files.readString(SAMPLE);
        // Hostile strings in the headline, a roster name's neighbourhood, a deeds section and the file name.
        String text = h + "\n" + sample.replaceFirst("。", "。" + h + "超6300万元" + h);
        Path dir = Files.createDirectories(OUT.resolve("hostile-in"));
        Path file = dir.resolve("x\"><img src=x onerror=alert(1)>.txt");
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.TRUNCATE_EXISTING);
        Path page = review(file, "hostile");
        open(page);
        assertEquals(null, js("return window.__pwned === undefined ? null : window.__pwned"));
        assertEquals(0L, js("return document.querySelectorAll('img, svg, textarea, #pwn1, b').length"));
        assertEquals(2L, js("return document.scripts.length"));
        assertEquals(true, js("return document.getElementById('doc').textContent.indexOf(arguments[0]) >= 0", h));
        assertEquals(List.of(), markProblems());
        assertNoErrorsAndNoRequests(page);
    }

    @Test
    void aMegabyteDocumentLoads() throws Exception {
        String sample = Files.readString(SAMPLE);
        StringBuilder b = new StringBuilder();
        List<Path> docs;
        try (var s = Files.list(DEVSET)) {
            docs = s.sorted().toList();
        }
        b.append(sample);
        long bytes = sample.getBytes(StandardCharsets.UTF_8).length;
        for (int i = 0; bytes < 1_000_000; i++) { // 1 MB of UTF-8: the sample, then the devset documents over and over
            String doc = "\n\n" + Files.readString(docs.get(i % docs.size()));
            b.append(doc);
            bytes += doc.getBytes(StandardCharsets.UTF_8).length;
        }
        Path file = Files.createDirectories(OUT.resolve("big-in")).resolve("big-1mb.txt");
        Files.writeString(file, b, StandardCharsets.UTF_8);
        Path page = review(file, "big");
        long ms = open(page);
        assertEquals(List.of(), markProblems());
        assertNoErrorsAndNoRequests(page);
        report("1 MB document (" + Files.size(file) + " bytes)", page, ms);
    }

    @Test
    void aBatchFolderHasAnIndexWithSortableColumns() throws Exception {
        Path dir = OUT.resolve("batch");
        Process p = new ProcessBuilder("java", "-jar", CLI_JAR.toString(), "parse", "--format", "html", "--quiet",
                "--out", dir.toString(), DEVSET.toString()).inheritIO().start();
        assertEquals(0, p.waitFor());
        Path index = dir.resolve("index.html");
        open(index);
        assertEquals(40L, js("return document.querySelectorAll('#index tbody tr').length"));
        driver.findElements(By.cssSelector("#index th")).get(5).click(); // metrics, ascending
        @SuppressWarnings("unchecked")
        List<Long> metrics = (List<Long>) js("return Array.prototype.map.call(document.querySelectorAll("
                + "'#index tbody tr td:nth-child(6)'), function (c) { return Number(c.textContent); })");
        List<Long> sorted = new ArrayList<>(metrics);
        sorted.sort(null);
        assertEquals(sorted, metrics);
        String href = driver.findElement(By.cssSelector("#index tbody tr a")).getAttribute("href");
        assertTrue(href.startsWith("file:") && href.endsWith(".html"), href);
        assertNoErrorsAndNoRequests(index);
    }

    /** Page size and load time, on stdout and in examples/target/review-timings.txt. */
    static void report(String what, Path page, long ms) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> nav = (Map<String, Object>) js("var n = performance.getEntriesByType('navigation')[0];"
                + " return {dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
                + " marks: document.querySelectorAll('#doc .mk').length}");
        String line = String.format("review page, %s: %,d bytes, %s marks; domContentLoaded %.0f ms, load %.0f ms,"
                + " ready (WebDriver get to script done) %d ms%n", what, Files.size(page), nav.get("marks"),
                ((Number) nav.get("dcl")).doubleValue(), ((Number) nav.get("load")).doubleValue(), ms);
        System.out.print(line);
        Files.writeString(ROOT.resolve("examples/target/review-timings.txt"), line, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
