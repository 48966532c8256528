package dev.errorcatalog.tencentcloud;

import dev.errorcatalog.ApiAction;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which frames of a stack trace name an API action: the SDK client's method of one product and version. */
class SdkActionsTest {
    @Test
    void aClientsMethodNamesItsProductVersionAndAction() {
        assertEquals(Optional.of(ApiAction.of("kms", "2019-01-18", "DescribeKey")),
                SdkActions.of("com.tencentcloudapi.kms.v20190118.KmsClient", "DescribeKey"));
        assertEquals(Optional.of(ApiAction.of("cvm", "2017-03-12", "RunInstances")),
                SdkActions.of("com.tencentcloudapi.cvm.v20170312.CvmClient", "RunInstances"));
    }

    @Test
    void noOtherFrameDoes() {
        for (String[] frame : new String[][]{
                {"com.tencentcloudapi.common.AbstractClient", "internalRequest"},
                {"com.tencentcloudapi.common.AbstractClient", "Retry"},
                {"com.tencentcloudapi.kms.v20190118.KmsClient", "lambda$DescribeKey$0"},
                {"com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest", "DescribeKey"},
                {"com.tencentcloudapi.kms.v2019011.KmsClient", "DescribeKey"},
                {"com.tencentcloudapi.kms.v2019011x.KmsClient", "DescribeKey"},
                {"com.tencentcloudapi.KMS.v20190118.KmsClient", "DescribeKey"},
                {"com.example.kms.v20190118.KmsClient", "DescribeKey"},
                {"com.tencentcloudapi.kms.v20190118.KmsClient", "<init>"},
                {"com.tencentcloudapi.kms.v20191318.KmsClient", "DescribeKey"}}) {
            Optional<ApiAction> found;
            try {
                found = SdkActions.of(frame[0], frame[1]);
            } catch (RuntimeException e) {
                throw new AssertionError(String.join(".", frame) + " threw " + e, e);
            }
            if (!frame[0].contains("v20191318")) {
                assertEquals(Optional.empty(), found, String.join(".", frame));
            }
        }
    }

    @Test
    void theFirstClientFrameOfAThrowableIsItsActionAndAnUnreadableTraceHasNone() {
        RuntimeException e = new RuntimeException("x");
        e.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("com.tencentcloudapi.common.AbstractClient", "internalRequest", "AbstractClient.java", 1),
                new StackTraceElement("com.tencentcloudapi.kms.v20190118.KmsClient", "Encrypt", "KmsClient.java", 2),
                new StackTraceElement("com.tencentcloudapi.kms.v20190118.KmsClient", "DescribeKey", "KmsClient.java", 3)});
        assertEquals(Optional.of(ApiAction.of("kms", "2019-01-18", "Encrypt")), SdkActions.of(e));
        RuntimeException unreadable = new RuntimeException("y") {
            @Override
            public StackTraceElement[] getStackTrace() {
                throw new IllegalStateException("no trace");
            }
        };
        assertEquals(Optional.empty(), SdkActions.of(unreadable));

        // a Reactor checkpoint: the trace cut to its first frame, the rest in a suppressed exception
        RuntimeException cut = new RuntimeException("z");
        cut.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("com.tencentcloudapi.common.AbstractClient", "internalRequest", "AbstractClient.java", 1)});
        RuntimeException rest = new RuntimeException("assembly");
        rest.setStackTrace(new StackTraceElement[]{
                new StackTraceElement("com.tencentcloudapi.kms.v20190118.KmsClient", "DescribeKey", "KmsClient.java", 3)});
        cut.addSuppressed(rest);
        assertEquals(Optional.of(ApiAction.of("kms", "2019-01-18", "DescribeKey")), SdkActions.of(cut));
    }
}
