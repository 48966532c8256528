package dev.errorcatalog.bench;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.generator.CatalogFiles;
import dev.errorcatalog.generator.ModuleGenerator;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Product modules {@code p001} to {@code pNNN} made the way a user makes one: SDK enum sources in the SDK's own text
 * format (a zh-CN edition and an English one) given to the project's {@link ModuleGenerator}, its Java sources
 * compiled, and one jar per product with its classes, bundles and {@code META-INF/services} line.
 *
 * <p>Every product holds the same codes and texts: VOD's, read from the VOD module on the class path, so the
 * bundles have real sizes and text lengths.
 */
final class GrowthModules {
    /** Codes per product: about VOD's size. */
    static final int CODES = 250;
    /** The SDK's API-version folder; one version is enough for the catalog's size. */
    private static final String API_VERSION = "v20180717";

    private GrowthModules() {
    }

    /**
     * @param jars     one jar per product, {@code p001} first
     * @param code     the code the probe asks {@code p001} for
     * @param expected its zh-CN message, which the probe must print
     * @param codes    the codes each product holds
     * @param millis   time spent in each step: texts, generate, compile, jar
     */
    record Installed(List<Path> jars, String code, String expected, int codes, Map<String, Long> millis) {
    }

    static String product(int k) {
        return String.format(Locale.ROOT, "p%03d", k);
    }

    /**
     * Writes everything under {@code root}, which the caller deletes.
     *
     * @param libs the library's jars without any product module: the generated sources compile against them
     */
    static Installed generate(Path root, int count, List<Path> libs) throws IOException {
        Map<String, Long> millis = new LinkedHashMap<>();
        long t = System.nanoTime();
        Map<String, String[]> texts = vodTexts();
        String code = texts.containsKey(ColdStartCatalog.CODE) ? ColdStartCatalog.CODE : texts.keySet().iterator().next();
        t = lap(millis, "texts", t);

        Path sources = root.resolve("sources");
        List<Path> modules = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            String product = product(k);
            Path sdk = root.resolve("sdk").resolve(product);
            // the folder's name gives the SDK's title and version, as a real sources jar's does
            Path zh = writeEnum(sdk.resolve("tencentcloud-sdk-java-1.0.0"), product, texts, 0);
            Path en = writeEnum(sdk.resolve("tencentcloud-sdk-java-intl-en-1.0.0"), product, texts, 1);
            ModuleGenerator.Result result = new ModuleGenerator(product, zh, Optional.of(en), Optional.empty(), Optional.empty(),
                    ModuleGenerator.defaultPackage(product), "dev.errorcatalog.growth").generate();
            if (!result.data().languages().containsAll(List.of("en", "zh-CN")) || result.data().entries().size() != texts.size()) {
                throw new IllegalStateException("the generator made " + product + " with " + result.data().entries().size()
                        + " codes in " + result.data().languages() + ", not " + texts.size() + " codes in en and zh-CN; left out: "
                        + result.data().omitted());
            }
            Path module = sources.resolve(product);
            result.files().writeTo(module);
            modules.add(module);
        }
        t = lap(millis, "generate", t);

        Path classes = root.resolve("classes");
        compile(modules, classes, libs);
        t = lap(millis, "compile", t);

        List<Path> jars = new ArrayList<>();
        for (int k = 1; k <= count; k++) {
            String product = product(k);
            Path jar = root.resolve("jars").resolve(product + ".jar");
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                add(out, classes, classes.resolve(ModuleGenerator.defaultPackage(product).replace('.', '/')));
                Path resources = modules.get(k - 1).resolve("src/main/resources");
                add(out, resources, resources);
            }
            jars.add(jar);
        }
        lap(millis, "jar", t);
        return new Installed(jars, code, texts.get(code)[0], texts.size(), millis);
    }

    private static long lap(Map<String, Long> millis, String step, long since) {
        long now = System.nanoTime();
        millis.put(step, TimeUnit.NANOSECONDS.toMillis(now - since));
        return now;
    }

    /**
     * VOD's codes with their zh-CN and English messages, in declaration order, up to {@link #CODES}: only those
     * whose texts come back unchanged through an SDK comment (one line, no comment end, no Markdown the generator
     * would rewrite, in the language's script), so every generated product ships both languages complete.
     */
    private static Map<String, String[]> vodTexts() {
        ErrorCatalog catalog = ErrorCatalog.load();
        Map<String, String> en = new LinkedHashMap<>();
        catalog.product("vod").entries(Locale.ENGLISH).forEach(r -> en.put(r.requested(), r.message()));
        Map<String, String[]> texts = new LinkedHashMap<>();
        Set<String> constants = new HashSet<>();
        for (Resolution r : catalog.product("vod").entries(Locale.SIMPLIFIED_CHINESE)) {
            String zh = r.message();
            String english = en.get(r.requested());
            if (english != null && survivesComment(zh, true) && survivesComment(english, false)
                    && constants.add(constant(r.requested())) && texts.size() < CODES) {
                texts.put(r.requested(), new String[]{zh, english});
            }
        }
        if (texts.size() < CODES * 9 / 10) {
            throw new IllegalStateException("VOD on the class path gives only " + texts.size() + " codes with usable zh-CN and English text");
        }
        return texts;
    }

    private static boolean survivesComment(String text, boolean chinese) {
        boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        return !text.isBlank() && han == chinese && text.equals(String.join(" ", text.strip().split("\\s+")))
                && !text.contains("*/") && !text.contains("`") && !text.contains("](") && !text.contains("{") && !text.contains("}");
    }

    private static String constant(String code) {
        return code.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    /** {@code com/tencentcloudapi/<p>/v<date>/<Stem>ErrorCode.java} as the SDK writes it; text index 0 zh-CN, 1 English. */
    private static Path writeEnum(Path sdk, String product, Map<String, String[]> texts, int language) throws IOException {
        String stem = CatalogFiles.stem(product) + "ErrorCode";
        StringBuilder s = new StringBuilder();
        s.append("package com.tencentcloudapi.").append(product).append('.').append(API_VERSION).append(";\n");
        s.append("public enum ").append(stem).append(" {\n");
        int i = 0;
        for (Map.Entry<String, String[]> e : texts.entrySet()) {
            s.append("     /* ").append(e.getValue()[language]).append(" */\n");
            s.append("     ").append(constant(e.getKey())).append("(\"").append(e.getKey()).append("\")")
                    .append(++i == texts.size() ? ";\n" : ",\n     \n");
        }
        s.append("\n    private String value;\n    private ").append(stem).append(" (String value){\n        this.value = value;\n    }\n")
                .append("    public String getValue() {\n        return value;\n    }\n}\n");
        Path file = sdk.resolve("com/tencentcloudapi/" + product + "/" + API_VERSION + "/" + stem + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, s, StandardCharsets.UTF_8);
        return sdk;
    }

    /** All modules' main sources in one compiler call; module-info is left out, the jars go on the class path. */
    private static Path annotationJar() {
        try {
            return Path.of(org.apiguardian.api.API.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void compile(List<Path> modules, Path classes, List<Path> libs) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("the growth measurement compiles its generated modules and needs a JDK; "
                    + System.getProperty("java.home") + " has no Java compiler");
        }
        List<Path> sources = new ArrayList<>();
        for (Path module : modules) {
            try (Stream<Path> all = Files.walk(module.resolve("src/main/java"))) {
                all.filter(p -> p.toString().endsWith(".java") && !p.getFileName().toString().equals("module-info.java"))
                        .forEach(sources::add);
            }
        }
        Files.createDirectories(classes);
        // the generated classes carry @API (class retention): the annotation is needed to compile them, never to run them
        String classPath = Stream.concat(libs.stream(), Stream.of(annotationJar())).map(Path::toString)
                .collect(Collectors.joining(System.getProperty("path.separator")));
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StringWriter output = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(output, files, diagnostics,
                    List.of("--release", "17", "-encoding", "UTF-8", "-proc:none", "-implicit:none", "-nowarn",
                            "-d", classes.toString(), "-cp", classPath),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            if (!ok) {
                String errors = diagnostics.getDiagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .limit(10).map(Object::toString).collect(Collectors.joining("\n"));
                throw new IllegalStateException("the generated modules do not compile against " + classPath + ":\n" + errors + output);
            }
        }
    }

    /** Every file under {@code dir}, named in the jar relative to {@code base}. */
    private static void add(JarOutputStream out, Path base, Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + " is missing: the generated module has nothing there to package");
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(base.relativize(p).toString().replace('\\', '/')));
                Files.copy(p, out); // leaves the jar open
                out.closeEntry();
            }
        }
    }
}
