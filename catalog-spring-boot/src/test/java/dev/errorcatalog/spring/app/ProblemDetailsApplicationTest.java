package dev.errorcatalog.spring.app;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter as a user meets it: a Spring Boot application on a random port, its controllers calling the official
 * SDK's KMS client (and its common client, for live) against an API stand-in on the loopback address, called over HTTP
 * in Chinese and English.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "errorcatalog.sdk.clients.kms=com.tencentcloudapi.kms",
        "errorcatalog.sdk.clients.live=com.tencentcloudapi.common.CommonClient",
        "errorcatalog.default-locale=zh-CN",
        "spring.main.banner-mode=off",
        // Tomcat's default base is a fresh folder in java.io.tmpdir that outlives the JVM: one left per build
        "server.tomcat.basedir=target/tomcat"})
class ProblemDetailsApplicationTest {
    private static final KmsStandIn API = KmsStandIn.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @LocalServerPort
    int port;
    @Autowired
    ErrorCatalog catalog;
    @Autowired
    MessageSource messageSource;
    @Autowired
    WebServerApplicationContext server;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) throws IOException {
        registry.add("demo.kms.endpoint", API::endpoint);
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort(); // closed again at once: nothing listens there
        }
        int port = closed;
        registry.add("demo.closed-port", () -> port);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Test
    void tomcatWorksInTheBuildFolderAndLeavesNothingInTheTemporaryFolder() {
        File base = ((TomcatWebServer) server.getWebServer()).getTomcat().getServer().getCatalinaBase();
        assertEquals(Path.of("target", "tomcat").toAbsolutePath(), base.toPath().toAbsolutePath());
    }

    private HttpResponse<String> get(String path, Optional<String> acceptLanguage) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        acceptLanguage.ifPresent(l -> request.header("Accept-Language", l));
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String acceptLanguage) throws IOException, InterruptedException {
        return get(path, Optional.of(acceptLanguage));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("Content-Type"));
        JsonNode body = JSON.readTree(response.body());
        assertEquals(status, body.get("status").asInt());
        return body;
    }

    private String text(String product, String code, Locale locale) {
        Resolution r = catalog.product(product).resolve(code, locale);
        assertTrue(r.exact(), r.explain());
        return r.message();
    }

    @Test
    void anSdkErrorIsAProblemInChinese() throws Exception {
        HttpResponse<String> response = get("/keys/ResourceUnavailable.CmkDisabled", "zh-CN,zh;q=0.9,en;q=0.8");
        JsonNode body = problem(response, 409);
        assertEquals("CMK已被禁用。", body.get("detail").asString());
        assertEquals(text("kms", "ResourceUnavailable.CmkDisabled", ZH), body.get("detail").asString());
        assertEquals("资源不可用。", body.get("title").asString());
        assertEquals("urn:errorcatalog:kms:ResourceUnavailable.CmkDisabled", body.get("type").asString());
        assertEquals("ResourceUnavailable.CmkDisabled", body.get("code").asString());
        assertEquals("kms", body.get("product").asString());
        assertEquals("req-ResourceUnavailable.CmkDisabled", body.get("requestId").asString());
        assertEquals("DO_NOT_RETRY", body.get("retry").asString());
        // the call the controller made, read off the SDK client's method
        assertEquals("DescribeKey", body.get("action").asString());
        assertEquals("2019-01-18", body.get("apiVersion").asString());
        assertEquals(Optional.of("zh-CN"), response.headers().firstValue("Content-Language"));
        assertEquals(Optional.empty(), response.headers().firstValue("Retry-After"));
        // the API's own message is not for the user
        assertFalse(response.body().contains("server says"), response.body());
        assertFalse(body.has("serverMessage"));
    }

    @Test
    void theSameErrorIsInEnglishForAnEnglishRequest() throws Exception {
        JsonNode body = problem(get("/keys/ResourceUnavailable.CmkDisabled", "en-GB,en;q=0.9"), 409);
        assertEquals("The CMK has been disabled.", body.get("detail").asString());
        assertEquals(text("kms", "ResourceUnavailable.CmkDisabled", Locale.ENGLISH), body.get("detail").asString());
        assertEquals("Resource is unavailable.", body.get("title").asString());
        assertEquals(text("kms", "ResourceUnavailable", Locale.ENGLISH), body.get("title").asString());
    }

    @Test
    void throttlingIs429WithRetryAfterInSeconds() throws Exception {
        HttpResponse<String> response = get("/keys/RequestLimitExceeded", "en");
        JsonNode body = problem(response, 429);
        assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
        assertEquals("THROTTLED", body.get("retry").asString());
        assertEquals(text("common", "RequestLimitExceeded", Locale.ENGLISH), body.get("detail").asString());
        // a KMS subcode of the throttling category is 429 too
        assertEquals(429, get("/keys/RequestLimitExceeded.RotateRateLimited", "zh-CN").statusCode());
    }

    @Test
    void aCallOfTheCommonClientBoundToLiveIsAnsweredInLivesCodes() throws Exception {
        JsonNode body = problem(get("/streams/ResourceNotFound.ChannelNotExist", "en"), 404);
        assertEquals("live", body.get("product").asString());
        assertEquals(text("live", "ResourceNotFound.ChannelNotExist", Locale.ENGLISH), body.get("detail").asString());
    }

    @Test
    void livesRateLimitIsThrottling429WithRetryAfterThoughItsCategoryIsTheQuotas() throws Exception {
        // LimitExceeded is a quota (403, no retry); this code in it is a rate limit, advised THROTTLED by the data
        for (Locale locale : new Locale[] {Locale.ENGLISH, ZH}) {
            HttpResponse<String> response = get("/streams/LimitExceeded.RateLimitExceeded", locale.toLanguageTag());
            JsonNode body = problem(response, 429);
            assertEquals("live", body.get("product").asString());
            assertEquals("THROTTLED", body.get("retry").asString());
            assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
            assertEquals(text("live", "LimitExceeded.RateLimitExceeded", locale), body.get("detail").asString());
            assertEquals(Optional.of(locale.toLanguageTag()), response.headers().firstValue("Content-Language"));
        }
    }

    @Test
    void aResourceBusyWithATaskIs409WithRetryAfterThoughItsCategoryIsAnUpstreamFailure() throws Exception {
        // FailedOperation is 502; a rotation task running is the key's state, advised BUSY by the data
        for (Locale locale : new Locale[] {Locale.ENGLISH, ZH}) {
            HttpResponse<String> response = get("/keys/FailedOperation.RotateTaskRunning", locale.toLanguageTag());
            JsonNode body = problem(response, 409);
            assertEquals("kms", body.get("product").asString());
            assertEquals("BUSY", body.get("retry").asString());
            assertEquals(Optional.of("5"), response.headers().firstValue("Retry-After"));
            assertEquals(text("kms", "FailedOperation.RotateTaskRunning", locale), body.get("detail").asString());
            assertEquals(Optional.of(locale.toLanguageTag()), response.headers().firstValue("Content-Language"));
        }
    }

    @Test
    void upstreamFaultsAndParameterErrorsHaveTheirStatus() throws Exception {
        assertEquals(502, problem(get("/keys/InternalError", "en"), 502).get("status").asInt());
        JsonNode badKey = problem(get("/keys/InvalidParameterValue.InvalidKeyId", "zh-CN"), 400);
        assertEquals("KeyId不合法。", badKey.get("detail").asString());
        assertEquals(text("common", "InvalidParameterValue", ZH), badKey.get("title").asString());
        assertEquals(401, problem(get("/keys/AuthFailure.SignatureFailure", "en"), 401).get("status").asInt());
        assertEquals(404, problem(get("/keys/ResourceNotFound", "en"), 404).get("status").asInt());
    }

    @Test
    void aCodeTheCatalogHasNoTextForDoesNotShowTheServersMessage() throws Exception {
        HttpResponse<String> response = get("/keys/Mystery.Unheard", "en");
        JsonNode body = problem(response, 500);
        assertEquals("The Tencent Cloud API reported an error for which no description is available.",
                body.get("detail").asString());
        assertFalse(response.body().contains("server says"), response.body());
        assertEquals("urn:errorcatalog:kms:Mystery.Unheard", body.get("type").asString());
        // the server wrote in English; the request asked for Chinese, and gets it
        HttpResponse<String> zh = get("/keys/Mystery.Unheard", "zh-CN");
        assertEquals("腾讯云 API 返回了一个错误，暂无该错误的说明。", problem(zh, 500).get("detail").asString());
        assertEquals(Optional.of("zh-CN"), zh.headers().firstValue("Content-Language"));
    }

    @Test
    void noAnswerFromTheApiIs503AndMayBeRetried() throws Exception {
        HttpResponse<String> response = get("/offline", "en");
        JsonNode body = problem(response, 503);
        assertEquals("urn:errorcatalog:sdk:no-api-answer", body.get("type").asString());
        assertEquals("TRANSIENT", body.get("retry").asString());
        assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
        assertTrue(body.get("detail").asString().startsWith("No answer came from the Tencent Cloud API"), response.body());
    }

    @Test
    void anApiErrorExceptionIsAProblemOfItsOwnProduct() throws Exception {
        JsonNode zh = problem(get("/videos/7", "zh-CN"), 400);
        assertEquals(text("vod", "InvalidParameterValue.FileIdsTooMany", ZH), zh.get("detail").asString());
        assertEquals("参数值错误：FileId 过多。", zh.get("detail").asString());
        assertEquals("vod", zh.get("product").asString());
        assertEquals("req-vod-7", zh.get("requestId").asString());
        JsonNode en = problem(get("/videos/8", "en"), 400);
        assertEquals(text("vod", "InvalidParameterValue.FileIdsTooMany", Locale.ENGLISH), en.get("detail").asString());
        assertEquals(catalog.resolve("vod", "InvalidParameterValue.FileIdsTooMany", Locale.ENGLISH).helpUrl()
                .map(URI::toString).orElse("urn:errorcatalog:vod:InvalidParameterValue.FileIdsTooMany"), en.get("type").asString());
        assertFalse(en.toString().contains("server says"));
    }

    @Test
    void theLibrarysOwnFailureIsA500WithoutItsMessage() throws Exception {
        HttpResponse<String> response = get("/lookup/not%20a%20code", "zh-CN");
        JsonNode body = problem(response, 500);
        assertEquals("urn:errorcatalog:library-fault", body.get("type").asString());
        assertEquals("内部错误", body.get("title").asString());
        assertEquals("服务无法处理该请求。", body.get("detail").asString());
        assertFalse(response.body().contains("not a code"), response.body());
    }

    @Test
    void theApplicationsOwnProblemTitleWins() throws Exception {
        // a missing key is 404 whatever its category (ProblemStatus)
        JsonNode body = problem(get("/keys/ResourceUnavailable.CmkNotFound", "en"), 404);
        assertEquals("No such key (ResourceUnavailable.CmkNotFound, our title)", body.get("title").asString());
        assertEquals("The CMK does not exist.", body.get("detail").asString());
    }

    @Test
    void withoutAcceptLanguageTheStartersDefaultAnswersNotTheJvms() throws Exception {
        JsonNode body = problem(get("/keys/ResourceUnavailable.CmkDisabled", Optional.empty()), 409);
        assertEquals("CMK已被禁用。", body.get("detail").asString());
        // an empty header is no header: the container would report the JVM's default for it too
        JsonNode empty = problem(get("/keys/ResourceUnavailable.CmkDisabled", ""), 409);
        assertEquals("CMK已被禁用。", empty.get("detail").asString());
    }

    @Test
    void catalogCodesResolveThroughTheApplicationsMessageSource() throws Exception {
        assertEquals("CMK不存在。", get("/messages/errorcatalog.kms.ResourceUnavailable.CmkNotFound", "zh-CN").body());
        assertEquals("The CMK does not exist.", get("/messages/errorcatalog.kms.ResourceUnavailable.CmkNotFound", "en").body());
        // messages.properties has its own wording for this one: the application's wins
        assertEquals("This key is switched off (our wording).",
                get("/messages/errorcatalog.kms.ResourceUnavailable.CmkDisabled", "zh-CN").body());
        assertEquals("参数值错误：FileId 过多。",
                messageSource.getMessage("errorcatalog.vod.InvalidParameterValue.FileIdsTooMany", null, ZH));
        assertEquals("fallback", messageSource.getMessage("errorcatalog.kms.NoSuch.Code", null, "fallback", ZH));
    }

    @Test
    void anUnknownSubcodeShowsTheServersOwnMessageUnderItsParentsTitle() throws Exception {
        // KMS has ResourceUnavailable, not this subcode: the title is the parent's text, the server's message says more
        HttpResponse<String> response = get("/keys/ResourceUnavailable.KeyFrozenYesterday", "en");
        JsonNode body = problem(response, 409);
        assertEquals(text("kms", "ResourceUnavailable", Locale.ENGLISH), body.get("title").asString());
        assertEquals("server says: ResourceUnavailable.KeyFrozenYesterday", body.get("detail").asString());
        assertEquals(Optional.of("en"), response.headers().firstValue("Content-Language"));
        // a Chinese request is not answered in the server's English: the parent's text in Chinese stands
        HttpResponse<String> zh = get("/keys/ResourceUnavailable.KeyFrozenYesterday", "zh-CN");
        assertEquals(text("kms", "ResourceUnavailable", ZH), problem(zh, 409).get("detail").asString());
        assertFalse(zh.body().contains("server says"), zh.body());
    }

    @Test
    void aConflictIsOneLineAtInfoWithTheRequestIdAndNoStackTrace() throws Exception {
        try (LogCapture log = new LogCapture()) {
            problem(get("/keys/ResourceUnavailable.CmkDisabled", "zh-CN"), 409);
            String entry = log.oneStarterEntry("INFO");
            assertEquals(1, entry.lines().count(), entry);
            for (String part : new String[] {"409", "product=kms", "code=ResourceUnavailable.CmkDisabled",
                    "requestId=req-ResourceUnavailable.CmkDisabled", "retry=DO_NOT_RETRY",
                    catalog.resolve("kms", "ResourceUnavailable.CmkDisabled", ZH).explain()}) {
                assertTrue(entry.contains(part), part + " in " + entry);
            }
        }
    }

    @Test
    void throttlingIsOneLineAtInfoWithTheRequestIdAndTheRetryAdvice() throws Exception {
        try (LogCapture log = new LogCapture()) {
            problem(get("/keys/RequestLimitExceeded", "en"), 429);
            String entry = log.oneStarterEntry("INFO");
            assertEquals(1, entry.lines().count(), entry);
            for (String part : new String[] {"429", "product=kms", "code=RequestLimitExceeded",
                    "requestId=req-RequestLimitExceeded", "retry=THROTTLED"}) {
                assertTrue(entry.contains(part), part + " in " + entry);
            }
        }
    }

    @Test
    void noAnswerFromTheApiIsOneWarningWithTheExceptionAndItsCause() throws Exception {
        try (LogCapture log = new LogCapture()) {
            problem(get("/offline", "en"), 503);
            String entry = log.oneStarterEntry("WARN");
            String first = entry.lines().findFirst().orElseThrow();
            for (String part : new String[] {"503", "product=kms", "NO_API_ANSWER", "requestId=-", "retry=TRANSIENT"}) {
                assertTrue(first.contains(part), part + " in " + entry);
            }
            // the exception with its stack trace, and the refused connection under it
            // (the SDK's exception writes itself as [TencentCloudSDKException]…, and Logback writes what it says)
            assertTrue(entry.contains("[TencentCloudSDKException]"), entry);
            assertTrue(entry.contains("\tat dev.errorcatalog.spring.app.OtherFailuresController.offline"), entry);
            assertTrue(entry.contains("Caused by: java.net.ConnectException: Connection refused"), entry);
        }
    }

    @Test
    void aLibraryFaultIsOneErrorWithTheException() throws Exception {
        try (LogCapture log = new LogCapture()) {
            problem(get("/lookup/not%20a%20code", "en"), 500);
            String entry = log.oneStarterEntry("ERROR");
            String first = entry.lines().findFirst().orElseThrow();
            assertTrue(first.contains("500"), entry);
            assertTrue(first.contains("requestId=-"), entry);
            assertTrue(entry.contains("dev.errorcatalog.InvalidErrorCodeException"), entry);
            assertTrue(entry.contains("\tat dev.errorcatalog.spring.app.OtherFailuresController.lookup"), entry);
        }
    }
}
