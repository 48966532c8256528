package dev.errorcatalog.tencentcloud;

import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.kms.v20190118.KmsClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for the Tencent Cloud API on the loopback address: every request is answered with one fixed 3.0 error
 * envelope and HTTP 200, as the real API answers errors; the {@code X-TC-Language} of each request is kept.
 */
final class LoopbackApi implements AutoCloseable {
    private final HttpServer server;
    final List<String> languagesSent = new CopyOnWriteArrayList<>();

    private LoopbackApi(String code, String message, String requestId) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] body = ("{\"Response\":{\"Error\":{\"Code\":\"" + code + "\",\"Message\":\"" + message
                + "\"},\"RequestId\":\"" + requestId + "\"}}").getBytes(StandardCharsets.UTF_8);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                String language = exchange.getRequestHeaders().getFirst("X-TC-Language");
                languagesSent.add(language == null ? "(none)" : language);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    /** A server answering every request with this error. */
    static LoopbackApi answering(String code, String message, String requestId) throws IOException {
        return new LoopbackApi(code, message, requestId);
    }

    /** The loopback port the server listens on. */
    int port() {
        return server.getAddress().getPort();
    }

    /** Where the server listens, as {@code HttpProfile.setEndpoint} takes it. */
    String endpoint() {
        return "127.0.0.1:" + server.getAddress().getPort();
    }

    /** A real KMS client of the official SDK, sending to this server over plain HTTP. */
    KmsClient kms(Language language) {
        return client(server.getAddress().getPort(), language);
    }

    static KmsClient client(int port, Language language) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("127.0.0.1:" + port);
        http.setProtocol("http://");
        http.setConnTimeout(5);
        http.setReadTimeout(5);
        http.setWriteTimeout(5);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        profile.setLanguage(language);
        return new KmsClient(new Credential("AKIDtest", "secret"), "ap-guangzhou", profile);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** A loopback port nothing listens on: a connection to it is refused. */
    static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /**
     * A server that reads each request whole, then answers HTTP 200 with a {@code Content-Length} of the whole error
     * envelope but sends only its first half, and hangs up: a body cut off in transit.
     */
    static final class Cutting implements AutoCloseable {
        private final ServerSocket socket;

        Cutting() throws IOException {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            byte[] body = "{\"Response\":{\"Error\":{\"Code\":\"InternalError\",\"Message\":\"cut\"},\"RequestId\":\"req-cut\"}}"
                    .getBytes(StandardCharsets.UTF_8);
            byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            Thread acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        readRequest(s.getInputStream());
                        OutputStream out = s.getOutputStream();
                        out.write(head);
                        out.write(body, 0, body.length / 2);
                        out.flush();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "cutting-api");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        /** Reads the head and the body the head announces, so that hanging up sends no reset in place of the cut body. */
        private static void readRequest(InputStream in) throws IOException {
            StringBuilder head = new StringBuilder();
            int c;
            while (!head.toString().endsWith("\r\n\r\n") && (c = in.read()) >= 0) {
                head.append((char) c);
            }
            int length = 0;
            for (String line : head.toString().split("\r\n")) {
                if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                    length = Integer.parseInt(line.substring("content-length:".length()).strip());
                }
            }
            in.readNBytes(length);
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    /** A server that reads each request and closes the connection without a byte of answer. */
    static final class Dropping implements AutoCloseable {
        private final ServerSocket socket;
        private final Thread acceptor;

        Dropping() throws IOException {
            socket = new ServerSocket(0, 8, InetAddress.getLoopbackAddress());
            acceptor = new Thread(() -> {
                while (!socket.isClosed()) {
                    try (Socket s = socket.accept()) {
                        InputStream in = s.getInputStream();
                        in.read(new byte[8192]); // the request's start, then hang up
                        OutputStream ignored = s.getOutputStream();
                        ignored.flush();
                    } catch (IOException closed) {
                        return;
                    }
                }
            }, "dropping-api");
            acceptor.setDaemon(true);
            acceptor.start();
        }

        int port() {
            return socket.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }
}
