package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import dev.errorcatalog.i18n.InvalidLanguageTagException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ResolutionTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();

    @Test
    void anExactCodeOfTheProduct() {
        Resolution r = catalog.resolve("demo", "FailedOperation.DemoBusy", ZH);
        assertTrue(r.exact() && r.found());
        assertEquals(Optional.of(DemoCode.PRODUCT), r.matchedProduct());
        assertEquals(Optional.of(ErrorCode.parse("FailedOperation.DemoBusy")), r.matchedCode());
        assertEquals("操作失败：演示繁忙。", r.message());
        assertEquals(ZH, r.locale());
        assertEquals(RetryAdvice.TRANSIENT, r.retry());
    }

    @Test
    void aCommonCodeAnswersFromCommon() {
        Resolution r = catalog.resolve("demo", "AuthFailure.SignatureExpire", Locale.ENGLISH);
        assertTrue(r.exact());
        assertEquals(Optional.of(ProductId.COMMON), r.matchedProduct());
        assertTrue(r.message().startsWith("Signature expired."), r.message());
        assertEquals(RetryAdvice.CLOCK_SKEW, r.retry());
    }

    @Test
    void anUnknownSubcodeFallsBackToTheProductsParent() {
        Resolution r = catalog.resolve("demo", "FailedOperation.NoSuchThing", Locale.ENGLISH);
        assertFalse(r.exact());
        assertEquals("Demo operation failed.", r.message());
        assertEquals("FailedOperation.NoSuchThing", r.requested());
        assertEquals(Optional.of(ErrorCode.parse("FailedOperation")), r.matchedCode());
    }

    @Test
    void anUnknownSubcodeFallsBackToTheCommonParent() {
        Resolution r = catalog.resolve("demo", "InvalidParameterValue.NoSuchThing", ZH);
        assertEquals("参数取值错误。", r.message());
        assertEquals(Optional.of(ProductId.COMMON), r.matchedProduct());
    }

    @Test
    void deeperCodesWalkUpEveryLevel() {
        Resolution r = catalog.resolve("demo", "DemoLimit.PerUser.Hourly.Burst", Locale.ENGLISH);
        assertEquals(Optional.of(ErrorCode.parse("DemoLimit.PerUser")), r.matchedCode());
        assertEquals(Optional.of(DemoCode.PRODUCT), r.matchedProduct());
    }

    @Test
    void anUnknownCodeStillAnswersWithTheCodeOrTheServersMessage() {
        Resolution bare = catalog.resolve("demo", "Totally.Unknown", Locale.ENGLISH);
        assertEquals(MatchKind.NONE, bare.kind());
        assertFalse(bare.found());
        assertEquals("Totally.Unknown", bare.message());
        assertEquals(Optional.empty(), bare.matchedCode());
        assertEquals(RetryAdvice.UNKNOWN, bare.retry());
        assertTrue(bare.explain().endsWith("answered with the code itself"), bare.explain());

        Resolution withServer = catalog.product("demo").resolve(ApiError.of("Totally.Unknown", "Server says no.", "req-1"), ZH);
        assertEquals("Server says no.", withServer.message());
        assertEquals(Optional.of("Server says no."), withServer.serverMessage());
        assertTrue(withServer.explain().endsWith("answered with the server's message"), withServer.explain());
    }

    @Test
    void aServerMessageIsKeptBesideAFoundEntry() {
        Resolution r = catalog.product("demo").resolve(ApiError.of("FailedOperation.DemoBusy", "busy, try later", "r"), Locale.ENGLISH);
        assertEquals("Operation failed: The demo is busy.", r.message());
        assertEquals(Optional.of("busy, try later"), r.serverMessage());
    }

    @Test
    void aMalformedCodeFromAServerStillAnswers() {
        Resolution r = catalog.product("demo").resolve(ApiError.of("Bad..Code", "the server's words", "r"), Locale.ENGLISH);
        assertEquals(MatchKind.NONE, r.kind());
        assertEquals("the server's words", r.message());

        Resolution empty = catalog.product("demo").resolve(ApiError.of("", "the server's words", "r"), Locale.ENGLISH);
        assertEquals(MatchKind.NONE, empty.kind());
    }

    @Test
    void aMalformedCodeFromTheCallerIsAnError() {
        InvalidErrorCodeException e = assertThrows(InvalidErrorCodeException.class,
                () -> catalog.resolve("demo", "Bad..Code", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("'..'"), e.getMessage());
    }

    @Test
    void anUnknownProductListsTheInstalledOnes() {
        UnknownProductException e = assertThrows(UnknownProductException.class,
                () -> catalog.resolve("vod", "InternalError", Locale.ENGLISH));
        assertEquals("unknown product 'vod'; installed: common, demo", e.getMessage());
        assertEquals("vod", e.product());
    }

    @Test
    void retryAdviceBelongsToTheExactEntryUnlessItCoversSubcodes() {
        // RequestLimitExceeded says it covers its subcodes
        assertEquals(RetryAdvice.THROTTLED, catalog.resolve("demo", "RequestLimitExceeded.UinLimitExceeded", Locale.ENGLISH).retry());
        assertEquals(RetryAdvice.THROTTLED, catalog.resolve("common", "RequestLimitExceeded.A.B", Locale.ENGLISH).retry());
        // ResourceUnavailable does not: an unknown subcode gets no advice, a declared one keeps its own
        assertEquals(RetryAdvice.UNKNOWN, catalog.resolve("demo", "ResourceUnavailable.Other", Locale.ENGLISH).retry());
        assertEquals(RetryAdvice.DO_NOT_RETRY, catalog.resolve("demo", "ResourceUnavailable.DemoDisabled", Locale.ENGLISH).retry());
        // a transient subcode's advice is not handed down to its own unknown subcodes
        assertEquals(RetryAdvice.UNKNOWN, catalog.resolve("demo", "FailedOperation.DemoBusy.Again", Locale.ENGLISH).retry());
        // a product's covering advice reaches both declared subcodes without advice and unknown ones
        assertEquals(RetryAdvice.THROTTLED, catalog.resolve("demo", "DemoLimit.PerUser", Locale.ENGLISH).retry());
        assertEquals(RetryAdvice.THROTTLED, catalog.resolve("demo", "DemoLimit.PerUser.Hourly", Locale.ENGLISH).retry());
        // and common's covering advice reaches a product's declared subcode without advice of its own
        assertEquals(RetryAdvice.DO_NOT_RETRY, catalog.resolve("demo", "InvalidParameterValue.DemoSize", Locale.ENGLISH).retry());
    }

    @Test
    void helpLinksAndSuccessorsBelongToTheExactEntryOnly() {
        assertEquals(Optional.of(URI.create("https://example.com/demo-limit")),
                catalog.resolve("demo", "DemoLimit", Locale.ENGLISH).helpUrl());
        assertEquals(Optional.empty(), catalog.resolve("demo", "DemoLimit.Other", Locale.ENGLISH).helpUrl());
        assertEquals(Optional.of(URI.create("https://cloud.tencent.com/document/product/598")),
                catalog.resolve("demo", "AuthFailure.UnauthorizedOperation", ZH).helpUrl());
        assertEquals(Optional.empty(), catalog.resolve("demo", "AuthFailure.UnauthorizedOperation.Sub", ZH).helpUrl());
        assertEquals(Optional.empty(), catalog.resolve("demo", "DemoLimit", ZH).successor());
    }

    @Test
    void messagesWithArgumentsAreFormattedOnRequest() {
        Resolution r = catalog.resolve(DemoCode.DEMO_ARGUMENT, Locale.ENGLISH);
        assertEquals("At most 1,000 items; this demo doesn't take 1,500.", r.message(Map.of("max", 1000, "count", 1500)));
        assertEquals("At most {max} items; this demo doesn't take {count}.", r.message());
        assertEquals("最多 1,000 项，本演示不接受 1,500 项。",
                catalog.resolve(DemoCode.DEMO_ARGUMENT, ZH).message(Map.of("max", 1000, "count", 1500)));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"zh-CN, zh-CN", "zh_CN, zh-CN", "ZH-cn, zh-CN", "zh-Hans-CN, zh-CN", "zh-SG, zh-CN", "en-US, en",
            "zh-TW, en", "'fr, zh;q=0.5', zh-CN", "de, en"})
    void negotiatesTheLocaleFromText(String tag, String expected) {
        Resolution r = catalog.product("demo").resolve("FailedOperation.DemoBusy", catalog.product("demo").locale(tag));
        assertEquals(Locale.forLanguageTag(expected), r.locale());
    }

    @Test
    void aLocaleThatIsNotATagIsAnError() {
        InvalidLanguageTagException e = assertThrows(InvalidLanguageTagException.class,
                () -> catalog.product("demo").resolve("FailedOperation", catalog.product("demo").locale("not a locale!")));
        assertTrue(e.getMessage().contains("'not a locale!' is not a language tag"), e.getMessage());
    }

    @Test
    void anExactAnswerIsBuiltOnceAndShared() {
        assertSame(catalog.resolve("demo", "FailedOperation.DemoBusy", ZH), catalog.resolve("demo", "FailedOperation.DemoBusy", ZH));
        assertSame(catalog.resolve("demo", "AuthFailure.TokenFailure", ZH), catalog.resolve("demo", "AuthFailure.TokenFailure", ZH));
    }

    @Test
    void productsAndEntriesAreListed() {
        assertEquals(List.of(ProductId.COMMON, DemoCode.PRODUCT), List.copyOf(catalog.products()));
        Product info = catalog.product("demo");
        assertEquals(List.of(Locale.ENGLISH, ZH), info.locales());
        assertEquals(DemoCode.values().length, info.codes().size());
        assertEquals(DemoCatalogProvider.class.getName(), info.provider());
        List<Resolution> entries = catalog.product("demo").entries(ZH);
        assertEquals(DemoCode.values().length, entries.size());
        assertEquals("FailedOperation", entries.get(0).requested());
        assertEquals(CommonCode.values().length, catalog.product("common").entries(Locale.ENGLISH).size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "FailedOperation.DemoBusy           | Operation failed: The demo is busy. | 操作失败：演示繁忙。",
            "FailedOperation.NoSuchThing        | Demo operation failed.              | 演示操作失败。",
            "InvalidParameterValue.NoSuchThing  | Invalid parameter value.            | 参数取值错误。",
            "DemoLimit.PerUser.Hourly.Burst     | Demo limit per user exceeded.       | 超过每个用户的演示限制。",
            "Totally.Unknown                    | Totally.Unknown                     | Totally.Unknown",
            "X                                  | X                                   | X"})
    void theMessageAloneIsTheAnsweringEntrysText(String code, String english, String chinese) {
        assertEquals(english, catalog.message("demo", code, Locale.ENGLISH));
        assertEquals(english, catalog.message("demo", code, Locale.JAPANESE), "no Japanese: the default");
        assertEquals(chinese, catalog.message("demo", code, ZH));
    }

    @Test
    void theMessageAloneRejectsMalformedCodesAndUnknownProducts() {
        for (String bad : List.of("Bad..Code", "FailedOperation.", ".FailedOperation", "FailedOperation. Space", "FailedOperation.9")) {
            InvalidErrorCodeException e = assertThrows(InvalidErrorCodeException.class, () -> catalog.message("demo", bad, ZH));
            assertTrue(e.getMessage().startsWith("'" + bad + "' is not an error code"), e.getMessage());
            assertEquals(MatchKind.NONE, catalog.product("demo").resolve(ApiError.of(bad, null, null), ZH).kind(),
                    "a malformed code never matches an ancestor");
        }
        assertThrows(UnknownProductException.class, () -> catalog.message("nope", "InternalError", ZH));
    }

    @Test
    void aStrictCatalogOfGoodModulesHasNoProblems() {
        assertEquals(List.of(), catalog.loadAll());
    }

    @Test
    void explainAndToStringQuoteAServersCodeAndMessageShortened() {
        String code = "Bad\u001b" + "x".repeat(1_000_000);
        Resolution r = catalog.product("demo").resolve(ApiError.of(code, "m".repeat(1_000_000), "r"), Locale.ENGLISH);
        assertTrue(code.equals(r.requested()), "the code itself is kept whole");
        assertTrue(r.explain().length() < 400, r.explain().length() + " characters");
        assertEquals("Bad\\u001b" + "x".repeat(ErrorCode.MAX_LENGTH - 7) + "... not in demo nor common, nor any parent code;"
                + " answered with the server's message", r.explain());
        assertTrue(r.toString().startsWith(r.explain() + " [en] mmm"), r.toString().substring(0, 300));
        assertTrue(r.toString().endsWith("m..."), "the message is cut too");
        assertTrue(r.toString().length() < 1000, r.toString().length() + " characters");
        // every code the grammar allows is shown whole, as is every message a catalog holds
        String longest = "A".repeat(ErrorCode.MAX_LENGTH);
        assertEquals(longest + " not in demo nor common, nor any parent code; answered with the code itself",
                catalog.resolve("demo", longest, Locale.ENGLISH).explain());
        String longMessage = "w".repeat(400);
        assertTrue(catalog.product("demo").resolve(ApiError.of("Nope.Never", longMessage, "r"), Locale.ENGLISH).toString()
                .endsWith(" [en] " + longMessage));
    }

    @Test
    void aFailuresMessageQuotesAServersCodeMessageAndRequestIdShortened() {
        String code = "Bad\u001b" + "x".repeat(1_000_000);
        ApiErrorException e = catalog.product("demo").failure(ApiError.of(code, "m".repeat(1_000_000), "r\n" + "9".repeat(1_000_000)), Locale.ENGLISH);
        assertTrue(e.getMessage().length() < 1000, e.getMessage().length() + " characters");
        assertTrue(e.getMessage().startsWith("Bad\\u001b" + "x".repeat(ErrorCode.MAX_LENGTH - 7) + "...: mmm"),
                e.getMessage().substring(0, 300));
        assertTrue(e.getMessage().endsWith("m... (request id r\\n" + "9".repeat(ErrorCode.MAX_LENGTH - 5) + "...)"),
                e.getMessage().substring(e.getMessage().length() - 50));
        assertEquals(code, e.error().code(), "the error itself is kept whole");
        // what a catalog holds, and every request id the API sends, is shown whole
        assertEquals("ResourceUnavailable.DemoDisabled: The demo resource has been disabled. (request id 0d2b7e4c-8f1a)",
                catalog.product("demo").failure(ApiError.of("ResourceUnavailable.DemoDisabled", "off", "0d2b7e4c-8f1a"), Locale.ENGLISH).getMessage());
    }

    @Test
    void aServersMessageInAnotherScriptIsLabelledByItsScriptNotByTheNegotiatedLocale() {
        Map<String, String> scripts = Map.of(
                "Ресурс не найден", "und-Cyrl",
                "Параметр InstanceId неверен", "und-Cyrl", // more Cyrillic letters than Latin ones
                "Invalid InstanceId: имя", "en",
                "Ο πόρος δεν βρέθηκε", "und-Grek",
                "المورد غير موجود", "und-Arab",
                "ไม่พบทรัพยากร", "und-Thai",
                "ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ", "und-Cher"); // every script ICU knows has its ISO 15924 code, not only the common ones
        scripts.forEach((message, tag) -> {
            Resolution r = catalog.product("demo").resolve(ApiError.of("Nope.Never", message, "r"), ZH);
            assertEquals(Locale.forLanguageTag(tag), r.locale(), message);
            assertEquals(tag, r.locale().toLanguageTag(), message);
        });
        assertEquals(ZH, catalog.product("demo").resolve(ApiError.of("Nope.Never", "404 !", "r"), ZH).locale(),
                "no letters at all: the negotiated locale, as before");
    }
}
