package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Why an answer has its retry advice, and the official text a maintainers' correction replaces, in every format of
 * lookup, explain and export: over a catalog of the test product {@link EvidenceCode}, whose provenance file gives
 * evidence for LimitExceeded.EvidenceRate's advice, none for ResourceInUse.EvidenceTask's, and corrects the English
 * text of FailedOperation.EvidenceFixed (the text it replaces holds a terminal escape, shown as one); and of
 * {@link TwinCode}, the same but for that evidence and the correction's reason.
 */
class EvidenceOutputTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.builder().provider(new EvidenceCatalogProvider())
            .provider(new TwinCatalogProvider()).build();

    private static final String RATE_RETRY = "THROTTLED (rule throttling of evidence:LimitExceeded.EvidenceRate: name \"Rate\")";
    private static final String TASK_RETRY = "BUSY (rule module of evidence:ResourceInUse.EvidenceTask: the product module's own"
            + " advice, without evidence)";
    private static final String CORRECTS = "SDK tencentcloud-sdk-java-intl-en 3.1.16: \"The upload succeeded.\\u001b[2J\""
            + " — the Chinese text and the code's name say it failed";
    private static final String RATE_EVIDENCE_JSON = "\"retryEvidence\":{\"rule\":\"throttling\","
            + "\"decidedBy\":\"evidence:LimitExceeded.EvidenceRate\",\"evidence\":\"name \\\"Rate\\\"\"}";
    private static final String CORRECTION_JSON = "\"origin\":{\"kind\":\"CORRECTION\",\"title\":\"errorcatalog maintainers\"},"
            + "\"correction\":{\"source\":{\"kind\":\"SDK\",\"title\":\"tencentcloud-sdk-java-intl-en\",\"version\":\"3.1.16\"},"
            + "\"replaced\":\"The upload succeeded.\\u001B[2J\",\"why\":\"the Chinese text and the code's name say it failed\"}";

    private static ExplainCommandTest.Result cli(String... args) {
        return cli(ExitCode.OK, args);
    }

    /** For a lookup some of whose codes no product holds: it exits with {@link ExitCode#NOT_FOUND}. */
    private static ExplainCommandTest.Result cli(int expectedExit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(CATALOG, new PrintWriter(out, true), new PrintWriter(err, true), args);
        ExplainCommandTest.Result r = new ExplainCommandTest.Result(exit, out.toString(), err.toString());
        assertEquals(expectedExit, r.exit(), r.err());
        return r;
    }

    @Test
    void theTestProductLoadsWithoutProblems() {
        assertEquals(List.of(), CATALOG.problems());
    }

    @Test
    void lookupTextSaysWhyOnTheRetryLineAndWhatACorrectionReplacesAfterTheSource() {
        String out = cli(ExitCode.NOT_FOUND, "lookup", "-p", "evidence", "LimitExceeded.EvidenceRate", "ResourceInUse.EvidenceTask",
                "FailedOperation.EvidenceFixed", "LimitExceeded.EvidenceRate.Sub").out();
        assertTrue(out.contains("  retry:       " + RATE_RETRY + "\n  source:      SDK tencentcloud-sdk-java-intl-en 3.1.16\n"), out);
        assertTrue(out.contains("  retry:       " + TASK_RETRY + "\n"), out);
        assertTrue(out.contains("  retry:       UNKNOWN\n  source:      CORRECTION errorcatalog maintainers\n"
                + "  corrects:    " + CORRECTS + "\n"), out);
        // a subcode's advice is its covering parent's, and says so
        assertEquals(2, out.lines().filter(l -> l.equals("  retry:       " + RATE_RETRY)).count(), out);
        assertEquals(1, out.lines().filter(l -> l.startsWith("  corrects:")).count(), out);

        String zh = cli("lookup", "-p", "evidence", "-l", "zh-CN", "FailedOperation.EvidenceFixed").out();
        assertTrue(zh.contains("  source:      SDK tencentcloud-sdk-java 3.2.11\n"), zh);
        assertFalse(zh.contains("corrects:"), "only the English text is a correction: " + zh);
    }

    @Test
    void answersThatDifferOnlyInWhyOrInWhatTheyCorrectAreNotOneAnswer() {
        String rate = cli("lookup", "LimitExceeded.EvidenceRate").out();
        assertTrue(rate.startsWith("LimitExceeded.EvidenceRate is a code of 2 products: evidence, twin\n"), rate);
        assertTrue(rate.contains("  retry:       " + RATE_RETRY + "\n"), rate);
        assertTrue(rate.contains("  retry:       THROTTLED (rule throttling of twin:LimitExceeded.EvidenceRate: name \"Limit\")\n"), rate);
        String fixed = cli("lookup", "FailedOperation.EvidenceFixed").out();
        assertEquals(2, fixed.lines().filter(l -> l.startsWith("  corrects:")).count(), fixed);
        assertTrue(fixed.contains(" — the solution says to upload again\n"), fixed);
        // the same advice each product gives on its own entry, without evidence: one answer, naming each product's own
        String task = cli("lookup", "ResourceInUse.EvidenceTask").out();
        assertTrue(task.contains("ResourceInUse.EvidenceTask  (2 products, en)\n"), task);
        assertTrue(task.contains("  retry:       BUSY (rule module of each product's ResourceInUse.EvidenceTask: the product module's own"
                + " advice, without evidence)\n"), task);
        String markdown = cli("lookup", "-f", "markdown", "ResourceInUse.EvidenceTask").out();
        assertTrue(markdown.contains("| evidence, twin | each product's ResourceInUse.EvidenceTask | The resource is busy with another task."
                + " | BUSY (rule module of each product's ResourceInUse.EvidenceTask: "), markdown);
    }

    @Test
    void explainTextShowsTheSameLines() {
        String busy = cli("explain", "-p", "evidence",
                "{\"Response\":{\"Error\":{\"Code\":\"ResourceInUse.EvidenceTask\",\"Message\":\"busy\"},\"RequestId\":\"r-1\"}}").out();
        assertTrue(busy.contains("  retry:       " + TASK_RETRY + "\n"), busy);
        String fixed = cli("explain", "-p", "evidence", "upload: FailedOperation.EvidenceFixed requestId: r-2").out();
        assertTrue(fixed.contains("  source:      CORRECTION errorcatalog maintainers\n  corrects:    " + CORRECTS + "\n"), fixed);
    }

    @Test
    void lookupJsonCarriesRetryEvidenceAndCorrectionOnlyWherePresent() {
        List<String> lines = cli(ExitCode.NOT_FOUND, "lookup", "--json", "-p", "evidence", "LimitExceeded.EvidenceRate", "FailedOperation.EvidenceFixed",
                "Totally.Unknown").out().lines().toList();
        assertEquals(3, lines.size(), String.join("\n", lines));
        assertTrue(lines.get(0).contains("\"retry\":\"THROTTLED\"," + RATE_EVIDENCE_JSON + ","), lines.get(0));
        assertFalse(lines.get(0).contains("\"correction\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"retry\":\"UNKNOWN\",\"origin\""), "no evidence for no advice: " + lines.get(1));
        assertTrue(lines.get(1).contains(CORRECTION_JSON), lines.get(1));
        assertFalse(lines.get(2).contains("\"retryEvidence\"") || lines.get(2).contains("\"correction\""), lines.get(2));

        String explained = cli("explain", "--json", "-p", "evidence", "failed: LimitExceeded.EvidenceRate").out();
        assertTrue(explained.contains(RATE_EVIDENCE_JSON), explained);
    }

    @Test
    void lookupMarkdownPutsTheEvidenceInTheRetryCellAndTheCorrectionInTheNotes() {
        List<String> lines = cli("lookup", "-f", "markdown", "-p", "evidence", "LimitExceeded.EvidenceRate",
                "FailedOperation.EvidenceFixed").out().lines().toList();
        assertTrue(lines.contains("| LimitExceeded.EvidenceRate | evidence | evidence:LimitExceeded.EvidenceRate"
                + " | Requests exceed the rate limit. | " + RATE_RETRY + " |  |"), String.join("\n", lines));
        assertTrue(lines.contains("| FailedOperation.EvidenceFixed | evidence | evidence:FailedOperation.EvidenceFixed"
                + " | The upload failed. | UNKNOWN | corrects " + CORRECTS + " |"), String.join("\n", lines));
    }

    @Test
    void exportTextAddsTheRetryColumnAndACorrectionColumnWhereThereIsOne() {
        String out = cli("export", "-p", "evidence").out();
        assertTrue(out.contains("LimitExceeded.EvidenceRate\tRequests exceed the rate limit.\t" + RATE_RETRY + "\n"), out);
        assertTrue(out.contains("ResourceInUse.EvidenceTask\tThe resource is busy with another task.\t" + TASK_RETRY + "\n"), out);
        assertTrue(out.contains("FailedOperation.EvidenceFixed\tThe upload failed.\tUNKNOWN\tcorrects " + CORRECTS + "\n"), out);
        // list stays code and message
        String list = cli("list", "-p", "evidence").out();
        assertTrue(list.contains("LimitExceeded.EvidenceRate\tRequests exceed the rate limit.\n"), list);
    }

    @Test
    void exportJsonCarriesTheEvidenceOnceAndEachLocalesCorrection() {
        String out = cli("export", "-f", "json", "-p", "evidence").out();
        assertTrue(out.contains("{\"product\":\"evidence\",\"code\":\"LimitExceeded.EvidenceRate\",\"retry\":\"THROTTLED\","
                + RATE_EVIDENCE_JSON + ",\"apiVersions\":[\"2020-01-01\"],"), out);
        assertTrue(out.contains("\"code\":\"ResourceInUse.EvidenceTask\",\"retry\":\"BUSY\",\"retryEvidence\":{\"rule\":\"module\","), out);
        assertTrue(out.contains("\"code\":\"FailedOperation.EvidenceFixed\",\"retry\":\"UNKNOWN\",\"apiVersions\""), out);
        assertTrue(out.contains("\"en\":{\"text\":\"The upload failed.\"," + CORRECTION_JSON + "},"
                + "\"zh-CN\":{\"text\":\"上传失败。\",\"origin\":{\"kind\":\"SDK\",\"title\":\"tencentcloud-sdk-java\",\"version\":\"3.2.11\"}}"), out);
    }

    @Test
    void exportMarkdownAddsRetryAndCorrectionColumnsInTheLocalesWords() {
        List<String> en = cli("export", "-f", "markdown", "-p", "evidence").out().lines().toList();
        assertEquals("| Error code | Description | Retry | Corrects |", en.get(0));
        assertEquals("|---|---|---|---|", en.get(1));
        assertTrue(en.contains("| LimitExceeded.EvidenceRate | Requests exceed the rate limit. | " + RATE_RETRY + " |  |"), String.join("\n", en));
        assertTrue(en.contains("| FailedOperation.EvidenceFixed | The upload failed. | UNKNOWN | " + CORRECTS + " |"), String.join("\n", en));
        // no Chinese text is a correction: no column for it
        List<String> zh = cli("export", "-f", "markdown", "-p", "evidence", "-l", "zh-CN").out().lines().toList();
        assertEquals("| 错误码 | 说明 | 重试 |", zh.get(0));
        assertTrue(zh.contains("| ResourceInUse.EvidenceTask | 资源正被其他任务占用。 | " + TASK_RETRY + " |"), String.join("\n", zh));
    }
}
