package consumer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application on a random port, called over HTTP: the starter alone answers the SDK's exception. */
// Tomcat's base in the build folder: its default, a fresh folder in java.io.tmpdir, outlives the JVM
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.main.banner-mode=off", "server.tomcat.basedir=target/tomcat"})
class ConsumerApplicationTest {
    @LocalServerPort
    int port;

    private HttpResponse<String> get(String acceptLanguage) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/throttled"))
                .header("Accept-Language", acceptLanguage).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aThrownSdkExceptionIsALocalizedProblem() throws Exception {
        HttpResponse<String> zh = get("zh-CN,zh;q=0.9");
        assertEquals(429, zh.statusCode(), zh.body());
        assertEquals(Optional.of("application/problem+json"), zh.headers().firstValue("Content-Type"));
        assertEquals(Optional.of("1"), zh.headers().firstValue("Retry-After"));
        assertTrue(zh.body().contains("\"detail\":\"请求的次数超过了频率限制。\""), zh.body());
        assertTrue(zh.body().contains("\"code\":\"RequestLimitExceeded\""), zh.body());
        assertTrue(zh.body().contains("\"product\":\"common\""), zh.body());
        assertTrue(zh.body().contains("\"requestId\":\"req-it-1\""), zh.body());
        assertFalse(zh.body().contains("slow down"), zh.body());

        HttpResponse<String> en = get("en-US");
        assertEquals(429, en.statusCode(), en.body());
        assertTrue(en.body().contains("\"detail\":\"The request rate limit is exceeded.\""), en.body());
    }
}
