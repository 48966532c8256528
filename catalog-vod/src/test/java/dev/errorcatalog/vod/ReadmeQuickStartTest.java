package dev.errorcatalog.vod;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorEnvelope;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        // A typed constant; an Accept-Language list; a code the catalog does not know
        Resolution typed = catalog.resolve(VodCode.INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY, Locale.ENGLISH);
        Resolution unknown = catalog.resolve("vod", "InvalidParameterValue.NoSuchThing", "zh-CN, en;q=0.8");
        String why = unknown.explain();            // InvalidParameterValue.NoSuchThing not in vod nor common; answered with vod:InvalidParameterValue
        RetryAdvice advice = unknown.retry();      // DO_NOT_RETRY

        // An error straight from a response body, and one written for your own caller
        ApiError error = ErrorEnvelope.parse(responseBody).failure().orElseThrow();
        Resolution fromServer = catalog.resolve("vod", error, Locale.SIMPLIFIED_CHINESE);
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
        List<String> readme = between(Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8),
                "<!-- quick-start:begin -->", "<!-- quick-start:end -->");
        List<String> test = between(Files.readAllLines(Path.of("src/test/java/dev/errorcatalog/vod/ReadmeQuickStartTest.java"),
                StandardCharsets.UTF_8), "// quick-start:begin", "// quick-start:end");
        assertEquals(test, readme.subList(1, readme.size() - 1), "the README's java block, without its fences");
    }

    private static List<String> between(List<String> lines, String begin, String end) {
        int from = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(begin)) {
                from = i + 1;
            } else if (lines.get(i).strip().equals(end) && from >= 0) {
                return lines.subList(from, i).stream().map(String::strip).toList();
            }
        }
        throw new AssertionError("no lines between " + begin + " and " + end);
    }
}
