package dev.errorcatalog.cli;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.errorcatalog.cli.ExplainCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A code no product holds exactly leads with a line that says so and the codes it may have meant, and exits 1. */
class AMissIsAMissTest {
    /** The exit code of a lookup with a miss, as help and the README give it. */
    private static final int NOT_FOUND = 1;

    private static String firstLine(String out) {
        return out.lines().findFirst().orElse("");
    }

    @Test
    void aCodeOneLetterShortLeadsWithTheMissAndTheRightSuggestion() {
        ExplainCommandTest.Result r = cli("lookup", "ResourceUnavailable.CmkDisable");
        assertEquals(NOT_FOUND, r.exit(), r.out());
        assertEquals("ResourceUnavailable.CmkDisable: no product has this code; did you mean ResourceUnavailable.CmkDisabled (kms)?",
                firstLine(r.out()));
        // the fallback is still shown, labelled as one
        assertTrue(r.out().contains("\nResourceUnavailable.CmkDisable  (common, en, fallback)\n"
                + "  matched:     common:ResourceUnavailable (parent code)\n"), r.out());
    }

    @Test
    void aCodeAsPeopleRememberItSuggestsTheCodeEndingSo() {
        ExplainCommandTest.Result any = cli("lookup", "CmkDisabled");
        assertEquals(NOT_FOUND, any.exit(), any.out());
        assertEquals("CmkDisabled: no product has this code; did you mean ResourceUnavailable.CmkDisabled (kms)?", firstLine(any.out()));
        ExplainCommandTest.Result kms = cli("lookup", "-p", "kms", "InvalidKeyId");
        assertEquals(NOT_FOUND, kms.exit(), kms.out());
        assertEquals("InvalidKeyId: not a code of kms; did you mean InvalidParameterValue.InvalidKeyId (kms)?", firstLine(kms.out()));
    }

    @Test
    void aCodeOfAnotherProductIsNamedWhenTheProductGivenLacksIt() {
        ExplainCommandTest.Result r = cli("lookup", "-p", "vod", "ResourceUnavailable.CmkDisabled");
        assertEquals(NOT_FOUND, r.exit(), r.out());
        assertEquals("ResourceUnavailable.CmkDisabled: not a code of vod; did you mean ResourceUnavailable.CmkDisabled"
                + " (kms has this very code)?", firstLine(r.out()));
        assertTrue(r.out().contains("(vod, en, fallback)"), r.out());
        ExplainCommandTest.Result json = cli("lookup", "--json", "-p", "vod", "ResourceUnavailable.CmkDisabled");
        assertTrue(json.out().contains("\"suggestions\":[{\"product\":\"kms\",\"code\":\"ResourceUnavailable.CmkDisabled\","
                + "\"why\":\"OTHER_PRODUCT\"}]"), json.out());
    }

    @Test
    void theExitCodeSaysWhetherEveryCodeWasFound() {
        assertEquals(0, cli("lookup", "InternalError", "ResourceUnavailable.CmkDisabled").exit());
        assertEquals(0, cli("lookup", "RequestLimitExceeded.IPLimitExceeded").exit(), "a common code is a code of every product");
        ExplainCommandTest.Result some = cli("lookup", "InternalError", "Totally.Unknown");
        assertEquals(NOT_FOUND, some.exit(), some.out());
        assertTrue(some.out().contains("\nTotally.Unknown: no product has this code\n"), some.out());
        assertFalse(cli("lookup", "InternalError").out().contains("no product has"), "a hit has no such line");
    }

    @Test
    void aFallbackOfSeveralProductsIsNotCalledACodeOfThem() {
        ExplainCommandTest.Result r = cli("lookup", "InvalidInstanceId.NotFound.NoSuchDeeperLevel");
        assertEquals(NOT_FOUND, r.exit(), r.out());
        assertFalse(r.out().contains("is a code of"), r.out());
    }

    @Test
    void anApi2BodyIsLegacysToAnswerOnce() {
        ExplainCommandTest.Result r = cli("explain", "{\"code\":4000,\"message\":\"denied\",\"codeDesc\":\"AuthFailure\"}");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(1, lines.stream().filter(l -> l.startsWith("  matched:")).count(), r.out());
        assertTrue(lines.get(3).matches("AuthFailure: an API 2\\.0 code, answered by legacy; [0-9]+ other products have it as an API 3\\.0"
                + " code \\(errorcatalog lookup AuthFailure\\)"), r.out());
        assertEquals("AuthFailure  (legacy, en)", lines.get(4), r.out());
        // an API 3.0 body of the same code is every product's
        ExplainCommandTest.Result v3 = cli("explain", "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"x\"},\"RequestId\":\"r\"}}");
        assertTrue(v3.out().lines().filter(l -> l.startsWith("  matched:")).count() > 1, v3.out());
    }

    @Test
    void manyCodesInMarkdownAreOneTable() {
        ExplainCommandTest.Result r = cli("lookup", "-f", "markdown", "-p", "vod", "InternalError", "InvalidParameterValue.FileIdsTooMany",
                "Totally.Unknown");
        assertEquals(1, r.out().lines().filter(l -> l.startsWith("| Code |")).count(), r.out());
        assertEquals(2 + 3, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("| Totally.Unknown: not a code of vod; "), r.out());
    }
}
