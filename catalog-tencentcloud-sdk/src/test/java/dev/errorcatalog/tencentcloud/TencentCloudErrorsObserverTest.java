package dev.errorcatalog.tencentcloud;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Observers of resolved errors: what a metrics counter hangs on. */
class TencentCloudErrorsObserverTest {
    private static final TencentCloudErrors ERRORS = TencentCloudErrors.of(ErrorCatalog.load());

    private static TencentCloudSDKException apiError(String code) {
        return new TencentCloudSDKException("server says", "req-1", code);
    }

    @Test
    void everyResolvedErrorIsToldWithItsProductAndTheBridgeItselfStaysAsItWas() {
        List<String> told = new ArrayList<>();
        TencentCloudErrors observed = ERRORS.withObserver((product, error) -> told.add(product + " " + error.failure()
                + " " + error.code().orElse("-")));

        SdkError api = observed.resolve("kms", apiError("ResourceUnavailable.CmkDisabled"), Locale.ENGLISH);
        observed.resolve(observed.catalog().product("common"),
                new TencentCloudSDKException("Failed to connect", new ConnectException("refused")), Locale.ENGLISH);
        ERRORS.resolve("kms", apiError("FailedOperation"), Locale.ENGLISH);

        assertEquals(List.of("kms API_ERROR ResourceUnavailable.CmkDisabled", "common NO_API_ANSWER -"), told,
                "the bridge it was made from tells no one");
        assertEquals(SdkFailure.API_ERROR, api.failure());
    }

    @Test
    void anObserverThatThrowsCostsNeitherTheAnswerNorTheObserversAfterIt() {
        List<ProductId> told = new ArrayList<>();
        TencentCloudErrors observed = ERRORS
                .withObserver((product, error) -> {
                    throw new IllegalStateException("the meter registry is closed");
                })
                .withObserver((product, error) -> told.add(product));

        SdkError error = observed.resolve("kms", apiError("ResourceUnavailable.CmkDisabled"), Locale.ENGLISH);

        assertEquals(SdkFailure.API_ERROR, error.failure());
        assertEquals(List.of(ProductId.of("kms")), told);
    }

    @Test
    void theRetryPredicatesChecksAreNotTold() {
        List<SdkError> told = new ArrayList<>();
        TencentCloudErrors observed = ERRORS.withObserver((product, error) -> told.add(error));

        assertTrue(observed.retryable("kms").forCall(dev.errorcatalog.CallKind.READ).test(new TencentCloudSDKException("Failed to connect",
                new ConnectException("refused"))));

        assertEquals(List.of(), told, "a failure checked for a retry and then answered counts once");
    }

    @Test
    void aNullObserverIsRefusedNow() {
        assertThrows(NullPointerException.class, () -> ERRORS.withObserver(null));
    }
}
