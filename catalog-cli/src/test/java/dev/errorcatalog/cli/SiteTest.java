package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The site's files, read as text (the browser's view is {@code SiteBrowserIT}): over a catalog of test products, one of
 * which ({@link HostileCode}) holds markup and script in every text, its data version, sources and evidence.
 */
class SiteTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.builder().provider(new HostileCatalogProvider())
            .provider(new EvidenceCatalogProvider()).build();

    private static ExplainCommandTest.Result site(Path out) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = Main.run(CATALOG, new PrintWriter(o, true), new PrintWriter(e, true), "site", "--out", out.toString());
        return new ExplainCommandTest.Result(exit, o.toString(), e.toString());
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theTestProductsLoadWithoutProblems() {
        assertEquals(List.of(), CATALOG.problems());
    }

    @Test
    void writesAnIndexAPagePerProductTheDataAndTheScriptAndStyle(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("made/here");
        ExplainCommandTest.Result r = site(out);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("wrote 3 products, "), r.out());
        for (String file : List.of("index.html", "hostile.html", "evidence.html", "common.html", "site.css", "site.js", "search-data.js")) {
            assertTrue(Files.isRegularFile(out.resolve(file)), file);
        }
        String index = read(out.resolve("index.html"));
        // a row per product: its page, its code count, its languages
        assertTrue(index.contains("<tr><td><a href=\"evidence.html\">evidence</a></td><td class=\"n\">3</td><td>en, zh-CN</td><td>test</td></tr>"), index);
        assertTrue(index.contains("<a href=\"hostile.html\">hostile</a></td><td class=\"n\">2</td>"), index);
        String evidence = read(out.resolve("evidence.html"));
        // a stable address per code, both languages side by side each with its lang, the retry advice with its evidence
        assertTrue(evidence.contains("<article class=\"code\" id=\"LimitExceeded.EvidenceRate\"><h3><a href=\"#LimitExceeded.EvidenceRate\">"), evidence);
        assertTrue(evidence.contains("<p lang=\"en\">Requests exceed the rate limit.</p>"), evidence);
        assertTrue(evidence.contains("<p lang=\"zh-CN\">请求超过频率限制。</p>"), evidence);
        assertTrue(evidence.contains("<dd class=\"retry\">THROTTLED (rule throttling of evidence:LimitExceeded.EvidenceRate: name &quot;Rate&quot;)</dd>"),
                evidence);
        assertTrue(evidence.contains("<dd class=\"api\">2020-01-01</dd>"), evidence);
        // the API actions whose lists name the code (the test product's actions file)
        assertTrue(evidence.contains("<dd class=\"api\">2020-01-01</dd><dt>actions</dt><dd class=\"actions\">DescribeEvidence, UploadEvidence</dd>"),
                evidence);
        // what a correction replaces, its terminal escape shown as an escape
        assertTrue(evidence.contains("corrects SDK tencentcloud-sdk-java-intl-en 3.1.16: &quot;The upload succeeded.\\u001b[2J&quot;"), evidence);
        String data = read(out.resolve("search-data.js"));
        assertTrue(data.contains("[\"evidence\",\"evidence.html\",[\"en\",\"zh-CN\"],0,0]"), data);
        assertTrue(data.contains(",\"LimitExceeded.EvidenceRate\",[\"Requests exceed the rate limit.\",\"请求超过频率限制。\"],"), data);
    }

    @Test
    void markupAndScriptInAModulesTextsAreWrittenAsText(@TempDir Path out) throws IOException {
        assertEquals(0, site(out).exit());
        for (String page : List.of("index.html", "hostile.html")) {
            String html = read(out.resolve(page));
            // the only elements that run are the site's own two scripts
            Matcher scripts = Pattern.compile("<script").matcher(html);
            int count = 0;
            while (scripts.find()) {
                count++;
            }
            assertEquals(2, count, page + ": " + html);
            assertFalse(html.contains("<img") || html.contains("<b ") || html.contains("<i>") || html.contains("<b>"), html);
        }
        String hostile = read(out.resolve("hostile.html"));
        assertTrue(hostile.contains("<p lang=\"en\">&lt;script&gt;window.hostileRan = 1&lt;/script&gt;The upload failed &amp; &quot;quoted&quot; &#39;too&#39;.</p>"),
                hostile);
        assertTrue(hostile.contains("&lt;script&gt;window.hostileRan = 7&lt;/script&gt;"), hostile); // the evidence
        assertTrue(hostile.contains("data version &lt;script&gt;window.hostileRan = 5&lt;/script&gt;"), hostile);
        String data = read(out.resolve("search-data.js"));
        assertFalse(data.contains("<") || data.contains(">"), data);
        assertTrue(data.contains("\\u003cscript\\u003ewindow.hostileRan = 1\\u003c/script\\u003eThe upload failed \\u0026 \\\"quoted\\\" 'too'."), data);
    }

    @Test
    void aFileInTheWayIsOneErrorLine(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        ExplainCommandTest.Result r = site(file);
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("errorcatalog: '" + file + "' is a file, not a folder", r.errorLine());
    }
}
