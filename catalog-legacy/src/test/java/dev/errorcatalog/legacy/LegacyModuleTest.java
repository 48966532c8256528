package dev.errorcatalog.legacy;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Meaning;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.testing.ProductModuleTest;
import dev.errorcatalog.testkit.ProviderContract;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LegacyModuleTest extends ProductModuleTest {
    private static final String DOC = "003_cceb94865ab093b4.txt";
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Test
    void theProviderKeepsTheContract() {
        ProviderContract.verify(provider()).assertClean();
    }

    @Override
    protected CatalogProvider provider() {
        return new LegacyCatalogProvider();
    }

    @Override
    protected Map<String, Locale> documents() {
        return Map.of(DOC, Locale.ENGLISH);
    }

    @Override
    protected Map<String, Integer> expectedRows() {
        return Map.of(DOC, 18);
    }

    @Test
    void authFailureKeepsAllThreeMeaningsInBothLanguages() {
        for (Locale locale : List.of(Locale.ENGLISH, ZH)) {
            Resolution r = catalog.resolve(LegacyCode.AUTH_FAILURE, locale);
            List<Meaning> meanings = meanings(r);
            assertEquals(3, meanings.size(), meanings.toString());
            assertEquals(3, meanings.stream().map(Meaning::title).distinct().count(), meanings.toString());
            assertTrue(meanings.stream().allMatch(m -> m.title().isPresent()), meanings.toString());
        }
        assertEquals(Optional.of("Unauthorized access to the API"), catalog.resolve(LegacyCode.AUTH_FAILURE, Locale.ENGLISH).title());
    }

    @Test
    void everyCodeHasATitleInBothLanguages() {
        for (LegacyCode code : LegacyCode.values()) {
            assertTrue(catalog.resolve(code, Locale.ENGLISH).title().isPresent(), code.name());
            assertTrue(catalog.resolve(code, ZH).title().isPresent(), code.name());
        }
    }

    /** Each legacy code whose meaning an API 3.0 code really has, and that code; the others have none. */
    @Test
    void successorsAreTheApi3CodesWithTheSameMeaning() {
        Map<LegacyCode, String> expected = new LinkedHashMap<>();
        expected.put(LegacyCode.INVALID_PARAMETER, "InvalidParameter");
        expected.put(LegacyCode.INVALID_PARAMETER__SIGNATURE_FAILURE, "AuthFailure.SignatureFailure");
        expected.put(LegacyCode.AUTH_FAILURE, "AuthFailure.UnauthorizedOperation");
        expected.put(LegacyCode.INVALID_PARAMETER__SECRET_ID_NOT_FOUND, "AuthFailure.SecretIdNotFound");
        expected.put(LegacyCode.INVALID_REQUEST__TOKEN_CHECK_FAILED, "AuthFailure.TokenFailure");
        expected.put(LegacyCode.INVALID_REQUEST__MFA_CHECK_FAILED, "AuthFailure.MFAFailure");
        expected.put(LegacyCode.INVALID_REQUEST__LIMIT_EXCEEDED, "RequestLimitExceeded");
        expected.put(LegacyCode.INVALID_REQUEST__REQUEST_CONCURRENCY_EXCEEDED, "RequestLimitExceeded");
        expected.put(LegacyCode.INTERNAL_ERROR, "InternalError");
        expected.put(LegacyCode.INVALID_ACTION__NOT_FOUND, "InvalidAction");
        Map<LegacyCode, String> actual = Stream.of(LegacyCode.values())
                .filter(c -> catalog.resolve(c, Locale.ENGLISH).successor().isPresent())
                .collect(Collectors.toMap(c -> c, c -> catalog.resolve(c, Locale.ENGLISH).successor().get().value()));
        assertEquals(expected, actual);
        // every successor is a code the common set really has
        for (String successor : expected.values()) {
            assertEquals(MatchKind.EXACT, catalog.resolve("common", successor, Locale.ENGLISH).kind(), successor);
        }
    }

    @Test
    void theSignatureLinkKeepsItsLabelAndBecomesTheHelpLink() {
        Resolution r = catalog.resolve(LegacyCode.INVALID_PARAMETER__SIGNATURE_FAILURE, Locale.ENGLISH);
        assertTrue(r.message().contains("Please see Signature Method section in the document."), r.message());
        assertEquals(Optional.of(URI.create("https://cloud.tencent.com/document/api/213/6984")), r.helpUrl());
        assertEquals(Optional.of(ErrorCode.parse("AuthFailure.SignatureFailure")), r.successor());
    }

    @Test
    void fallbacksWorkAsForEveryProduct() {
        Resolution parent = catalog.resolve("legacy", "InvalidRequest.SomethingNew", Locale.ENGLISH);
        assertEquals(MatchKind.COMMON_PARENT, parent.kind(), "legacy has no InvalidRequest of its own");
        Resolution own = catalog.resolve("legacy", "InvalidParameter.SomethingNew", ZH);
        assertEquals(MatchKind.PARENT, own.kind());
        assertEquals(Optional.empty(), own.successor(), "a successor belongs to the exact entry");
        assertEquals(RetryAdvice.DO_NOT_RETRY, own.retry());
        assertEquals(RetryAdvice.THROTTLED, catalog.resolve(LegacyCode.INVALID_REQUEST__REQUEST_CONCURRENCY_EXCEEDED, ZH).retry());
    }
}
