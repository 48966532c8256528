package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every exception message that quotes what it was given shows control characters and lone surrogates as escapes. */
class QuotedInputTest {

    private static void assertPrintable(String message, String expected) {
        assertTrue(message.chars().noneMatch(Character::isISOControl), message);
        assertTrue(message.chars().noneMatch(c -> Character.isSurrogate((char) c)), message);
        assertTrue(message.contains(expected), message);
    }

    @Test
    void codes() {
        assertPrintable(assertThrows(InvalidErrorCodeException.class, () -> ErrorCode.parse("A\u001b[2J\nB")).getMessage(),
                "'A\\u001b[2J\\nB'");
        assertPrintable(assertThrows(InvalidErrorCodeException.class, () -> ErrorCode.parse("Ab\uD800")).getMessage(),
                "the character '\\ud800' at index 2");
        assertPrintable(assertThrows(InvalidErrorCodeException.class, () -> ErrorCode.parse("A\u0000")).getMessage(),
                "the character '\\u0000'");
    }

    @Test
    void productIds() {
        assertPrintable(assertThrows(InvalidProductIdException.class, () -> ProductId.of("v\u0007d")).getMessage(),
                "'v\\u0007d'");
        ErrorCatalog catalog = ErrorCatalog.builder().build();
        assertPrintable(assertThrows(UnknownProductException.class,
                () -> catalog.resolve("x\u001b]0;t\u0007", "A", Locale.ENGLISH)).getMessage(), "'x\\u001b]0;t\\u0007'");
    }

    @Test
    void whatAServerSentIsQuotedVisiblyInLogLinesAndExceptions() {
        ErrorCatalog catalog = ErrorCatalog.builder().provider(new dev.errorcatalog.demo.DemoCatalogProvider()).build();
        ApiError forged = ApiError.of("Foo\nINFO admin logged in\u001b[2J\u202e", "line1\n\u001b[31mred", "req\nid");
        Resolution r = catalog.product("demo").resolve(forged, Locale.ENGLISH);
        assertPrintable(r.explain(), "Foo\\nINFO admin logged in\\u001b[2J\\u202e not in demo nor common");
        assertTrue(r.explain().indexOf('\u202e') < 0, r.explain());
        assertPrintable(r.toString(), "line1\\n\\u001b[31mred");
        String thrown = catalog.product("demo").failure(forged, Locale.ENGLISH).getMessage();
        assertPrintable(thrown, "Foo\\nINFO admin logged in\\u001b[2J\\u202e: line1\\n\\u001b[31mred (request id req\\nid)");
        assertTrue(thrown.indexOf('\u202e') < 0, thrown);
        assertEquals("Foo\nINFO admin logged in\u001b[2J\u202e", r.requested(), "the value itself is kept as sent");
    }

    @Test
    void problemsShowTheirKeysVisibly() {
        CatalogProblem p = new CatalogProblem(Optional.of("vod"), "a.B", Optional.of("f.json"), Optional.of("K\r\n\u001b"),
                "bad");
        assertPrintable(p.toString(), "key 'K\\r\\n\\u001b'");
    }
}
