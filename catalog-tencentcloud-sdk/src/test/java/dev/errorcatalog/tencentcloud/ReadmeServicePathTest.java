package dev.errorcatalog.tencentcloud;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Product;
import dev.errorcatalog.testing.ReadmeBlock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's quick start, the path a service takes, run against the real SDK and an API on the loopback address. */
class ReadmeServicePathTest {
    private static final System.Logger log = System.getLogger("dev.errorcatalog.tencentcloud.readme");

    private final List<String> responses = new ArrayList<>();

    private void respond(int status, Object body) {
        responses.add(status + " " + body);
    }

    private void retryAfter(Duration wait, DescribeKeyRequest request) {
        responses.add("retry " + request.getKeyId() + " after " + wait);
    }

    private void serve(LoopbackApi api, String acceptLanguage) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(api.endpoint());
        http.setProtocol("http://");
        http.setConnTimeout(5);
        http.setReadTimeout(5);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        Credential credential = new Credential("AKIDtest", "secret");
        DescribeKeyRequest request = new DescribeKeyRequest();
        request.setKeyId("key-1");

        // service-path:begin
        TencentCloudErrors errors = TencentCloudErrors.of(ErrorCatalog.load());
        Product product = errors.catalog().product("kms");
        Locale asked = product.localeOfHeader(acceptLanguage);   // a browser's header: never throws

        // The API's own messages in the request's language too
        profile.setLanguage(TencentCloudErrors.language(asked));
        KmsClient kms = new KmsClient(credential, "ap-guangzhou", profile);

        try {
            respond(200, kms.DescribeKey(request).getKeyMetadata().getAlias());
        } catch (TencentCloudSDKException e) {
            SdkError error = errors.resolve(product, e, asked);
            log.log(Level.WARNING, error.logLine());           // code, request id, how it was resolved
            if (error.retry().mayRetry()) {                     // DescribeKey only reads: repeating it is safe
                retryAfter(error.retry().delay(1).orElseThrow(), request);
            } else {
                respond(400, error.message());                  // CMK已被禁用。 for a zh-CN request
            }
        }
        // service-path:end
    }

    @Test
    void aDisabledKeyIsAnsweredInTheRequestsLanguage() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("ResourceUnavailable.CmkDisabled", "CMK已被禁用", "req-1")) {
            serve(api, "zh-CN,zh;q=0.9,en;q=0.8");
            assertEquals(List.of("400 CMK已被禁用。"), responses);
            assertEquals(List.of("zh-CN"), api.languagesSent);
        }
    }

    @Test
    void throttlingIsRetriedAfterTheAdvisedWait() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("RequestLimitExceeded", "Request limit exceeded.", "req-2")) {
            serve(api, "en-GB,en;q=0.9");
            assertEquals(List.of("retry key-1 after PT1S"), responses);
            assertEquals(List.of("en-US"), api.languagesSent);
        }
    }

    @Test
    void theLogLineKeepsTheRequestId() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("ResourceUnavailable.CmkDisabled", "CMK is disabled", "req-3")) {
            TencentCloudSDKException e = org.junit.jupiter.api.Assertions.assertThrows(TencentCloudSDKException.class,
                    () -> api.kms(com.tencentcloudapi.common.profile.Language.EN_US).DescribeKey(new DescribeKeyRequest()));
            assertEquals("API_ERROR code=ResourceUnavailable.CmkDisabled requestId=req-3 retry=DO_NOT_RETRY "
                            + "(ResourceUnavailable.CmkDisabled found in kms): CMK is disabled",
                    TencentCloudErrors.of(ErrorCatalog.load()).resolve("kms", e, Locale.ENGLISH).logLine());
        }
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        ReadmeBlock.assertShowsExactly("service-path", Path.of("src/test/java/dev/errorcatalog/tencentcloud/ReadmeServicePathTest.java"));
    }
}
