package dev.errorcatalog.cli;

import dev.errorcatalog.ApiAction;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The action of a pasted stack trace: the first frame of an SDK client's method. */
class PastedFramesTest {
    static final String TRACE = """
            com.tencentcloudapi.common.exception.TencentCloudSDKException: [TencentCloudSDKException]code: ResourceUnavailable.CmkDisabled message:CMK is disabled requestId:req-7
            \tat com.tencentcloudapi.common.AbstractClient.internalRequest(AbstractClient.java:383)
            \tat com.tencentcloudapi.kms.v20190118.KmsClient.Encrypt(KmsClient.java:654)
            \tat com.example.KeyService.seal(KeyService.java:42)
            """;

    @Test
    void theFirstClientFrameNamesProductVersionAndAction() {
        assertEquals(Optional.of(ApiAction.of("kms", "2019-01-18", "Encrypt")), PastedFrames.action(TRACE));
        assertEquals(Optional.of(ApiAction.of("cvm", "2017-03-12", "RunInstances")),
                PastedFrames.action("    at com.tencentcloudapi.cvm.v20170312.CvmClient.RunInstances(CvmClient.java:1)"));
    }

    @Test
    void framesThatAreNoClientsMethodNameNone() {
        for (String text : new String[]{"", "at com.tencentcloudapi.common.AbstractClient.internalRequest(AbstractClient.java:1)",
                "at com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest.DescribeKey(X.java:1)",
                "at com.tencentcloudapi.kms.v2019011.KmsClient.DescribeKey(KmsClient.java:1)",
                "at com.tencentcloudapi.kms.v20190118.KmsClient.lambda$DescribeKey$0(KmsClient.java:1)",
                "at com.tencentcloudapi.kms.v20190118.KmsClient.DescribeKey\n(KmsClient.java:1)",
                "at com.tencentcloudapi.kms.v20191318.KmsClient.DescribeKey(KmsClient.java:1)".replace("1318", "13x8")}) {
            assertEquals(Optional.empty(), PastedFrames.action(text), text);
        }
    }

    @Test
    void aMegabyteOfFramesIsReadAtOnce() {
        String many = "at com.tencentcloudapi.".repeat(50_000) + "\n" + TRACE;
        assertEquals(Optional.of(ApiAction.of("kms", "2019-01-18", "Encrypt")),
                assertTimeoutPreemptively(java.time.Duration.ofSeconds(5), () -> PastedFrames.action(many)));
    }
}
