package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The generator's sibling of core's {@code HostileInputFuzzTest}: SDK enum sources, jars (their entries' names and
 * bytes, the jar's own name, damage to its structure), error-centre feeds and maintainers' files, generated from a
 * fixed seed ({@code -Dfuzz.seed=...} tries others) in a fixed number of cases ({@code -Dfuzz.cases=...}), each
 * bounded in time. The generator
 * either writes a module whose every file is well-formed, or throws {@link SourceFormatException} whose message
 * names the file (and the line, where it gives one) and is printable. Never another exception, never an Error.
 */
class GeneratorHostileInputFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);
    private static final int CASES = Integer.getInteger("fuzz.cases", 300);
    private static final Duration BOUND = Duration.ofSeconds(10);

    /** What hostile text is made of: the formats' own syntax, and what breaks terminals, decoders and generated files. */
    private static final String[] PIECES = {
            "A", "z", "Q9", "0", ".", "..", "_", "-", " ", "\t", "\n", "\r\n", "\r", "\u0000", "\u0007", "\u001b[2J",
            "\u001b]0;t\u0007", "\u007f", "\u0085", "\u009b", "\u2028", "\u202e", "\ufeff", "\ud800", "\udc00", "\ud83d\ude00",
            "中", "好。", "é", "\\", "\\u", "\\u002a\\u002f", "\\u000a", "\\ud800", "\"", "'", "''", "{", "}", "{0}", "[", "]",
            "(", ")", ":", ",", ";", "/*", "*/", "//", "/", " enum ", "enum", "A(\"A\")", "B(\"FailedOperation.B\"),",
            "FailedOperation", "FailedOperation.Busy", "Product", "InternalError.SYS_ERR", "<", ">", "&", "]]>", "&amp;",
            "<!--", "[x](y)", "[x](javascript:alert(1))", "[x](a\"b)", "`", "*", "#", "|", "@param", "{@code", "null",
            "true", "1e999", "-2147483649", "productName", "code", "description", "solution", "messages", "retry",
            "DO_NOT_RETRY", "zh-CN", "en"};

    private static final String ENUM = """
            package com.tencentcloudapi.demo.v20200101;
            public enum DemoErrorCode {
                 /* CAM签名/鉴权错误。 */
                 AUTHFAILURE("AuthFailure"),
                 /* 一段
                    跨行的  说明，见[文档](https://cloud.tencent.com/document/1)。 */
                 FAILEDOPERATION_DECRYPTERROR("FailedOperation.DecryptError"),
                 /* Wrong parameter. */
                 INVALIDPARAMETER("InvalidParameter"),
                 INTERNALERROR("InternalError");
                private String value;
            }
            """;

    private static final String FEED = """
            [{"productName": "demo", "productVersion": "2020-01-01", "code": "InternalError",
              "description": "内部错误。", "solution": "请重试。"},
             {"productName": "demo", "productVersion": "2024-07-18", "code": "AuthFailure",
              "description": null, "solution": "占位符"}]
            """;

    private static final String EDITORIAL = """
            {"messages": {"en": {"AuthFailure": "Authentication failed.", "FailedOperation.Ours": "Ours."},
                          "zh-CN": {"FailedOperation.Ours": "我们的。"}},
             "solutions": {"en": {"InternalError": "Try again."}},
             "retry": {"InternalError": "RETRY_WITH_BACKOFF"}, "retryCoversSubcodes": ["InternalError"],
             "notes": {"AuthFailure": "Why."}}
            """;

    private static final String DEMO = "com/tencentcloudapi/demo/v20200101/DemoErrorCode.java";

    private final Random random = new Random(SEED);

    @TempDir
    Path dir;

    private String hostile(int maxPieces) {
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x10000)) : PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    /** A valid sample with a few pieces inserted, removed or replaced. */
    private String mutated(String sample) {
        StringBuilder s = new StringBuilder(sample);
        int edits = 1 + random.nextInt(4);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(s.length() + 1);
            switch (random.nextInt(3)) {
                case 0 -> s.insert(at, hostile(3));
                case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
                default -> s.replace(at, Math.min(s.length(), at + 1), hostile(1));
            }
        }
        return s.toString();
    }

    /** The text as UTF-8, now and then with bytes that are not UTF-8 put in. */
    private byte[] bytes(String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        if (random.nextInt(6) == 0 && b.length > 0) {
            b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(0x80));
        }
        return b;
    }

    private Path folderSdk(Path caseDir, String name, byte[] enumBytes) throws IOException {
        Path root = caseDir.resolve(name);
        Files.createDirectories(root.resolve(DEMO).getParent());
        Files.write(root.resolve(DEMO), enumBytes);
        return root;
    }

    /** A file name any file system encoding takes: ASCII without the separator and NUL, controls included. */
    private static String fileName(String text) {
        String name = text.chars().filter(c -> c > 0 && c < 0x80 && c != '/').collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString();
        name = name.length() > 60 ? name.substring(0, 60) : name;
        return name.isBlank() || name.equals(".") || name.equals("..") ? "x" : name;
    }

    private static String where(Object input) {
        return Printable.shorten(String.valueOf(input), 300) + " (seed " + SEED + ")";
    }

    /**
     * Runs one case within the bound: it gives a module or a {@link SourceFormatException} about a file that
     * {@code names} accepts, and nothing else.
     */
    private void generate(int i, Object input, ModuleGenerator generator, Predicate<String> names) {
        boolean written = assertTimeoutPreemptively(BOUND, () -> {
            ModuleGenerator.Result r;
            try {
                r = generator.generate();
            } catch (SourceFormatException e) {
                String m = e.getMessage();
                if (!names.test(e.file())) {
                    fail("case " + i + ": the error names " + Printable.of(e.file()) + ", not the input: " + Printable.of(m)
                            + " for " + where(input), e);
                }
                String start = Printable.of(e.file()) + (e.line() > 0 ? ":" + e.line() : "") + ": ";
                if (!m.startsWith(start) || m.lines().anyMatch(l -> !Printable.of(l).equals(l))) {
                    fail("case " + i + ": not a printable message naming the file: " + Printable.of(m) + " for " + where(input), e);
                }
                return false;
            } catch (RuntimeException e) {
                return fail("case " + i + ": undocumented " + e.getClass().getName() + " for " + where(input), e);
            } catch (Error e) {
                return fail("case " + i + ": an Error for " + where(input), e);
            }
            wellFormed(i, input, r);
            return true;
        }, () -> "case " + i + " took longer than " + BOUND + " for " + where(input));
        outcomes[written ? 0 : 1]++;
    }

    /** Modules written, errors; both must occur, or the cases are too tame or too wild to show anything. */
    private final int[] outcomes = new int[2];

    @AfterEach
    void bothOutcomesOccurred() {
        assertTrue(outcomes[0] > 0 && outcomes[1] > 0, "modules written, errors: " + Arrays.toString(outcomes) + " (seed " + SEED + ")");
    }

    /** Every file is printable; the JSON files are JSON, the pom is XML; now and then the module is written out. */
    private void wellFormed(int i, Object input, ModuleGenerator.Result r) throws Exception {
        assertTrue(r.data().entries().size() > 0, "case " + i + ": a module without codes for " + where(input));
        HostileFiles.assertNoControlCharacters(r.files());
        for (var f : r.files().files().entrySet()) {
            if (f.getKey().endsWith(".json")) {
                try (JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), f.getValue())) {
                    while (p.nextToken() != null) {
                        p.skipChildren();
                    }
                }
            }
        }
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.files().files().get("pom.xml").getBytes(StandardCharsets.UTF_8)));
        if (i % 25 == 0) {
            Path out = dir.resolve("out-" + i);
            r.files().writeTo(out);
            assertEquals(r.files().files().get("pom.xml"), Files.readString(out.resolve("pom.xml")));
        }
        if (i % 100 == 0) {
            assertEquals("", HostileFiles.compile(r.files(), dir.resolve("build-" + i)), "case " + i + " for " + where(input));
        }
    }

    private static ModuleGenerator generator(Path sdk, Optional<Path> feed, Optional<Path> translations) {
        return new ModuleGenerator("demo", sdk, Optional.empty(), feed, translations, "errorcatalog.demo", "com.example");
    }

    @Test
    void enumSources() throws IOException {
        for (int i = 0; i < CASES; i++) {
            Path caseDir = Files.createDirectories(dir.resolve("enum-" + i));
            String text = i % 3 == 0 ? hostile(40) : mutated(ENUM);
            Path sdk = folderSdk(caseDir, i % 2 == 0 ? "tencentcloud-sdk-java-1.0.0" : fileName(hostile(4)) + "-1.0", bytes(text));
            String file = sdk.resolve(DEMO).toString();
            generate(i, text, generator(sdk, Optional.empty(), Optional.empty()), f -> f.equals(file) || f.equals(sdk.toString()));
        }
    }

    @Test
    void jars() throws IOException {
        for (int i = 0; i < CASES; i++) {
            Path jar = dir.resolve(i + "-" + fileName(hostile(3)) + "-sources.jar");
            ByteArrayOutputStream built = new ByteArrayOutputStream();
            StringBuilder input = new StringBuilder();
            // now and then the names in Latin-1, without the UTF-8 flag: bytes a UTF-8 reader does not take
            boolean latin1 = random.nextInt(5) == 0;
            try (ZipOutputStream zip = latin1 ? new ZipOutputStream(built, StandardCharsets.ISO_8859_1) : new ZipOutputStream(built)) {
                int entries = 1 + random.nextInt(4);
                for (int k = 0; k < entries; k++) {
                    String name = switch (random.nextInt(4)) {
                        case 0 -> DEMO;
                        case 1 -> hostile(2) + "/" + DEMO;
                        case 2 -> "com/tencentcloudapi/" + (random.nextBoolean() ? "demo" : "other") + "/v2024071" + k + "/"
                                + hostile(2) + "ErrorCode.java";
                        default -> hostile(5);
                    };
                    byte[] content = bytes(random.nextBoolean() ? mutated(ENUM) : ENUM);
                    ZipEntry e = new ZipEntry(zipName(name, latin1));
                    if (random.nextBoolean()) {
                        CRC32 crc = new CRC32();
                        crc.update(content);
                        e.setMethod(ZipEntry.STORED);
                        e.setSize(content.length);
                        e.setCrc(crc.getValue());
                    }
                    try {
                        zip.putNextEntry(e);
                    } catch (java.util.zip.ZipException duplicate) {
                        continue;
                    }
                    zip.write(content);
                    zip.closeEntry();
                    input.append(name).append(" | ");
                }
            }
            byte[] bytes = built.toByteArray();
            if (random.nextInt(4) == 0) {
                // damage: a byte changed anywhere, or the jar cut short
                if (random.nextBoolean()) {
                    bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
                } else {
                    bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length));
                }
            }
            Files.write(jar, bytes);
            String path = jar.toString();
            generate(i, input, generator(jar, Optional.empty(), Optional.empty()), f -> f.equals(path) || f.startsWith(path + "!/"));
        }
    }

    @Test
    void feedRows() throws IOException {
        Path sdk = folderSdk(dir, "tencentcloud-sdk-java-1.0.0", ENUM.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < CASES; i++) {
            String feed;
            if (i % 3 == 0) {
                StringBuilder rows = new StringBuilder("[");
                for (int k = random.nextInt(4); k >= 0; k--) {
                    rows.append("{\"productName\": ").append(json(random.nextBoolean() ? "demo" : hostile(2)))
                            .append(", \"productVersion\": ").append(json(hostile(2)))
                            .append(", \"code\": ").append(json(random.nextBoolean() ? "InternalError" : hostile(2)))
                            .append(", \"description\": ").append(json(hostile(6)))
                            .append(", \"solution\": ").append(json(hostile(6))).append(k > 0 ? "}," : "}");
                }
                feed = rows.append("]").toString();
            } else {
                feed = mutated(FEED);
            }
            Path file = dir.resolve("feed-" + i + ".json");
            Files.write(file, bytes(feed));
            generate(i, feed, generator(sdk, Optional.of(file), Optional.empty()), f -> f.equals(file.toString()));
        }
    }

    @Test
    void maintainersFiles() throws IOException {
        Path sdk = folderSdk(dir, "tencentcloud-sdk-java-1.0.0", ENUM.getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < CASES; i++) {
            String text = i % 3 == 0
                    ? "{\"messages\": {\"en\": {" + json(random.nextBoolean() ? "InternalError" : hostile(2)) + ": " + json(hostile(6))
                    + "}}, \"notes\": {\"AuthFailure\": " + json(hostile(6)) + "}}"
                    : mutated(EDITORIAL);
            Path file = dir.resolve("ours-" + i + ".json");
            Files.write(file, bytes(text));
            generate(i, text, generator(sdk, Optional.empty(), Optional.of(file)), f -> f.equals(file.toString()));
        }
    }

    /** A name a zip can hold: no half surrogate pair, and in Latin-1 nothing beyond it. */
    private static String zipName(String text, boolean latin1) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (!latin1) {
                    s.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (!Character.isSurrogate(c) && (!latin1 || c <= 0xff)) {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** A JSON string of any text, lone surrogates and controls escaped as JSON allows. */
    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
