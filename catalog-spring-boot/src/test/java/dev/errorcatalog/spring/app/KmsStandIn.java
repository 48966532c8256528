package dev.errorcatalog.spring.app;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the KMS API on the loopback address: every request is answered with a real 3.0 error envelope and
 * HTTP 200, as the API answers errors, whose code is the request's {@code KeyId} (or {@code StreamName}: every 3.0 API
 * answers errors alike, so it stands in for live's too, called through the SDK's common client); its message is
 * {@code server says: <code>} and its request id {@code req-<code>}, unless an answer of any characters was set for
 * that key id ({@link #answer}).
 */
public final class KmsStandIn implements AutoCloseable {
    private static final Pattern KEY_ID = Pattern.compile("\"(?:KeyId|StreamName)\"\\s*:\\s*\"([A-Za-z0-9.]+)\"");

    private final HttpServer server;
    private final Map<String, String> answers = new ConcurrentHashMap<>();

    private KmsStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                Matcher m = KEY_ID.matcher(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                String code = m.find() ? m.group(1) : "MissingParameter";
                String set = answers.get(code);
                byte[] body = (set != null ? set : "{\"Response\":{\"Error\":{\"Code\":\"" + code
                        + "\",\"Message\":\"server says: " + code + "\"},\"RequestId\":\"req-" + code + "\"}}")
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    /** A started stand-in. */
    public static KmsStandIn start() {
        try {
            return new KmsStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Answers a request for {@code keyId} with this error; each part is JSON string content as sent, escapes included
     * ({@code \u005cu001b}), so that any character reaches the SDK.
     */
    public void answer(String keyId, String codeJson, String messageJson, String requestIdJson) {
        answers.put(keyId, "{\"Response\":{\"Error\":{\"Code\":\"" + codeJson + "\",\"Message\":\"" + messageJson
                + "\"},\"RequestId\":\"" + requestIdJson + "\"}}");
    }

    /** Where it listens, as {@code HttpProfile.setEndpoint} takes it. */
    public String endpoint() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
