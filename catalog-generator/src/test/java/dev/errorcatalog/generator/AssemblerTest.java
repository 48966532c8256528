package dev.errorcatalog.generator;

import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.Source;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The order of sources per code and language, and what happens where none has text. */
class AssemblerTest {
    private static final Source DOC = new Source("doc-en", Source.Kind.DOCUMENT, "Demo codes (en)", "", "");
    private static final Source ZH = new Source("sdk-zh", Source.Kind.SDK, "tencentcloud-sdk-java", "3.2.11", "Apache-2.0");
    private static final Source EN = new Source("sdk-en", Source.Kind.SDK, "tencentcloud-sdk-java-intl-en", "3.1.16", "Apache-2.0");
    private static final Source CENTRE = new Source("error-centre", Source.Kind.ERROR_CENTRE, "error centre", "2026-08-21", "");
    private static final Source OURS = new Source("ours", Source.Kind.TRANSLATION, "maintainers", "", "");

    @TempDir
    Path dir;
    private SdkSources zh;
    private SdkSources en;

    private Path write(String path, String text) throws IOException {
        Path p = dir.resolve(path);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }

    @BeforeEach
    void sources() throws IOException {
        write("zh/com/tencentcloudapi/demo/v20200101/DemoErrorCode.java", """
                public enum DemoErrorCode {
                     /* 文档也有的错误。 */
                     A_DOCUMENTED("FailedOperation.Documented"),
                     /* 只有中文。 */
                     A_CHINESE_ONLY("FailedOperation.ChineseOnly"),
                     /* FailedOperation.Placeholder */
                     A_PLACEHOLDER("FailedOperation.Placeholder"),
                     /* 请参考[文档](https://example.com/doc)。 */
                     A_LINKED("FailedOperation.Linked");
                }
                """);
        write("zh/com/tencentcloudapi/demo/v20240718/DemoErrorCode.java", """
                public enum DemoErrorCode {
                     /* 新版本才有。 */
                     A_NEW("FailedOperation.New"),
                     /* 新版本的说法。 */
                     A_DOCUMENTED("FailedOperation.Documented");
                }
                """);
        write("en/com/tencentcloudapi/demo/v20200101/DemoErrorCode.java", """
                public enum DemoErrorCode {
                     /* The official English. */
                     A_DOCUMENTED("FailedOperation.Documented"),
                     /* 中文 in the English SDK. */
                     A_CHINESE_ONLY("FailedOperation.ChineseOnly"),
                     /* Placeholder in English. */
                     A_PLACEHOLDER("FailedOperation.Placeholder"),
                     /* See the `Doc`. */
                     A_LINKED("FailedOperation.Linked");
                }
                """);
        write("en/com/tencentcloudapi/demo/v20240718/DemoErrorCode.java", """
                public enum DemoErrorCode {
                     /*  */
                     A_NEW("FailedOperation.New");
                }
                """);
        zh = SdkSources.open(dir.resolve("zh"));
        en = SdkSources.open(dir.resolve("en"));
    }

    private ErrorCentreFeed feed() throws IOException {
        return ErrorCentreFeed.read(write("feed.json", """
                [{"productName": "demo", "productVersion": "2020-01-01", "code": "FailedOperation.Placeholder",
                  "description": "错误中心的说明。", "solution": "请重试。"},
                 {"productName": "demo", "productVersion": "2020-01-01", "code": "FailedOperation.Linked",
                  "description": null, "solution": "占位符"},
                 {"productName": "other", "productVersion": "2020-01-01", "code": "FailedOperation.Linked",
                  "description": "别的产品。", "solution": "别的。"}]
                """));
    }

    private static String text(ProductData data, String code, String language) {
        return data.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow()
                .messages().get(language).text();
    }

    private static ProductData.Entry entry(ProductData data, String code) {
        return data.entries().stream().filter(e -> e.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eachLanguageTakesTheFirstSourceThatHasText() throws IOException {
        SeedTable doc = SeedTable.read(write("doc.md", """
                ### Business Error Codes
                | Error code | Description |
                |---|---|
                | FailedOperation.Documented | The document's words, verbatim. |
                """));
        Editorial editorial = new Editorial(Map.of("en", Map.of("FailedOperation.ChineseOnly", "Ours, in English.",
                "FailedOperation.New", "Ours too.", "FailedOperation.Documented", "Never used.")),
                Map.of("en", Map.of("FailedOperation.Placeholder", "Try again.")),
                Map.of("FailedOperation.Documented", RetryAdvice.DO_NOT_RETRY), Set.of(), Map.of());
        ProductData data = new Assembler("demo").document(doc, "en", DOC, false).sdk(zh, "zh-CN", ZH).sdk(en, "en", EN)
                .errorCentre(feed(), CENTRE).editorial(editorial, OURS).complete().assemble();

        assertEquals(new ProductData.Text("The document's words, verbatim.", "doc-en"), entry(data, "FailedOperation.Documented").messages().get("en"));
        assertEquals(new ProductData.Text("文档也有的错误。", "sdk-zh"), entry(data, "FailedOperation.Documented").messages().get("zh-CN"),
                "the oldest API version's text wins");
        assertEquals(new ProductData.Text("Ours, in English.", "ours"), entry(data, "FailedOperation.ChineseOnly").messages().get("en"),
                "English text with Han characters is not English");
        assertEquals(new ProductData.Text("错误中心的说明。", "error-centre"), entry(data, "FailedOperation.Placeholder").messages().get("zh-CN"),
                "the code itself is a placeholder; the error centre fills in");
        assertEquals("Placeholder in English.", text(data, "FailedOperation.Placeholder", "en"));
        assertEquals("新版本才有。", text(data, "FailedOperation.New", "zh-CN"));
        assertEquals("Ours too.", text(data, "FailedOperation.New", "en"));
        assertEquals("请参考文档。", text(data, "FailedOperation.Linked", "zh-CN"));
        assertEquals("See the Doc.", text(data, "FailedOperation.Linked", "en"));
        assertEquals(Optional.of(URI.create("https://example.com/doc")), entry(data, "FailedOperation.Linked").helpUrl());

        ProductData.Entry placeholder = entry(data, "FailedOperation.Placeholder");
        assertEquals(Map.of("zh-CN", new ProductData.Text("请重试。", "error-centre"), "en", new ProductData.Text("Try again.", "ours")),
                placeholder.solutions());
        assertEquals(Map.of(), entry(data, "FailedOperation.Linked").solutions(), "a placeholder solution is no solution");
        assertEquals(List.of("2020-01-01", "2024-07-18"), entry(data, "FailedOperation.Documented").apiVersions());
        assertEquals(Optional.of(RetryAdvice.DO_NOT_RETRY), entry(data, "FailedOperation.Documented").retry());
        assertEquals(Optional.empty(), entry(data, "FailedOperation.New").retry(), "no advice by guessing");
        assertEquals(List.of("en", "zh-CN"), data.languages());
        assertEquals(List.of("doc-en", "sdk-zh", "sdk-en", "error-centre", "ours"), data.sources().stream().map(Source::id).toList());
        assertTrue(data.dataVersion().startsWith("tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16"), data.dataVersion());
    }

    @Test
    void aCodeTheMaintainersAddIsACodeWithTheirTexts() throws IOException {
        Editorial ours = new Editorial(Map.of("en", Map.of("FailedOperation.Ours", "Operation failed: ours.",
                "FailedOperation.ChineseOnly", "Ours, in English.", "FailedOperation.New", "Ours too."),
                "zh-CN", Map.of("FailedOperation.Ours", "操作失败：我们的。")), Map.of(), Map.of(), Set.of(), Map.of());
        ProductData data = new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).errorCentre(feed(), CENTRE)
                .editorial(ours, OURS).complete().assemble();
        ProductData.Entry e = entry(data, "FailedOperation.Ours");
        assertEquals(Map.of("en", new ProductData.Text("Operation failed: ours.", "ours"),
                "zh-CN", new ProductData.Text("操作失败：我们的。", "ours")), e.messages());
        assertEquals(List.of(), e.apiVersions(), "no official list has it");
    }

    @Test
    void completeDataNamesEveryCodeWithoutTextInALanguage() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).complete().assemble());
        assertEquals("demo: codes without text in a language (add them to the maintainers' file)\n"
                + "  no en text for demo: FailedOperation.ChineseOnly, FailedOperation.New\n"
                + "  no zh-CN text for demo: FailedOperation.Placeholder", e.getMessage());
    }

    @Test
    void withoutCompleteTextALanguageIsNotShippedAndNothingIsInvented() throws IOException {
        ProductData data = new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).errorCentre(feed(), CENTRE).assemble();
        assertEquals(List.of("zh-CN"), data.languages());
        assertEquals(List.of("en not shipped: 2 of 5 codes have no en text in the sources given"), data.omitted());
        assertTrue(data.entries().stream().allMatch(e -> e.messages().keySet().equals(Set.of("zh-CN"))));
        assertEquals(5, data.entries().size());
    }

    @Test
    void whenNoLanguageHasEveryCodeTheFullestIsShippedWithoutTheCodesItLacks() {
        ProductData data = new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).assemble();
        assertEquals(List.of("zh-CN"), data.languages());
        assertEquals(List.of("left out 1 code(s) no source words in any shipped language: FailedOperation.Placeholder",
                "en not shipped: 2 of 5 codes have no en text in the sources given"), data.omitted());
        assertEquals(4, data.entries().size());
    }

    @Test
    void aCodeNoLanguageHasIsLeftOutAndSaidSo() {
        ProductData data = new Assembler("demo").sdk(en, "en", EN).assemble();
        assertEquals(List.of("en"), data.languages());
        assertEquals(List.of("left out 2 code(s) no source words in any shipped language: FailedOperation.ChineseOnly, FailedOperation.New",
                "zh-CN not shipped: 5 of 5 codes have no zh-CN text in the sources given"), data.omitted());
        assertEquals(List.of("FailedOperation.Documented", "FailedOperation.Linked", "FailedOperation.Placeholder"),
                data.entries().stream().map(ProductData.Entry::code).toList());
    }

    @Test
    void anSdkConstantWhoseCodeIsNotACodeIsLeftOutAndListedWithWhereItIs() throws IOException {
        // as in the SDK's tcb and cpdp enums: an underscore, a trailing dot
        write("odd/com/tencentcloudapi/demo/v20200101/DemoErrorCode.java", """
                public enum DemoErrorCode {
                     /* 可用的错误。 */
                     A_FINE("FailedOperation.Fine"),
                     /* 系统错误。 */
                     A_SYS("InternalError.SYS_ERR"),
                     /* 空的子码。 */
                     A_EMPTY("InternalError.");
                }
                """);
        ProductData data = new Assembler("demo").sdk(SdkSources.open(dir.resolve("odd")), "zh-CN", ZH).assemble();
        assertEquals(List.of("FailedOperation.Fine"), data.entries().stream().map(ProductData.Entry::code).toList());
        String file = "com/tencentcloudapi/demo/v20200101/DemoErrorCode.java";
        assertEquals("left out 2 SDK constant(s) whose code is not an error code the catalog can hold: "
                + "InternalError. (" + file + ":7), InternalError.SYS_ERR (" + file + ":5)", data.omitted().get(data.omitted().size() - 1));
    }

    /** A language of the product's own: the common tables' Chinese is never its Japanese, though Han fits Japanese. */
    @Test
    void aThirdLanguageTakesNoOtherLanguagesTextFromTheCommonTables() {
        CommonTables tables = new CommonTables(Map.of("AuthFailure", "签名鉴权失败。"), Map.of("AuthFailure", "Authentication failed."));
        Source common = new Source("common-tables", Source.Kind.COMMON_TABLE, "common tables", "", "");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> new Assembler("common", List.of("en", "zh-CN", "ja"))
                .complete().commonTables(tables, common).assemble());
        assertTrue(e.getMessage().contains("no ja text for common: AuthFailure"), e.getMessage());

        ProductData data = new Assembler("common", List.of("en", "ja")).commonTables(tables, common).assemble();
        assertEquals(List.of("en"), data.languages());
        assertEquals(Set.of("en"), data.entries().get(0).messages().keySet());
    }

    @Test
    void perCodeEachCodeKeepsTheLanguagesItsSourcesWordItIn() throws IOException {
        ProductData data = new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).errorCentre(feed(), CENTRE)
                .perCodeLanguages().assemble();
        assertEquals(List.of("en", "zh-CN"), data.languages());
        assertEquals(List.of(), data.omitted());
        assertEquals(Set.of("zh-CN"), entry(data, "FailedOperation.ChineseOnly").messages().keySet(),
                "the English SDK's Han text is no English; the code keeps its Chinese");
        assertEquals(Set.of("zh-CN"), entry(data, "FailedOperation.New").messages().keySet(), "an empty comment is no text");
        assertEquals(List.of("en", "zh-CN"), List.copyOf(entry(data, "FailedOperation.Placeholder").messages().keySet()));
        assertEquals(new ProductData.Text("错误中心的说明。", "error-centre"), entry(data, "FailedOperation.Placeholder").messages().get("zh-CN"));
        assertEquals(Map.of("zh-CN", new ProductData.Text("请重试。", "error-centre")), entry(data, "FailedOperation.Placeholder").solutions());
        assertEquals(5, data.entries().size());
        assertEquals(List.of("sdk-zh", "sdk-en", "error-centre"), data.sources().stream().map(Source::id).toList());
    }

    @Test
    void perCodeACodeWithNoTextInAnyLanguageIsLeftOutAndSaysWhy() {
        ProductData data = new Assembler("demo").sdk(zh, "zh-CN", ZH).perCodeLanguages().assemble();
        assertEquals(List.of("zh-CN"), data.languages(), "no code has English: the product has Chinese alone");
        assertEquals(List.of("FailedOperation.Placeholder: no text in any language (no en enum lists it; "
                + "zh-CN: its comment is empty, a placeholder or the code)"), data.omitted());
        assertEquals(List.of("FailedOperation.ChineseOnly", "FailedOperation.Documented", "FailedOperation.Linked", "FailedOperation.New"),
                data.entries().stream().map(ProductData.Entry::code).toList());
        assertEquals(List.of("sdk-zh"), data.sources().stream().map(Source::id).toList());
    }

    @Test
    void perCodeEnglishComesFirstWhenAnyCodeHasIt() {
        ProductData data = new Assembler("demo").sdk(en, "en", EN).perCodeLanguages().assemble();
        assertEquals(List.of("en"), data.languages());
        assertEquals(List.of("FailedOperation.ChineseOnly: no text in any language (en: its comment is not in the language's script;"
                        + " no zh-CN enum lists it)",
                "FailedOperation.New: no text in any language (en: its comment is empty, a placeholder or the code; no zh-CN enum lists it)"),
                data.omitted());
        ProductData zhFirst = new Assembler("demo", List.of("zh-CN", "en")).sdk(zh, "zh-CN", ZH).sdk(en, "en", EN)
                .perCodeLanguages().assemble();
        assertEquals(List.of("zh-CN", "en"), zhFirst.languages(), "the order asked for");
    }

    @Test
    void perCodeASolutionGoesOnlyWithAMessageInItsLanguage() throws IOException {
        ErrorCentreFeed feed = ErrorCentreFeed.read(write("solution-only.json", """
                [{"productName": "demo", "productVersion": "2020-01-01", "code": "FailedOperation.Placeholder",
                  "description": null, "solution": "请重试。"}]
                """));
        ProductData data = new Assembler("demo").sdk(en, "en", EN).errorCentre(feed, CENTRE).perCodeLanguages().assemble();
        ProductData.Entry e = entry(data, "FailedOperation.Placeholder");
        assertEquals(Set.of("en"), e.messages().keySet());
        assertEquals(Map.of(), e.solutions(), "no Chinese message, so no Chinese solution");
        assertEquals(List.of("en"), data.languages());
        assertEquals(List.of("sdk-en"), data.sources().stream().map(Source::id).toList());
    }

    @Test
    void perCodeKeepsCodesOfOneConstantNameAndListsConstantsThatAreNoCodes() throws IOException {
        write("clash/com/tencentcloudapi/demo/v20200101/DemoErrorCode.java", """
                public enum DemoErrorCode {
                     /* 大写。 */
                     A_UPPER("FailedOperation.AB"),
                     /* 混合。 */
                     A_MIXED("FailedOperation.Ab"),
                     /* 系统错误。 */
                     A_SYS("InternalError.SYS_ERR");
                }
                """);
        ProductData data = new Assembler("demo").sdk(SdkSources.open(dir.resolve("clash")), "zh-CN", ZH).perCodeLanguages().assemble();
        assertEquals(List.of("FailedOperation.AB", "FailedOperation.Ab"), data.entries().stream().map(ProductData.Entry::code).toList(),
                "no typed constants, so no clash");
        assertEquals(List.of("InternalError.SYS_ERR: not an error code the catalog can hold "
                + "(com/tencentcloudapi/demo/v20200101/DemoErrorCode.java:7)"), data.omitted());
    }

    @Test
    void perCodeAndCompleteExcludeEachOther() {
        assertThrows(IllegalStateException.class, () -> new Assembler("demo").sdk(zh, "zh-CN", ZH).complete().perCodeLanguages().assemble());
    }

    @Test
    void perCodeAnEnumListingNoCodeIsSaidNotAnError() throws IOException {
        write("none/com/tencentcloudapi/demo/v20250513/DemoErrorCode.java", """
                package com.tencentcloudapi.demo.v20250513;
                public enum DemoErrorCode {
                    // No Errorcode
                }
                """);
        SdkSources none = SdkSources.open(dir.resolve("none"));
        assertThrows(SourceFormatException.class, () -> new Assembler("demo").sdk(none, "zh-CN", ZH).assemble(),
                "a module of no codes is no module");
        ProductData data = new Assembler("demo").sdk(none, "zh-CN", ZH).perCodeLanguages().assemble();
        assertEquals(List.of(), data.entries());
        assertEquals(List.of(), data.languages());
        assertEquals(List.of("com/tencentcloudapi/demo/v20250513/DemoErrorCode.java: the zh-CN SDK's enum for API 2025-05-13 lists no code"),
                data.omitted());
    }

    private static Editorial corrections(String replaces) {
        return new Editorial(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of(),
                Map.of("en", Map.of("FailedOperation.Placeholder", new Editorial.Fix(replaces, "The right text.", "The name says so."))),
                Map.of(), "data/demo.json");
    }

    @Test
    void aCorrectionOutranksTheOfficialTextItNamesAndSaysWhatItReplaces() throws IOException {
        ProductData data = new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).errorCentre(feed(), CENTRE)
                .editorial(corrections("Placeholder in English."), OURS).perCodeLanguages().assemble();
        ProductData.Text t = entry(data, "FailedOperation.Placeholder").messages().get("en");
        assertEquals(new ProductData.Text("The right text.", "correction-of-sdk-en",
                Optional.of(new ProductData.Corrected("sdk-en", "Placeholder in English.", "The name says so."))), t);
        Source fix = data.sources().stream().filter(s -> s.id().equals("correction-of-sdk-en")).findFirst().orElseThrow();
        assertEquals(Source.Kind.CORRECTION, fix.kind());
        assertEquals(EN.version(), fix.version(), "a correction is of that source at its version");
        assertTrue(fix.title().contains(EN.title()), fix.title());
        assertTrue(data.sources().contains(EN), "the corrected source stays listed: the provenance names it");
        assertFalse(data.dataVersion().contains("correction"), "the data's version names the sources, not our corrections: " + data.dataVersion());
    }

    @Test
    void aCorrectionWhoseOfficialTextChangedOrWentAwayFailsTheRefreshNamingBoth() {
        SourceFormatException changed = assertThrows(SourceFormatException.class, () -> new Assembler("demo").sdk(zh, "zh-CN", ZH)
                .sdk(en, "en", EN).editorial(corrections("Placeholder, as it once was."), OURS).perCodeLanguages().assemble());
        assertTrue(changed.getMessage().startsWith("data/demo.json: the correction of en FailedOperation.Placeholder replaces"
                + " 'Placeholder, as it once was.', but sdk-en now says 'Placeholder in English.'"), changed.getMessage());

        SourceFormatException gone = assertThrows(SourceFormatException.class, () -> new Assembler("demo").sdk(zh, "zh-CN", ZH)
                .editorial(corrections("Placeholder in English."), OURS).perCodeLanguages().assemble());
        assertTrue(gone.getMessage().contains("but no official source words the code in en any more"), gone.getMessage());
    }

    @Test
    void aCorrectionOfACodeTheProductDoesNotHaveIsAMistakeNotSkipped() {
        Editorial wrong = new Editorial(Map.of(), Map.of(), Map.of(), Set.of(), Map.of(), Map.of(),
                Map.of("en", Map.of("FailedOperation.Nowhere", new Editorial.Fix("x", "y", "z"))), Map.of(), "data/demo.json");
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> new Assembler("demo").sdk(zh, "zh-CN", ZH)
                .sdk(en, "en", EN).editorial(wrong, OURS).perCodeLanguages().assemble());
        assertTrue(e.getMessage().endsWith(": en FailedOperation.Nowhere"), e.getMessage());
    }

    @Test
    void theMaintainersAdviceOverridesTheRulesOnlyWithAReason() throws IOException {
        Editorial silent = new Editorial(Map.of(), Map.of(), Map.of("FailedOperation.Placeholder", RetryAdvice.DO_NOT_RETRY),
                Set.of(), Map.of());
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> new Assembler("demo").sdk(zh, "zh-CN", ZH)
                .sdk(en, "en", EN).errorCentre(feed(), CENTRE).editorial(silent, OURS).perCodeLanguages().assemble());
        assertTrue(e.getMessage().contains("retry of FailedOperation.Placeholder is DO_NOT_RETRY, but the rules give TRANSIENT"
                + " (rule retry-later"), e.getMessage());

        Editorial reasoned = new Editorial(Map.of(), Map.of(), Map.of("FailedOperation.Placeholder", RetryAdvice.DO_NOT_RETRY),
                Set.of(), Map.of(), Map.of("FailedOperation.Placeholder", "Retrying repeats the refusal."), Map.of(), Map.of(), "demo");
        ProductData data = new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).errorCentre(feed(), CENTRE)
                .editorial(reasoned, OURS).perCodeLanguages().assemble();
        assertEquals(Optional.of(new ProductData.RetryWhy(RetryAdvice.DO_NOT_RETRY, "maintainers", "Retrying repeats the refusal.")),
                entry(data, "FailedOperation.Placeholder").retryWhy());
        assertEquals(Optional.of(new ProductData.RetryWhy(RetryAdvice.TRANSIENT, "retry-later", "zh-CN solution: 请重试。 (\"请重试\")")),
                new Assembler("demo").sdk(zh, "zh-CN", ZH).sdk(en, "en", EN).errorCentre(feed(), CENTRE).perCodeLanguages().assemble()
                        .entries().stream().filter(x -> x.code().equals("FailedOperation.Placeholder")).findFirst().orElseThrow().retryWhy(),
                "without the maintainers, the rules' advice, with the text that gave it");
    }
}
