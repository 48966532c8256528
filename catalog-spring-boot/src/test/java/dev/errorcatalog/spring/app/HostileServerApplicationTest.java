package dev.errorcatalog.spring.app;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The starter in a running application whose API stand-in sends codes, messages and request ids of any characters,
 * and whose messages override the problem type with the README's {@code problemDetail.type.<…>} and {@code {0}}
 * ({@code hostile-messages.properties}): every answer is a problem, its type a valid URI, and nothing the server sent
 * reaches the application's log as it is.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "errorcatalog.sdk.clients.kms=com.tencentcloudapi.kms",
        "spring.messages.basename=messages,hostile-messages",
        "spring.main.banner-mode=off",
        "server.tomcat.basedir=target/tomcat",
        "demo.closed-port=9"})
class HostileServerApplicationTest {
    private static final KmsStandIn API = KmsStandIn.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** What a forged log line would start with. */
    private static final String FORGED = "2026-01-01T00:00:00Z ERROR forged";

    static {
        // a code with characters a URI cannot hold, a line break starting a forged log line, a terminal escape and a
        // lone surrogate; a message and a request id with line breaks too
        API.answer("Hostile1", "Bad Code/<x>?#%\\r\\n" + FORGED + "\\u001b[31m\\ud800",
                "server says:\\r\\n" + FORGED + " in the message", "req\\r\\n" + FORGED);
    }

    @LocalServerPort
    int port;
    @Autowired
    ErrorCatalog catalog;

    @DynamicPropertySource
    static void api(DynamicPropertyRegistry registry) {
        registry.add("demo.kms.endpoint", API::endpoint);
    }

    @AfterAll
    static void stop() {
        API.close();
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "en").build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response.body());
        assertEquals(Optional.of("application/problem+json"), response.headers().firstValue("Content-Type"),
                response.body());
        return JSON.readTree(response.body());
    }

    /** Nothing in the output a log would act on: no control character but the line ends and tabs, no forged line. */
    private static void assertNothingRawInTheLog(LogCapture log) {
        String all = log.text();
        for (int i = 0; i < all.length(); i++) {
            char c = all.charAt(i);
            if (c != '\n' && c != '\t' && (Printable.isShownEscaped(c) || Character.isSurrogate(c))) {
                fail("a raw " + Printable.of(String.valueOf(c)) + " at " + i + " of the log: " + Printable.of(all));
            }
        }
        for (String line : all.split("\n")) {
            assertFalse(line.startsWith(FORGED), "a forged log line: " + all);
        }
    }

    @Test
    void theReadmesTypeOverrideWithTheCodeGivesAValidUriForAnyCode() throws Exception {
        HttpResponse<String> response;
        try (LogCapture log = new LogCapture()) {
            response = get("/keys/Hostile1");
            assertNothingRawInTheLog(log);
            // the answer's line and the exception with it (a 500) are there, what the server sent quoted
            String text = log.text();
            assertTrue(text.contains("answered 500 product=kms API_ERROR code=Bad Code/<x>?#%\\r\\n" + FORGED), text);
            assertTrue(text.contains("requestId=req\\r\\n" + FORGED), text);
            assertTrue(text.contains("TencentCloudSDKException"), text);
            assertTrue(text.contains("\tat "), text);
        }
        JsonNode body = problem(response, 500);
        // {1} the product, {0} the code and {2} the request id, each byte of their UTF-8 escaped as in the URNs; a lone
        // surrogate, which UTF-8 cannot hold, as the three bytes of its value so that no other code shares the type
        String type = body.get("type").asString();
        assertEquals("https://errors.example.com/kms/Bad%20Code%2F%3Cx%3E%3F%23%25%0D%0A2026-01-01T00%3A00%3A00Z%20ERROR"
                + "%20forged%1B%5B31m%ED%A0%80?request=req%0D%0A2026-01-01T00%3A00%3A00Z%20ERROR%20forged", type);
        assertEquals(type, URI.create(type).toString());
        // the code and the request id are in the JSON as sent (escaped there), never raw in the answer's text
        assertEquals("Bad Code/<x>?#%\r\n" + FORGED + "\u001b[31m\ud800", body.get("code").asString());
        assertEquals("req\r\n" + FORGED, body.get("requestId").asString());
        assertTrue(response.body().chars().noneMatch(c -> c < 0x20), response.body());
        assertEquals("The Tencent Cloud API reported an error for which no description is available.",
                body.get("detail").asString());
        assertEquals(Optional.of("en"), response.headers().firstValue("Content-Language"));
    }

    @Test
    void aTypeTheApplicationsOwnPatternMakesInvalidFallsBackToOursAndIsLoggedOnceQuoted() throws Exception {
        // hostile-messages.properties: problemDetail.type.errorcatalog.kms.ResourceInUse has a space in its path
        String ours = catalog.resolve("kms", "ResourceInUse", Locale.ENGLISH).helpUrl().map(URI::toString)
                .orElse("urn:errorcatalog:kms:ResourceInUse");
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 3; i++) {
                assertEquals(ours, problem(get("/keys/ResourceInUse"), 409).get("type").asString());
            }
            String text = log.text();
            String said = "problemDetail.type.errorcatalog.kms.ResourceInUse";
            assertEquals(1, text.split(java.util.regex.Pattern.quote(said), -1).length - 1, text);
            assertTrue(text.contains("\"https://errors.example.com/not a uri/ResourceInUse\""), text);
            assertNothingRawInTheLog(log);
        }
    }
}
