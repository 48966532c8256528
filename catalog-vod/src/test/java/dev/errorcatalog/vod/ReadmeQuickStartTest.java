package dev.errorcatalog.vod;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorEnvelope;
import dev.errorcatalog.Product;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.testing.ReadmeBlock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's quick start, compiled and run; the README must show exactly the lines between the markers. */
class ReadmeQuickStartTest {
    private static final String RESPONSE = "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureExpire\","
            + "\"Message\":\"Signature expired\"},\"RequestId\":\"ed93f3cb\"}}";

    @Test
    void theQuickStartRunsAndSaysWhatTheReadmeSays() {
        String responseBody = RESPONSE;
        // quick-start:begin
        ErrorCatalog catalog = ErrorCatalog.load();

        // A code you caught, in your user's language
        Resolution r = catalog.resolve("vod", "InvalidParameterValue.FileIdsTooMany", Locale.SIMPLIFIED_CHINESE);
        String message = r.message();              // 参数值错误：FileId 过多。

        // A typed constant; one product's handle, a locale chosen from an Accept-Language list; a code it does not know
        Resolution typed = catalog.resolve(VodCode.INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY, Locale.ENGLISH);
        Product vod = catalog.product("vod");
        Locale asked = vod.locale("zh-CN, en;q=0.8");           // strict; vod.localeOfHeader(header) never throws
        Resolution unknown = vod.resolve("InvalidParameterValue.NoSuchThing", asked);
        String why = unknown.explain();            // InvalidParameterValue.NoSuchThing not in vod nor common; answered with vod:InvalidParameterValue
        RetryAdvice advice = unknown.retry();      // DO_NOT_RETRY

        // An error straight from a response body, and one written for your own caller
        ApiError error = ErrorEnvelope.parse(responseBody).failure().orElseThrow();
        Resolution fromServer = vod.resolve(error, Locale.SIMPLIFIED_CHINESE);
        String envelope = ErrorEnvelope.write(typed, "request-id-1");
        // quick-start:end

        assertEquals("参数值错误：FileId 过多。", message);
        assertEquals("Incorrect parameter value: too many FileId", typed.message());
        assertEquals("InvalidParameterValue.NoSuchThing not in vod nor common; answered with vod:InvalidParameterValue", why);
        assertEquals(RetryAdvice.DO_NOT_RETRY, advice);
        assertEquals(RetryAdvice.CLOCK_SKEW, fromServer.retry());
        assertEquals("{\"Response\":{\"Error\":{\"Code\":\"InvalidParameterValue.FileIdsTooMany\",\"Message\":"
                + "\"Incorrect parameter value: too many FileId\"},\"RequestId\":\"request-id-1\"}}", envelope);
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        ReadmeBlock.assertShowsExactly("quick-start", Path.of("src/test/java/dev/errorcatalog/vod/ReadmeQuickStartTest.java"));
    }
}
