package dev.errorcatalog.cli;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol, on the loopback address, with the JDK's own WebSocket: a page
 * to navigate, evaluate script in, type into and take screenshots of; and every URL the page asked for.
 */
final class Chromium implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();

    private Chromium(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** The browser on the PATH: Debian's chromium, or another build's name for it. */
    static Optional<Path> executable() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path p = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p);
                }
            }
        }
        return Optional.empty();
    }

    static Chromium start(Path executable, Path profile) throws Exception {
        Files.createDirectories(profile);
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--disable-gpu", "--no-sandbox", "--no-first-run",
                "--no-default-browser-check", "--disable-extensions", "--disable-background-networking", "--hide-scrollbars",
                "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0", "--user-data-dir=" + profile,
                "--window-size=1200,900", "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            long until = System.nanoTime() + WAIT.toNanos();
            while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).size() < 2) {
                if (!process.isAlive() || System.nanoTime() > until) {
                    throw new IOException("Chromium did not open its DevTools port (see " + profile.resolve("chromium.log") + ")");
                }
                Thread.sleep(50);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
            HttpClient http = HttpClient.newBuilder().connectTimeout(WAIT).build();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).timeout(WAIT).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String page = null;
            for (Object target : (List<?>) Json.parse(list)) {
                Map<?, ?> t = (Map<?, ?>) target;
                if ("page".equals(t.get("type"))) {
                    page = (String) t.get("webSocketDebuggerUrl");
                    break;
                }
            }
            if (page == null) {
                throw new IOException("Chromium has no page to drive: " + list);
            }
            Chromium[] self = new Chromium[1];
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(URI.create(page), new WebSocket.Listener() {
                private final StringBuilder message = new StringBuilder();

                @Override
                public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                    message.append(data);
                    if (last) {
                        String whole = message.toString();
                        message.setLength(0);
                        self[0].received(whole);
                    }
                    ws.request(1);
                    return null;
                }
            }).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new Chromium(process, socket);
            self[0].send("Page.enable", Map.of());
            self[0].send("Network.enable", Map.of());
            return self[0];
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    @SuppressWarnings("unchecked")
    private void received(String text) {
        Map<String, Object> message = (Map<String, Object>) Json.parse(text);
        if (message.get("id") instanceof Number id) {
            CompletableFuture<Map<String, Object>> f = pending.remove(id.intValue());
            if (f != null) {
                f.complete(message);
            }
        } else if ("Network.requestWillBeSent".equals(message.get("method"))) {
            Map<String, Object> request = (Map<String, Object>) ((Map<String, Object>) message.get("params")).get("request");
            requested.add((String) request.get("url"));
        }
    }

    /** The result of a DevTools method; its error as an exception. */
    @SuppressWarnings("unchecked")
    Map<String, Object> send(String method, Map<String, Object> params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("id", id);
        call.put("method", method);
        call.put("params", params);
        socket.sendText(Json.write(call), true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Map<String, Object> reply = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (reply.containsKey("error")) {
            throw new IllegalStateException(method + ": " + reply.get("error"));
        }
        return (Map<String, Object>) reply.get("result");
    }

    /** The value of a script expression (a string, number or boolean; JSON.stringify anything else); its exception thrown. */
    @SuppressWarnings("unchecked")
    Object evaluate(String expression) throws Exception {
        Map<String, Object> result = send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.containsKey("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return ((Map<String, Object>) result.get("result")).get("value");
    }

    /** Opens the URL and waits until its scripts have run (the site's script sets window.errorcatalog). */
    void open(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
        long until = System.nanoTime() + WAIT.toNanos();
        while (!Boolean.TRUE.equals(evaluate("document.readyState === 'complete' && location.href === " + Json.write(url)
                + " && !!window.errorcatalog"))) {
            if (System.nanoTime() > until) {
                throw new IllegalStateException("the page did not load: " + url);
            }
            Thread.sleep(20);
        }
    }

    /** Types the text into the focused element, as a keyboard or an input method does. */
    void type(String text) throws Exception {
        send("Input.insertText", Map.of("text", text));
    }

    void key(String key, int keyCode) throws Exception {
        send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "code", key, "windowsVirtualKeyCode", keyCode));
        send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key, "code", key, "windowsVirtualKeyCode", keyCode));
    }

    byte[] screenshot(boolean wholePage) throws Exception {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("format", "png");
        params.put("captureBeyondViewport", wholePage);
        return Base64.getDecoder().decode((String) send("Page.captureScreenshot", params).get("data"));
    }

    /** Every URL the page asked for since the browser started. */
    List<String> requested() {
        return new ArrayList<>(requested);
    }

    @Override
    public void close() {
        try {
            socket.abort();
        } finally {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Just enough JSON for the DevTools protocol: objects, arrays, strings, numbers, booleans, null. */
    static final class Json {
        private final String s;
        private int i;

        private Json(String s) {
            this.s = s;
        }

        static Object parse(String text) {
            Json j = new Json(text);
            Object v = j.value();
            j.space();
            if (j.i != text.length()) {
                throw new IllegalArgumentException("JSON: content after the value at " + j.i);
            }
            return v;
        }

        private void space() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }

        private Object value() {
            space();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                space();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    space();
                    String k = string();
                    space();
                    i++; // :
                    m.put(k, value());
                    space();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                space();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    space();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            for (String word : List.of("true", "false", "null")) {
                if (s.startsWith(word, i)) {
                    i += word.length();
                    return word.equals("null") ? null : Boolean.valueOf(word);
                }
            }
            int start = i;
            while (i < s.length() && "+-0123456789.eE".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            double d = Double.parseDouble(s.substring(start, i));
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }

        private String string() {
            StringBuilder b = new StringBuilder();
            i++; // "
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return b.toString();
                }
                if (c != '\\') {
                    b.append(c);
                    continue;
                }
                char e = s.charAt(i++);
                switch (e) {
                    case 'n' -> b.append('\n');
                    case 't' -> b.append('\t');
                    case 'r' -> b.append('\r');
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'u' -> {
                        b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> b.append(e);
                }
            }
        }

        static String write(Object v) {
            if (v == null) {
                return "null";
            }
            if (v instanceof String t) {
                StringBuilder b = new StringBuilder("\"");
                for (char c : t.toCharArray()) {
                    if (c == '"' || c == '\\') {
                        b.append('\\').append(c);
                    } else if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
                return b.append('"').toString();
            }
            if (v instanceof Map<?, ?> m) {
                List<String> parts = new ArrayList<>();
                m.forEach((k, x) -> parts.add(write(String.valueOf(k)) + ":" + write(x)));
                return "{" + String.join(",", parts) + "}";
            }
            if (v instanceof List<?> l) {
                List<String> parts = new ArrayList<>();
                l.forEach(x -> parts.add(write(x)));
                return "[" + String.join(",", parts) + "]";
            }
            return String.valueOf(v); // numbers, booleans
        }
    }
}
