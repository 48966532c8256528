package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.errorcatalog.generator.HostileFiles.DEMO;
import static dev.errorcatalog.generator.HostileFiles.DEMO_ENUM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A generated module's languages are the ones asked for, and its provider names each one's own locale. */
class ModuleLanguagesTest {
    private static final String JA = """
            {"messages": {"ja": {"FailedOperation": "操作に失敗しました。", "FailedOperation.Busy": "デモは混雑しています。"}}}
            """;

    @TempDir
    Path dir;

    private ModuleGenerator generator(List<String> languages) throws IOException {
        Path sdk = dir.resolve("tencentcloud-sdk-java-1.2.3");
        Files.createDirectories(sdk.resolve(DEMO).getParent());
        Files.writeString(sdk.resolve(DEMO), DEMO_ENUM);
        Path translations = Files.writeString(dir.resolve("demo.json"), JA);
        return new ModuleGenerator("demo", sdk, Optional.empty(), Optional.empty(), Optional.of(translations),
                "errorcatalog.demo", "com.example", languages);
    }

    @Test
    void eachTagIsWrittenAsItsOwnLocaleNeverAsAnothersConstant() {
        assertEquals("Locale.ENGLISH", ProductModule.locale("en"));
        assertEquals("Locale.SIMPLIFIED_CHINESE", ProductModule.locale("zh-CN"));
        assertEquals("Locale.TRADITIONAL_CHINESE", ProductModule.locale("zh-TW"));
        assertEquals("Locale.forLanguageTag(\"ja\")", ProductModule.locale("ja"));
        assertEquals("Locale.forLanguageTag(\"pt-BR\")", ProductModule.locale("pt-BR"));
        // the constants are the locales of exactly those tags
        assertEquals(Locale.forLanguageTag("zh-CN"), Locale.SIMPLIFIED_CHINESE);
        assertEquals(Locale.forLanguageTag("zh-TW"), Locale.TRADITIONAL_CHINESE);
        assertEquals(Locale.forLanguageTag("en"), Locale.ENGLISH);
    }

    @Test
    void aThirdLanguageFromTheMaintainersFileIsShippedAndResolvesInItsOwnLocale() throws Exception {
        ModuleGenerator.Result r = generator(List.of("zh-CN", "ja", "en")).generate();
        assertEquals(List.of("zh-CN", "ja"), r.data().languages());
        assertTrue(r.data().omitted().stream().anyMatch(o -> o.startsWith("en not shipped")), r.data().omitted().toString());
        String provider = r.files().files().get("src/main/java/errorcatalog/demo/DemoCatalogProvider.java");
        assertTrue(provider.contains("super(DemoCode.PRODUCT, DemoCode.class, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag(\"ja\"));"),
                provider);
        assertEquals("{\n  \"FailedOperation\": \"操作に失敗しました。\",\n  \"FailedOperation.Busy\": \"デモは混雑しています。\"\n}\n",
                r.files().files().get("src/main/resources/META-INF/errorcatalog/demo/ja.json"));

        // built and loaded as a user's catalog would: every code answers exactly in Japanese
        assertEquals("", HostileFiles.compile(r.files(), dir.resolve("build")));
        Path classes = dir.resolve("build/classes");
        copyTree(dir.resolve("build/module/src/main/resources"), classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[]{classes.toUri().toURL()}, getClass().getClassLoader())) {
            ErrorCatalog catalog = ErrorCatalog.builder().discover(loader).strict(true).build();
            assertEquals(List.of(), catalog.problems());
            for (String code : List.of("FailedOperation", "FailedOperation.Busy")) {
                Resolution ja = catalog.resolve("demo", code, Locale.JAPANESE);
                assertEquals(MatchKind.EXACT, ja.kind(), ja.explain());
                assertEquals(Locale.JAPANESE, ja.locale(), ja.explain());
            }
            assertEquals("操作に失敗しました。", catalog.resolve("demo", "FailedOperation", Locale.JAPANESE).message());
            assertEquals(Locale.SIMPLIFIED_CHINESE, catalog.resolve("demo", "FailedOperation", Locale.SIMPLIFIED_CHINESE).locale());
        }
    }

    @Test
    void withoutLanguagesAskedForTheSdksTwoAreTheCandidates() throws IOException {
        ModuleGenerator g = generator(Assembler.DEFAULT_LANGUAGES);
        ModuleGenerator.Result r = g.generate();
        assertEquals(List.of("zh-CN"), r.data().languages(), "the Japanese of the maintainers' file is not asked for");
        assertFalse(r.files().files().containsKey("src/main/resources/META-INF/errorcatalog/demo/ja.json"));
        assertEquals(Assembler.DEFAULT_LANGUAGES, new ModuleGenerator("demo", g.sdkSources(), Optional.empty(), Optional.empty(),
                Optional.empty(), "errorcatalog.demo", "com.example").languages());
    }

    @Test
    void aLanguageThatIsNoTagIsRefusedBeforeAnythingIsRead() {
        for (List<String> languages : List.of(List.<String>of(), List.of("en", "../x"), List.of("en\")); x(\""), List.of("EN"),
                List.of("en", "en"), List.of("zh_CN"))) {
            GeneratorArgumentException e = assertThrows(GeneratorArgumentException.class, () -> new ModuleGenerator("demo",
                    dir, Optional.empty(), Optional.empty(), Optional.empty(), "errorcatalog.demo", "com.example", languages));
            assertFalse(e.getMessage().isBlank(), languages.toString());
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
