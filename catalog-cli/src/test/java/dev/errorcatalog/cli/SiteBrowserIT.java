package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The site as a person sees it, in headless Chromium (Debian's {@code chromium}, which {@code .ci/run} installs where
 * missing; without it each browser test is skipped, saying so): generated over every installed product and
 * {@link HostileCode}, opened from {@code file://}, driven over the DevTools protocol on the loopback address. What
 * the page answers is compared with what the command line answers over the same catalog, in the same JVM.
 */
class SiteBrowserIT {
    private static final Path SITE = Path.of("target/site-it");
    private static final Path SHOTS = Path.of("target/site-screenshots");
    private static final Path JAR = Path.of(System.getProperty("errorcatalog.jar", "target/errorcatalog.jar"));
    private static ErrorCatalog catalog;
    private static Chromium browser;
    private static String whyNoBrowser;

    /**
     * The site is written by the packaged jar, as a user runs it, with {@link HostileCode} as a module of one's own on
     * the class path (a services file naming its provider, in a folder of its own, so no other test discovers it); the
     * command line's answers to compare with come from a catalog of the same products in this JVM.
     */
    @BeforeAll
    static void writeTheSiteAndStartTheBrowser() throws Exception {
        catalog = ErrorCatalog.builder().discover().provider(new HostileCatalogProvider()).build();
        Path module = Files.createTempDirectory("errorcatalog-hostile-module");
        Files.createDirectories(module.resolve("META-INF/services"));
        Files.writeString(module.resolve("META-INF/services/dev.errorcatalog.spi.CatalogProvider"), HostileCatalogProvider.class.getName() + "\n");
        Path testClasses = Path.of(HostileCatalogProvider.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String classPath = String.join(java.io.File.pathSeparator, JAR.toString(), testClasses.toString(), module.toString());
        Path log = Path.of("target/site-it.log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath,
                Main.class.getName(), "site", "--out", SITE.toString()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(5, java.util.concurrent.TimeUnit.MINUTES)) {
            p.destroyForcibly(); // a command that hangs is a failure, not a process left behind
            throw new AssertionError("site did not finish in 5 minutes");
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), out);
        System.out.println("SiteBrowserIT: java -cp errorcatalog.jar:<the hostile module> " + Main.class.getName() + " site --out "
                + SITE + ": " + out.strip() + " in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertTrue(out.startsWith("wrote " + catalog.products().size() + " products, "), out);
        Optional<Path> chromium = Chromium.executable();
        if (chromium.isEmpty()) {
            whyNoBrowser = "no Chromium on the PATH (chromium, chromium-browser or google-chrome): the site is not tested in a browser";
            return;
        }
        try {
            browser = Chromium.start(chromium.get(), Files.createTempDirectory("errorcatalog-chromium"));
        } catch (Exception e) {
            whyNoBrowser = "Chromium (" + chromium.get() + ") did not start: " + e.getMessage();
        }
        Files.createDirectories(SHOTS);
    }

    /** Said once on the build's output, not only in the report: the browser tests did not run, and why. */
    private static void sayWhySkipped() {
        if (whyNoBrowser != null && !saidWhy) {
            System.out.println("SiteBrowserIT: the browser tests are skipped: " + whyNoBrowser);
            saidWhy = true;
        }
    }

    private static boolean saidWhy;

    @AfterAll
    static void stopTheBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private static Chromium browser() {
        sayWhySkipped();
        assumeTrue(browser != null, whyNoBrowser);
        return browser;
    }

    private static ExplainCommandTest.Result cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(catalog, new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new ExplainCommandTest.Result(exit, out.toString(), err.toString());
    }

    private static String url(String page) {
        return SITE.toAbsolutePath().toUri() + page;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object json) {
        return (List<Object>) Chromium.Json.parse((String) json);
    }

    @Test
    void theIndexListsEveryProductWithItsCodeCount() throws Exception {
        Chromium b = browser();
        b.open(url("index.html"));
        Map<String, Long> shown = new TreeMap<>();
        for (Object row : list(b.evaluate("JSON.stringify([...document.querySelectorAll('#products tbody tr')]"
                + ".map(r => [r.cells[0].textContent, +r.cells[1].textContent]))"))) {
            List<?> cells = (List<?>) row;
            shown.put((String) cells.get(0), (Long) cells.get(1));
        }
        Map<String, Long> expected = new TreeMap<>();
        for (ProductId id : catalog.products()) {
            expected.put(id.value(), (long) catalog.product(id).codes().size());
        }
        assertTrue(expected.size() > 200 && expected.containsKey("hostile") && expected.containsKey("kms"), expected.keySet().toString());
        assertEquals(expected, shown);
        Files.write(SHOTS.resolve("index.png"), b.screenshot(false));
    }

    /** The product:code of each result the page shows for the words, typed into the search box. */
    private static List<String> searchInPage(Chromium b, String words) throws Exception {
        b.evaluate("document.getElementById('q').value = ''; document.getElementById('q').focus(); window.errorcatalogLastSearch = null");
        b.type(words);
        long until = System.nanoTime() + 10_000_000_000L;
        while (!Boolean.TRUE.equals(b.evaluate("!!window.errorcatalogLastSearch && errorcatalogLastSearch.query === " + Chromium.Json.write(words)))) {
            assertTrue(System.nanoTime() < until, "no results shown for " + words);
            Thread.sleep(10);
        }
        List<String> shown = new ArrayList<>();
        list(b.evaluate("JSON.stringify([...document.querySelectorAll('#results li')].map(li => li.dataset.product + ':' + li.dataset.code))"))
                .forEach(s -> shown.add((String) s));
        return shown;
    }

    /** The product:code of each result of the command line's search, best first. */
    private static List<String> searchInCli(String words, int limit) {
        ExplainCommandTest.Result r = cli("search", "-n", Integer.toString(limit), words);
        assertEquals(0, r.exit(), r.err());
        return r.out().lines().map(l -> l.split("\\s+")).map(p -> p[0] + ":" + p[1]).toList();
    }

    @Test
    void searchFindsCodesByCodeAndByEnglishOrChineseWordsRankedAsTheCommandLineRanks() throws Exception {
        Chromium b = browser();
        b.open(url("index.html"));
        Map<String, String> expectedFirst = Map.of("CmkDisabled", "kms:ResourceUnavailable.CmkDisabled",
                "密钥已被禁用", "kms:ResourceUnavailable.KeyDisabled",
                "CMK已被禁用", "kms:ResourceUnavailable.CmkDisabled");
        for (Map.Entry<String, String> e : expectedFirst.entrySet()) {
            List<String> shown = searchInPage(b, e.getKey());
            assertEquals(e.getValue(), shown.get(0), e.getKey() + ": " + shown);
            assertEquals(searchInCli(e.getKey(), 10), shown.subList(0, Math.min(10, shown.size())), e.getKey());
        }
        List<String> rate = searchInPage(b, "rate limit");
        assertTrue(rate.contains("live:LimitExceeded.RateLimitExceeded") && rate.contains("common:RequestLimitExceeded"), rate.toString());
        assertEquals(searchInCli("rate limit", 20), rate);
        Files.write(SHOTS.resolve("search.png"), b.screenshot(false));
        // Escape clears the search
        b.key("Escape", 27);
        assertEquals(0L, b.evaluate("document.querySelectorAll('#results li').length"));
    }

    @Test
    void timeToTheFirstSearchResultIsMeasured() throws Exception {
        Chromium b = browser();
        b.open(url("index.html?fresh"));
        // loading: the index and the data parsed; the first search also makes its lower-case copy of every text
        Object loaded = b.evaluate("Math.round(performance.getEntriesByType('navigation')[0].loadEventEnd)");
        Object first = b.evaluate("(() => { const q = document.getElementById('q'); const t0 = performance.now(); q.value = 'rate limit';"
                + " q.dispatchEvent(new Event('input')); return Math.round(performance.now() - t0); })()");
        Object again = b.evaluate("(() => { const q = document.getElementById('q'); const t0 = performance.now(); q.value = 'CmkDisabled';"
                + " q.dispatchEvent(new Event('input')); return Math.round(performance.now() - t0); })()");
        System.out.println("SiteBrowserIT: index.html loaded (with " + Site.DATA_FILE + ", " + Files.size(SITE.resolve(Site.DATA_FILE))
                + " bytes) in " + loaded + " ms; first search result in " + first + " ms after typing; the next in " + again + " ms");
        assertTrue((Long) b.evaluate("document.querySelectorAll('#results li').length") > 0);
    }

    /** The message and retry lines of the command line's explain, in English, and the page's for the same paste. */
    @Test
    void aPastedResponseSdkLineOrLogLineIsExplainedAsTheCommandLineExplainsIt() throws Exception {
        Chromium b = browser();
        b.open(url("index.html"));
        List<String> pastes = List.of(
                "{\"Response\":{\"Error\":{\"Code\":\"ResourceUnavailable.CmkDisabled\",\"Message\":\"The CMK is disabled.\"},"
                        + "\"RequestId\":\"5ab8c3c7-1b9e-4d2c-9f5a-0c6d7e8f9a0b\"}}",
                "[TencentCloudSDKException]code: ResourceUnavailable.KeyDisabled message:The key is disabled. requestId:5ab8c3c7-1b9e",
                "2026-12-07T10:00:00Z ERROR kms Decrypt failed: LimitExceeded.RateLimitExceeded, request_id=5ab8c3c7-1b9e-4d2c",
                "{\"Response\":{\"Error\":{\"Code\":\"ResourceUnavailable.CmkDisabled.Unheard\",\"Message\":\"x\"},\"RequestId\":\"r-12345678\"}}");
        for (String paste : pastes) {
            ExplainCommandTest.Result r = cli("explain", "--locale", "en", paste);
            assertEquals(0, r.exit(), r.err());
            List<String> cliMessages = r.out().lines().filter(l -> l.startsWith("  message:")).map(l -> l.substring(15)).toList();
            List<String> cliRetry = r.out().lines().filter(l -> l.startsWith("  retry:")).map(l -> l.substring(15)).toList();
            b.evaluate("document.getElementById('paste').value = ''; document.getElementById('paste').focus()");
            b.type(paste);
            List<Object> page = list(b.evaluate("JSON.stringify([...document.querySelectorAll('#explained .answer')]"
                    + ".map(a => [a.querySelector('.message').textContent, a.querySelector('.retry').textContent]))"));
            assertTrue(!cliMessages.isEmpty(), r.out());
            // the command line shows answers alike once; the page one per product: the set of what is said is the same
            assertEquals(new java.util.TreeSet<>(cliMessages), new java.util.TreeSet<>(page.stream().map(a -> (String) ((List<?>) a).get(0)).toList()),
                    paste + "\n" + r.out());
            assertEquals(new java.util.TreeSet<>(cliRetry), new java.util.TreeSet<>(page.stream().map(a -> (String) ((List<?>) a).get(1)).toList()),
                    paste + "\n" + r.out());
        }
        b.evaluate("document.getElementById('paste').value = ''; document.getElementById('paste').focus()");
        b.type(pastes.get(0));
        Files.write(SHOTS.resolve("explain.png"), b.screenshot(false));
    }

    @Test
    void aCodesAddressScrollsToIt() throws Exception {
        Chromium b = browser();
        b.open(url("kms.html#ResourceUnavailable.CmkDisabled"));
        assertEquals(Boolean.TRUE, b.evaluate("(() => { const e = document.getElementById('ResourceUnavailable.CmkDisabled');"
                + " const r = e.getBoundingClientRect(); return e.matches(':target') && window.scrollY > 0 && r.top >= 0"
                + " && r.top < innerHeight / 2; })()"));
        assertEquals("CMK已被禁用。", b.evaluate("document.querySelector('[id=\"ResourceUnavailable.CmkDisabled\"] p[lang=\"zh-CN\"]').textContent"));
        assertEquals("The CMK has been disabled.", b.evaluate("document.querySelector('[id=\"ResourceUnavailable.CmkDisabled\"] p[lang=\"en\"]').textContent"));
        Files.write(SHOTS.resolve("product.png"), b.screenshot(false));
    }

    @Test
    void aModulesMarkupAndScriptAreShownAsText() throws Exception {
        Chromium b = browser();
        b.open(url("hostile.html"));
        assertEquals("<script>window.hostileRan = 1</script>The upload failed & \"quoted\" 'too'.",
                b.evaluate("document.querySelector('[id=\"FailedOperation.ScriptText\"] p[lang=\"en\"]').textContent"));
        assertEquals("<b onmouseover=\"window.hostileRan = 4\">请求过多。</b>",
                b.evaluate("document.querySelector('[id=\"LimitExceeded.ScriptEvidence\"] p[lang=\"zh-CN\"]').textContent"));
        assertEquals(2L, b.evaluate("document.scripts.length"));
        assertEquals(0L, b.evaluate("document.querySelectorAll('main img, main b, main i').length"));
        // the search and the explain box build their elements from the same texts
        List<String> found = searchInPage(b, "hostileRan");
        assertTrue(found.contains("hostile:FailedOperation.ScriptText"), found.toString());
        assertEquals(0L, b.evaluate("document.querySelectorAll('#results script, #results img, #results b').length"));
        b.open(url("index.html"));
        b.evaluate("document.getElementById('paste').focus()");
        b.type("failed with FailedOperation.ScriptText");
        assertEquals("<script>window.hostileRan = 1</script>The upload failed & \"quoted\" 'too'.",
                b.evaluate("document.querySelector('#explained .message').textContent"));
        assertEquals("undefined", b.evaluate("typeof window.hostileRan"));
    }

    @Test
    void noRequestLeavesThePage() throws Exception {
        Chromium b = browser();
        b.open(url("index.html"));
        searchInPage(b, "CmkDisabled");
        b.open(url("kms.html#ResourceUnavailable.CmkDisabled"));
        List<String> requested = b.requested();
        assertTrue(requested.stream().anyMatch(u -> u.endsWith("/" + Site.DATA_FILE)), requested.toString());
        assertEquals(List.of(), requested.stream().filter(u -> !u.startsWith("file://") && !u.equals("about:blank")).toList());
    }

    @Test
    void thePageWeightIsMeasured() throws Exception {
        Path out = SITE;
        long index = Files.size(out.resolve("index.html"));
        long data = Files.size(out.resolve(Site.DATA_FILE));
        long biggest = 0;
        String biggestName = "";
        try (var files = Files.list(out)) {
            for (Path p : files.filter(p -> p.toString().endsWith(".html") && !p.endsWith("index.html")).toList()) {
                if (Files.size(p) > biggest) {
                    biggest = Files.size(p);
                    biggestName = p.getFileName().toString();
                }
            }
        }
        long script = Files.size(out.resolve("site.js")) + Files.size(out.resolve("site.css"));
        System.out.println("SiteBrowserIT: page weight: index.html " + index + " + " + Site.DATA_FILE + " " + data + " + site.js and site.css "
                + script + " = " + (index + data + script) + " bytes; the biggest product page, " + biggestName + ", " + biggest + " bytes");
        assertTrue(biggest > 0 && data > 0);
    }
}
