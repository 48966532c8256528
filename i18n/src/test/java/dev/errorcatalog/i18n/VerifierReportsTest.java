package dev.errorcatalog.i18n;

import dev.errorcatalog.i18n.internal.TestBundles;
import dev.errorcatalog.i18n.verify.BundleVerifier;
import dev.errorcatalog.i18n.verify.VerificationReport;
import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dev.errorcatalog.i18n.Bundles.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A key left out of one bundle is reported there even when another bundle already has a problem with it. */
class VerifierReportsTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private static VerificationReport verify(String en, String zh) {
        return BundleVerifier.of("demo", List.of("A", "B"))
                .bundle(Locale.ENGLISH, "demo/en.json", source(en))
                .bundle(ZH, "demo/zh-CN.json", source(zh))
                .verify();
    }

    @Test
    void aKeyMissingInOneBundleIsReportedThereThoughAnotherBundleHasAProblemWithIt() {
        VerificationReport r = verify("{\"A\": 5, \"B\": \"Beta.\"}", "{\"B\": \"乙。\"}");
        List<String> where = r.problems().stream().map(p -> p.file() + " " + p.key().orElse("-")).sorted().toList();
        assertEquals(List.of("demo/en.json A", "demo/zh-CN.json A"), where, r.toString());
        assertEquals(true, r.problems().stream().anyMatch(p -> p.file().equals("demo/zh-CN.json")
                && p.description().equals("missing: the key is expected but has no entry")), r.toString());
    }

    @Test
    void cleanBundlesSaySo() {
        VerificationReport r = verify("{\"A\": \"Alpha.\", \"B\": \"Beta.\"}", "{\"A\": \"甲。\", \"B\": \"乙。\"}");
        assertEquals("demo: no problems", r.toString());
    }

    @Test
    void everyPatternOfAnEntryIsNamedByItsField() {
        MessageBundle b = TestBundles.read("{\"A\": {\"message\": \"Alpha.\", \"title\": \"T\", \"solution\": \"Retry.\","
                + " \"variants\": [{\"title\": \"V\", \"message\": \"One.\"}, {\"message\": \"Two.\"}]}}", Locale.ENGLISH).bundle();
        assertEquals(List.of("message Alpha.", "title T", "solution Retry.", "variants[0].title V", "variants[0].message One.",
                        "variants[1].message Two."),
                b.entry("A").orElseThrow().fields().stream().map(f -> f.name() + " " + f.message().pattern()).toList());
    }
}
