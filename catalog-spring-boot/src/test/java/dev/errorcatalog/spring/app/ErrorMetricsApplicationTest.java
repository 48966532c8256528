package dev.errorcatalog.spring.app;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The error counter and the info contribution in a running application with Actuator and Micrometer: a burst of
 * distinct codes the catalog does not know, sent by the API stand-in through the real SDK client, shows in
 * {@code /actuator/metrics} as a few series named by the catalog, not one per code.
 */
@SpringBootTest(classes = DemoApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "errorcatalog.sdk.clients.kms=com.tencentcloudapi.kms",
        "management.endpoints.web.exposure.include=metrics,info",
        "spring.main.banner-mode=off",
        "server.tomcat.basedir=target/tomcat",
        "demo.closed-port=9"})
class ErrorMetricsApplicationTest {
    private static final KmsStandIn API = KmsStandIn.start();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String METRIC = "/actuator/metrics/errorcatalog.tencentcloud.errors";

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
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body());
    }

    /** Each tag of the metric with the values it has had. */
    private Map<String, List<String>> availableTags(JsonNode metric) {
        Map<String, List<String>> tags = new TreeMap<>();
        for (JsonNode tag : metric.get("availableTags")) {
            List<String> values = new ArrayList<>();
            tag.get("values").forEach(v -> values.add(v.asString()));
            values.sort(null);
            tags.put(tag.get("tag").asString(), values);
        }
        return tags;
    }

    private static double count(JsonNode metric) {
        for (JsonNode m : metric.get("measurements")) {
            if (m.get("statistic").asString().equals("COUNT")) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("no COUNT in " + metric);
    }

    @Test
    void aBurstOfDistinctUnknownCodesIsCountedUnderAFewBoundedTags() throws Exception {
        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            paths.add("/keys/FailedOperation.X" + i);
        }
        for (int i = 1; i <= 50; i++) {
            paths.add("/keys/MadeUp" + i + ".Code"); // a category the catalog does not know either
        }
        paths.add("/keys/ResourceUnavailable.CmkDisabled"); // a code it knows
        // a burst indeed: eight at a time, as a busy service meets them
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (String path : paths) {
                answers.add(callers.submit(() -> get(path)));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                assertTrue(answer.get().statusCode() >= 400, answer.get().body());
            }
        } finally {
            callers.shutdownNow();
        }

        JsonNode metric = json(METRIC);
        Map<String, List<String>> tags = availableTags(metric);
        assertEquals(List.of("FailedOperation", "ResourceUnavailable.CmkDisabled", "other"), tags.get("code"), metric.toString());
        assertEquals(List.of("FailedOperation", "ResourceUnavailable", "other"), tags.get("category"), metric.toString());
        assertEquals(List.of("kms"), tags.get("product"));
        assertEquals(251.0, count(metric));
        assertEquals(200.0, count(json(METRIC + "?tag=code:FailedOperation")));
        assertEquals(50.0, count(json(METRIC + "?tag=code:other")));
        assertEquals(1.0, count(json(METRIC + "?tag=code:ResourceUnavailable.CmkDisabled&tag=retry:DO_NOT_RETRY")));
    }

    @Test
    void theInfoEndpointShowsTheInstalledProductsAndNoProblems() throws Exception {
        JsonNode info = json("/actuator/info").get("errorcatalog");
        List<String> products = new ArrayList<>();
        info.get("products").propertyNames().forEach(products::add);
        assertEquals(catalog.products().stream().map(ProductId::value).toList(), products);
        JsonNode kms = info.get("products").get("kms");
        assertEquals(catalog.product("kms").provenance().dataVersion().orElseThrow(), kms.get("dataVersion").asString());
        assertEquals(catalog.product("kms").codes().size(), kms.get("codes").asInt());
        assertTrue(kms.get("codes").asInt() > 0, kms.toString());
        assertEquals(0, info.get("problemCount").asInt(), info.toString());
        assertEquals(0, info.get("problems").size());
    }
}
