package dev.errorcatalog.i18n.internal;

import dev.errorcatalog.i18n.*;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.errorcatalog.i18n.internal.TestBundles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BundleFallbackTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final MessageBundle en = read("{\"A\": \"Alpha.\", \"B\": \"Beta.\"}", Locale.ENGLISH).bundle();

    @Test
    void aMissingTranslationFallsBackToTheDefaultLocaleAndIsReported() {
        MessageBundle zh = read("{\"A\": \"甲。\"}", ZH).bundle();
        BundleFallback.Merged m = BundleFallback.merge("demo", List.of("A", "B"), ZH, "demo/zh-CN.json",
                Optional.of(zh), () -> Optional.of(en));
        assertEquals(ZH, m.entries().get("A").locale());
        assertEquals("甲。", m.entries().get("A").entry().message().format());
        assertEquals(Locale.ENGLISH, m.entries().get("B").locale());
        assertEquals("Beta.", m.entries().get("B").entry().message().format());
        assertEquals(1, m.problems().size());
        BundleProblem p = m.problems().get(0);
        assertEquals(Optional.of("B"), p.key());
        assertTrue(p.description().contains("no usable text in zh-CN; the en text is used"), p.description());
    }

    @Test
    void aMissingFileFallsBackForEveryKey() {
        BundleFallback.Merged m = BundleFallback.merge("demo", List.of("A", "B"), ZH, "demo/zh-CN.json",
                Optional.empty(), () -> Optional.of(en));
        assertEquals(2, m.entries().size());
        assertEquals(2, m.problems().size());
    }

    @Test
    void aKeyNeitherHasIsLeftOutAndReported() {
        BundleFallback.Merged m = BundleFallback.merge("demo", List.of("A", "C"), ZH, "demo/zh-CN.json",
                Optional.empty(), () -> Optional.of(en));
        assertEquals(List.of("A"), List.copyOf(m.entries().keySet()));
        assertTrue(m.problems().stream().anyMatch(p -> p.key().equals(Optional.of("C"))
                && p.description().contains("nor in en")), m.problems().toString());
    }

    @Test
    void theDefaultBundleIsReadOnlyWhenAKeyIsMissing() {
        MessageBundle zh = read("{\"A\": \"甲。\", \"B\": \"乙。\"}", ZH).bundle();
        BundleFallback.Merged m = BundleFallback.merge("demo", List.of("A", "B"), ZH, "demo/zh-CN.json",
                Optional.of(zh), () -> {
                    throw new AssertionError("a complete bundle needs no other file");
                });
        assertEquals(2, m.entries().size());
        assertEquals(List.of(), m.problems());
    }

    @Test
    void keysNotExpectedAreReportedAndIgnored() {
        MessageBundle zh = read("{\"A\": \"甲。\", \"X\": \"多余。\"}", ZH).bundle();
        BundleFallback.Merged m = BundleFallback.merge("demo", List.of("A"), ZH, "demo/zh-CN.json",
                Optional.of(zh), () -> Optional.empty());
        assertEquals(List.of("A"), List.copyOf(m.entries().keySet()));
        assertEquals(Optional.of("X"), m.problems().get(0).key());
        assertTrue(m.problems().get(0).description().contains("ignored"));
    }
}
