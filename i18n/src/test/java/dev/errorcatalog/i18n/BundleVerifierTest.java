package dev.errorcatalog.i18n;

import dev.errorcatalog.i18n.verify.BundleVerifier;
import dev.errorcatalog.i18n.verify.VerificationReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.errorcatalog.i18n.Bundles.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleVerifierTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> KEYS = List.of("A", "A.B");

    private static VerificationReport verify(String en, String zh) {
        return BundleVerifier.of("demo", KEYS)
                .bundle(Locale.ENGLISH, "demo/en.json", source(en))
                .bundle(ZH, "demo/zh-CN.json", source(zh))
                .verify();
    }

    private static BundleProblem only(VerificationReport report) {
        assertEquals(1, report.problems().size(), report.toString());
        return report.problems().get(0);
    }

    @Test
    void cleanBundlesPass() {
        VerificationReport r = verify("{\"A\": \"Alpha {n}.\", \"A.B\": {\"title\": \"T\", \"message\": \"Beta.\"}}",
                "{\"A\": \"甲 {n}。\", \"A.B\": {\"title\": \"标题\", \"message\": \"乙。\"}}");
        assertTrue(r.isClean(), r.toString());
        assertTrue(r.isClean(), r.toString());
    }

    @Test
    void aBundleReadWholeIsVerifiedWhenItsStreamFailsToClose() {
        BundleVerifier.Source closing = () -> Optional.of(new java.io.FilterInputStream(
                Bundles.stream("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\"}")) {
            @Override
            public void close() throws IOException {
                throw new IOException("close failed on purpose");
            }
        });
        VerificationReport r = BundleVerifier.of("demo", KEYS).bundle(Locale.ENGLISH, "demo/en.json", closing).verify();
        assertTrue(r.isClean(), r.toString());
    }

    @Test
    void aMissingKeyIsReportedWithLocaleFileAndKey() {
        BundleProblem p = only(verify("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\"}", "{\"A\": \"甲。\"}"));
        assertEquals(ZH, p.locale());
        assertEquals("demo/zh-CN.json", p.file());
        assertEquals(Optional.of("A.B"), p.key());
        assertTrue(p.description().startsWith("missing"), p.description());
    }

    @Test
    void aBundleOfSomeKeysHoldsExactlyThoseAndAgreesWhereBothHoldAKey() {
        BundleVerifier v = BundleVerifier.of("demo", KEYS)
                .bundle(Locale.ENGLISH, "demo/en.json", source("{\"A\": \"Alpha {n}.\"}"), List.of("A"))
                .bundle(ZH, "demo/zh-CN.json", source("{\"A\": \"甲 {n}。\", \"A.B\": \"乙。\"}"));
        assertTrue(v.verify().isClean(), v.verify().toString());

        VerificationReport wrong = BundleVerifier.of("demo", KEYS)
                .bundle(Locale.ENGLISH, "demo/en.json", source("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\"}"), List.of("A.B", "Z"))
                .bundle(ZH, "demo/zh-CN.json", source("{\"A\": \"甲 {n}。\", \"A.B\": \"乙。\"}"), List.of("A.B"))
                .verify();
        assertEquals(List.of("en A: extra: the key is expected, but not in this bundle",
                        "en Z: said to be in this bundle but not one of the expected keys",
                        "zh-CN A: extra: the key is expected, but not in this bundle",
                        "zh-CN A: message uses the arguments [n] but en uses []"),
                wrong.problems().stream().map(p -> p.locale().toLanguageTag() + " " + p.key().orElse("-") + ": " + p.description())
                        .sorted().toList());
    }

    @Test
    void anExtraKeyIsReported() {
        BundleProblem p = only(verify("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\", \"C\": \"Gamma.\"}",
                "{\"A\": \"甲。\", \"A.B\": \"乙。\"}"));
        assertEquals(Locale.ENGLISH, p.locale());
        assertEquals(Optional.of("C"), p.key());
        assertTrue(p.description().startsWith("extra"), p.description());
    }

    @Test
    void aSolutionMayBeInOneLocaleOnlyButATitleMayNot() {
        assertTrue(verify("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\"}",
                "{\"A\": {\"message\": \"甲。\", \"solution\": \"请重试。\"}, \"A.B\": \"乙。\"}").isClean());
        BundleProblem p = only(verify("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\"}",
                "{\"A\": {\"message\": \"甲。\", \"title\": \"标题\"}, \"A.B\": \"乙。\"}"));
        assertEquals("has the fields [message, title] but en has [message]", p.description());
        BundleProblem args = only(verify("{\"A\": {\"message\": \"Alpha.\", \"solution\": \"Retry {n}.\"}, \"A.B\": \"Beta.\"}",
                "{\"A\": {\"message\": \"甲。\", \"solution\": \"请重试 {m}。\"}, \"A.B\": \"乙。\"}"));
        assertTrue(args.description().startsWith("solution uses the arguments [m] but en uses [n]"), args.description());
        BundleProblem script = only(verify("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\"}",
                "{\"A\": {\"message\": \"甲。\", \"solution\": \"Retry.\"}, \"A.B\": \"乙。\"}"));
        assertTrue(script.description().startsWith("solution "), script.description());
    }

    @Test
    void argumentNamesMustAgreeAcrossLocales() {
        BundleProblem p = only(verify("{\"A\": \"Alpha {count}.\", \"A.B\": \"Beta.\"}",
                "{\"A\": \"甲 {total}。\", \"A.B\": \"乙。\"}"));
        assertEquals(Optional.of("A"), p.key());
        assertTrue(p.description().contains("[total]") && p.description().contains("[count]"), p.description());
    }

    @Test
    void fieldsMustAgreeAcrossLocales() {
        BundleProblem p = only(verify("{\"A\": \"Alpha.\", \"A.B\": {\"title\": \"T\", \"message\": \"Beta.\"}}",
                "{\"A\": \"甲。\", \"A.B\": \"乙。\"}"));
        assertEquals(Optional.of("A.B"), p.key());
        assertTrue(p.description().contains("title"), p.description());
    }

    @Test
    void chineseTextMustBeChinese() {
        BundleProblem p = only(verify("{\"A\": \"Alpha.\", \"A.B\": \"Beta.\"}", "{\"A\": \"甲。\", \"A.B\": \"Beta.\"}"));
        assertEquals(ZH, p.locale());
        assertEquals(Optional.of("A.B"), p.key());
        assertTrue(p.description().contains("no character of the Han"), p.description());
    }

    @Test
    void englishTextMustNotBeChinese() {
        BundleProblem p = only(verify("{\"A\": \"Alpha.\", \"A.B\": \"乙。\"}", "{\"A\": \"甲。\", \"A.B\": \"乙。\"}"));
        assertEquals(Locale.ENGLISH, p.locale());
        assertTrue(p.description().contains("Han character '乙'"), p.description());
    }

    @Test
    void emptyMessagesAndBadPatternsAreReportedOnceEach() {
        VerificationReport r = verify("{\"A\": \"\", \"A.B\": \"Beta.\"}", "{\"A\": \"甲。\", \"A.B\": \"乙{。\"}");
        assertEquals(2, r.problems().size(), r.toString());
        assertTrue(r.problems().get(0).description().contains("empty"), r.toString());
        assertTrue(r.problems().get(1).description().contains("not valid ICU MessageFormat"), r.toString());
    }

    @Test
    void missingMalformedAndUnreadableFilesAreReported() {
        VerificationReport r = BundleVerifier.of("demo", KEYS)
                .bundle(Locale.ENGLISH, "demo/en.json", Optional::empty)
                .bundle(ZH, "demo/zh-CN.json", source("{\"A\": "))
                .bundle(Locale.JAPANESE, "demo/ja.json", () -> {
                    throw new IOException("disk on fire");
                })
                .verify();
        assertEquals(3, r.problems().size(), r.toString());
        assertTrue(r.problems().get(0).description().contains("the file is missing"));
        assertTrue(r.problems().get(1).description().contains("not valid JSON"));
        assertTrue(r.problems().get(2).description().contains("disk on fire"));
    }

    @Test
    void aJapaneseBundleMustBeJapanese() {
        VerificationReport r = BundleVerifier.of("demo", List.of("A"))
                .bundle(Locale.ENGLISH, "demo/en.json", source("{\"A\": \"Alpha.\"}"))
                .bundle(Locale.JAPANESE, "demo/ja.json", source("{\"A\": \"Alpha.\"}"))
                .verify();
        assertEquals(1, r.problems().size(), r.toString());
        assertEquals(Locale.JAPANESE, r.problems().get(0).locale());
    }

    @Test
    void theReportListsEveryProblem() {
        VerificationReport r = verify("{\"A\": \"Alpha.\"}", "{\"A.B\": \"乙。\"}");
        String e = r.toString();
        assertFalse(r.isClean());
        assertTrue(e.startsWith("2 problem(s) in demo:"), e);
        assertTrue(e.contains("demo en (demo/en.json) key 'A.B': missing"), e);
        assertTrue(e.contains("demo zh-CN (demo/zh-CN.json) key 'A': missing"), e);
    }
}
