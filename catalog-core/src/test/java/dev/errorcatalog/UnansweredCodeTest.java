package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A code nothing answers: what it says with a blank server message, a real one, or none, and what it has not. */
class UnansweredCodeTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();

    private static ApiError error(String message) {
        return ErrorEnvelope.parse("{\"Response\":{\"Error\":{\"Code\":\"Nope.Never\",\"Message\":\"" + message
                + "\"},\"RequestId\":\"r-1\"}}").failure().orElseThrow();
    }

    @Test
    void aBlankServerMessageGivesWayToTheCode() {
        Resolution r = catalog.product("demo").resolve(error("   "), Locale.ENGLISH);
        assertEquals(MatchKind.NONE, r.kind());
        assertEquals("Nope.Never", r.message());
        assertEquals(Source.CODE, r.origin());
        assertEquals(Optional.of("   "), r.serverMessage());
        assertEquals("Nope.Never not in demo nor common, nor any parent code; answered with the code itself", r.explain());
    }

    @Test
    void aServerMessageAnswersWhenNothingElseDoes() {
        Resolution r = catalog.product("demo").resolve(error("The thing is off."), Locale.ENGLISH);
        assertEquals("The thing is off.", r.message());
        assertEquals(Source.SERVER, r.origin());
        assertEquals("Nope.Never not in demo nor common, nor any parent code; answered with the server's message", r.explain());
        assertEquals("Nope.Never not in demo nor common, nor any parent code; answered with the server's message [en] The thing is off.",
                r.toString());
    }

    @Test
    void theServersMessageIsInTheLanguageItsScriptSays() {
        assertEquals(Locale.SIMPLIFIED_CHINESE, catalog.product("demo").resolve(error("资源不存在。"), Locale.ENGLISH).locale());
        assertEquals(Locale.ENGLISH, catalog.product("demo").resolve(error("The thing is off."), Locale.SIMPLIFIED_CHINESE).locale());
        assertEquals(Locale.JAPANESE, catalog.product("demo").resolve(error("エラーが発生しました"), Locale.ENGLISH).locale());
        assertEquals(Locale.JAPANESE, catalog.product("demo").resolve(error("リソースが存在しません"), Locale.ENGLISH).locale(),
                "katakana alone");
        assertEquals(Locale.JAPANESE, catalog.product("demo").resolve(error("資源の不足"), Locale.ENGLISH).locale(), "kanji with kana");
        assertEquals(Locale.KOREAN, catalog.product("demo").resolve(error("오류가 발생했습니다"), Locale.ENGLISH).locale());
        assertEquals(Locale.SIMPLIFIED_CHINESE, catalog.product("demo").resolve(error("42 !"), Locale.SIMPLIFIED_CHINESE).locale(),
                "no script: the negotiated locale");
    }

    @Test
    void anUnansweredCodeHasNoTitleVariantsOrSuccessor() {
        Resolution r = catalog.resolve("demo", "Nope.Never", Locale.ENGLISH);
        assertEquals(ProductId.of("demo"), r.product());
        assertEquals(Optional.empty(), r.title());
        assertEquals(List.of(), r.variants());
        assertEquals(Optional.empty(), r.successor());
        assertEquals(Optional.empty(), r.helpUrl());
        assertEquals(List.of(), r.apiVersions());
    }

    @Test
    void aParentAnswerHasNoSuccessorOfItsOwn() {
        Resolution r = catalog.resolve("demo", "DemoLimit.PerUser.Burst", Locale.ENGLISH);
        assertEquals(MatchKind.PARENT, r.kind());
        assertEquals(Optional.empty(), r.successor());
        assertEquals(Optional.empty(), r.helpUrl());
        assertEquals(ProductId.of("demo"), r.product());
    }
}
