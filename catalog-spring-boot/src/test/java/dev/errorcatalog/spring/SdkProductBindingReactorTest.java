package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The SDK binding of an exception that went through a Reactor checkpoint, as every error from a WebFlux controller
 * does: Reactor cuts the exception's own stack trace to its first frame and keeps the rest in a suppressed exception.
 */
class SdkProductBindingReactorTest {
    private static final SdkProductBinding BINDING = SdkProductBinding.of(ErrorCatalog.load(),
            new ErrorCatalogProperties.Sdk("common", Map.of("kms", List.of(Client.class.getName()))));

    /** Where the SDK makes its exception: the first frame, which Reactor keeps. */
    private static final class Sdk {
        static String send() throws TencentCloudSDKException {
            throw new TencentCloudSDKException("server says", "r-1", "ResourceUnavailable.CmkDisabled");
        }
    }

    /** The client bound to KMS: a frame below the first, which Reactor moves out of the exception's own trace. */
    private static final class Client {
        static String describeKey() throws TencentCloudSDKException {
            return Sdk.send();
        }
    }

    @Test
    void anExceptionWhoseTraceACheckpointCutIsStillBoundByItsClient() {
        Object signalled = Mono.fromCallable(Client::describeKey)
                .checkpoint("Handler KeyController#alias(String) [DispatcherHandler]")
                .cast(Object.class)
                .onErrorResume(e -> Mono.just(e))
                .block();
        TencentCloudSDKException e = (TencentCloudSDKException) signalled;
        assertEquals(1, e.getStackTrace().length, "Reactor keeps the first frame alone");
        assertEquals(ProductId.of("kms"), BINDING.productOf(e));
    }

    @Test
    void theExceptionsOwnFramesComeBeforeASuppressedExceptionsFrames() throws Exception {
        TencentCloudSDKException e;
        try {
            Client.describeKey();
            throw new AssertionError("no exception");
        } catch (TencentCloudSDKException thrown) {
            e = thrown;
        }
        SdkProductBinding both = SdkProductBinding.of(ErrorCatalog.load(), new ErrorCatalogProperties.Sdk("common",
                Map.of("kms", List.of(Client.class.getName()), "vod", List.of(Other.class.getName()))));
        e.addSuppressed(Other.failure()); // as closing a resource of another client would
        assertEquals(ProductId.of("kms"), both.productOf(e));
    }

    @Test
    void aSuppressedExceptionWhoseTraceCannotBeReadLeavesTheDefaultProduct() {
        TencentCloudSDKException e = new TencentCloudSDKException("m", "r", "InternalError");
        e.setStackTrace(new StackTraceElement[0]);
        e.addSuppressed(new IllegalStateException() {
            @Override
            public StackTraceElement[] getStackTrace() {
                throw new IllegalStateException("getStackTrace failed");
            }
        });
        assertEquals(ProductId.COMMON, BINDING.productOf(e));
    }

    /** Another client, whose failure is only suppressed in the exception. */
    private static final class Other {
        static Exception failure() {
            return new IllegalStateException("closing failed");
        }
    }
}
