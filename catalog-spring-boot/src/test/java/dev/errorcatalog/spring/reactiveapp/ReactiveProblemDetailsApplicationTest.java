package dev.errorcatalog.spring.reactiveapp;

import dev.errorcatalog.spring.app.LogCapture;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.spring.ErrorCatalogProblemAdvice;
import dev.errorcatalog.spring.ErrorCatalogReactiveProblemAdvice;
import dev.errorcatalog.spring.TencentCloudProblemAdvice;
import dev.errorcatalog.spring.TencentCloudReactiveProblemAdvice;
import dev.errorcatalog.spring.app.KmsStandIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The starter in a WebFlux application, as {@code ProblemDetailsApplicationTest} has it in a servlet one: Reactor
 * Netty on a random port, a controller calling the official SDK's KMS client against the API stand-in on the loopback
 * address, called over HTTP in Chinese and English; the same answers.
 */
@SpringBootTest(classes = ReactiveDemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                // Spring MVC is on the test class path too, which would make this a servlet application
                "spring.main.web-application-type=reactive",
                "errorcatalog.sdk.clients.kms=com.tencentcloudapi.kms",
                "errorcatalog.default-locale=zh-CN",
                "spring.main.banner-mode=off"})
class ReactiveProblemDetailsApplicationTest {
    private static final KmsStandIn API = KmsStandIn.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @LocalServerPort
    int port;
    @Autowired
    ErrorCatalog catalog;
    @Autowired
    ApplicationContext context;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("demo.kms.endpoint", API::endpoint);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    @Test
    void aReactiveServerAnswersWithTheReactiveAdvicesAlone() {
        assertThat(((WebServerApplicationContext) context).getWebServer()).isInstanceOf(NettyWebServer.class);
        assertThat(context.getBeansOfType(ErrorCatalogReactiveProblemAdvice.class)).hasSize(1);
        assertThat(context.getBeansOfType(TencentCloudReactiveProblemAdvice.class)).hasSize(1);
        assertThat(context.getBeansOfType(ErrorCatalogProblemAdvice.class)).isEmpty();
        assertThat(context.getBeansOfType(TencentCloudProblemAdvice.class)).isEmpty();
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
        assertEquals("DescribeKey", body.get("action").asString(), "read off the SDK client's method on the reactive path too");
        assertEquals("2019-01-18", body.get("apiVersion").asString());
        assertEquals(Optional.of("zh-CN"), response.headers().firstValue("Content-Language"));
        assertEquals(Optional.empty(), response.headers().firstValue("Retry-After"));
        // the API's own message is not for the user
        assertFalse(response.body().contains("server says"), response.body());
        assertFalse(body.has("serverMessage"));
    }

    @Test
    void theSameErrorIsInEnglishForAnEnglishRequest() throws Exception {
        HttpResponse<String> response = get("/keys/ResourceUnavailable.CmkDisabled", "en-GB,en;q=0.9");
        JsonNode body = problem(response, 409);
        assertEquals("The CMK has been disabled.", body.get("detail").asString());
        assertEquals(text("kms", "ResourceUnavailable.CmkDisabled", Locale.ENGLISH), body.get("detail").asString());
        assertEquals("Resource is unavailable.", body.get("title").asString());
        assertEquals(Optional.of("en"), response.headers().firstValue("Content-Language"));
    }

    @Test
    void throttlingIs429WithRetryAfterInSecondsInEitherLanguage() throws Exception {
        for (Locale locale : new Locale[] {Locale.ENGLISH, ZH}) {
            HttpResponse<String> response = get("/keys/RequestLimitExceeded", locale.toLanguageTag());
            JsonNode body = problem(response, 429);
            assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
            assertEquals("THROTTLED", body.get("retry").asString());
            assertEquals(text("common", "RequestLimitExceeded", locale), body.get("detail").asString());
            assertEquals(Optional.of(locale.toLanguageTag()), response.headers().firstValue("Content-Language"));
        }
    }

    @Test
    void aResourceBusyWithATaskIs409WithRetryAfter() throws Exception {
        HttpResponse<String> response = get("/keys/FailedOperation.RotateTaskRunning", "zh-CN");
        JsonNode body = problem(response, 409);
        assertEquals("BUSY", body.get("retry").asString());
        assertEquals(Optional.of("5"), response.headers().firstValue("Retry-After"));
        assertEquals(text("kms", "FailedOperation.RotateTaskRunning", ZH), body.get("detail").asString());
    }

    @Test
    void aCodeTheCatalogHasNoTextForDoesNotShowTheServersMessage() throws Exception {
        HttpResponse<String> zh = get("/keys/Mystery.Unheard", "zh-CN");
        assertEquals("腾讯云 API 返回了一个错误，暂无该错误的说明。", problem(zh, 500).get("detail").asString());
        assertEquals(Optional.of("zh-CN"), zh.headers().firstValue("Content-Language"));
        assertFalse(zh.body().contains("server says"), zh.body());
    }

    @Test
    void anApiErrorExceptionIsAProblemOfItsOwnProduct() throws Exception {
        JsonNode zh = problem(get("/videos/7", "zh-CN"), 400);
        assertEquals("参数值错误：FileId 过多。", zh.get("detail").asString());
        assertEquals("vod", zh.get("product").asString());
        assertEquals("req-vod-7", zh.get("requestId").asString());
        JsonNode en = problem(get("/videos/8", "en"), 400);
        assertEquals(text("vod", "InvalidParameterValue.FileIdsTooMany", Locale.ENGLISH), en.get("detail").asString());
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
        JsonNode body = problem(get("/keys/ResourceUnavailable.CmkNotFound", "en"), 404); // a missing resource, whatever its category (ProblemStatus)
        assertEquals("No such key (ResourceUnavailable.CmkNotFound, our title)", body.get("title").asString());
        assertEquals("The CMK does not exist.", body.get("detail").asString());
    }

    @Test
    void withoutAcceptLanguageTheStartersDefaultAnswersNotTheJvms() throws Exception {
        HttpResponse<String> none = get("/keys/ResourceUnavailable.CmkDisabled", Optional.empty());
        assertEquals("CMK已被禁用。", problem(none, 409).get("detail").asString());
        assertEquals(Optional.of("zh-CN"), none.headers().firstValue("Content-Language"));
        JsonNode empty = problem(get("/keys/ResourceUnavailable.CmkDisabled", ""), 409);
        assertEquals("CMK已被禁用。", empty.get("detail").asString());
    }

    @Test
    void eachAnswerClassLeavesOneLogLineAtItsLevelWithTheRequestIdAndForA5xxTheException() throws Exception {
        try (LogCapture log = new LogCapture()) {
            problem(get("/keys/ResourceUnavailable.CmkDisabled", "zh-CN"), 409);
            String entry = log.oneStarterEntry("INFO");
            assertThat(entry.lines().count()).isEqualTo(1);
            assertThat(entry).contains("409", "product=kms", "code=ResourceUnavailable.CmkDisabled",
                    "requestId=req-ResourceUnavailable.CmkDisabled", "retry=DO_NOT_RETRY");
        }
        try (LogCapture log = new LogCapture()) {
            problem(get("/keys/RequestLimitExceeded", "en"), 429);
            assertThat(log.oneStarterEntry("INFO")).contains("429", "requestId=req-RequestLimitExceeded", "retry=THROTTLED");
        }
        try (LogCapture log = new LogCapture()) {
            problem(get("/offline", "en"), 503);
            String entry = log.oneStarterEntry("WARN");
            assertThat(entry.lines().findFirst().orElseThrow()).contains("503", "NO_API_ANSWER", "requestId=-", "retry=TRANSIENT");
            // Reactor adds a checkpoint as a suppressed exception, whose text has line breaks: the log shows the quoted copy
            assertThat(entry).contains("com.tencentcloudapi.common.exception.TencentCloudSDKException", "\tat com.tencentcloudapi.",
                    "java.net.ConnectException: Connection refused");
        }
        try (LogCapture log = new LogCapture()) {
            problem(get("/lookup/not%20a%20code", "en"), 500);
            String entry = log.oneStarterEntry("ERROR");
            assertThat(entry.lines().findFirst().orElseThrow()).contains("500", "requestId=-");
            assertThat(entry).contains("dev.errorcatalog.InvalidErrorCodeException", "\tat ");
        }
    }

    @Test
    void theSdksErrorsAreCountedWithBoundedTagsAsInAServletApplication() throws Exception {
        io.micrometer.core.instrument.MeterRegistry registry = context.getBean(io.micrometer.core.instrument.MeterRegistry.class);
        double before = count(registry, "FailedOperation");
        for (int i = 0; i < 20; i++) {
            problem(get("/keys/FailedOperation.Reactive" + i, "en"), 502);
        }
        assertThat(count(registry, "FailedOperation") - before).isEqualTo(20.0);
        assertThat(registry.find("errorcatalog.tencentcloud.errors").counters().stream()
                .map(c -> c.getId().getTag("code")).filter(c -> c.startsWith("FailedOperation.Reactive")).toList())
                .as("an unknown code is counted under its category, never as a tag of its own").isEmpty();
    }

    private static double count(io.micrometer.core.instrument.MeterRegistry registry, String code) {
        io.micrometer.core.instrument.Counter c = registry.find("errorcatalog.tencentcloud.errors").tag("product", "kms")
                .tag("code", code).counter();
        return c == null ? 0 : c.count();
    }
}
