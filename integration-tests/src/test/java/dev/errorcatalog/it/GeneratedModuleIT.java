package dev.errorcatalog.it;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The module {@code errorcatalog generate} wrote from src/generate-fixture (and the invoker built, contract test and
 * all), put beside the command-line jar on the class path: every code of the made-up SDK resolves exactly, in both
 * languages, with the text and source the fixture gives.
 */
class GeneratedModuleIT {
    private static final Path CLI = Path.of("..", "catalog-cli", "target", "errorcatalog.jar");
    private static final Path MODULE = Path.of("target", "generated-build", "demo-errorcatalog");
    private static final List<String> CODES = List.of("FailedOperation", "FailedOperation.TaskRunning",
            "InvalidParameterValue.BadName", "LimitExceeded.Quota", "ResourceNotFound.Demo");

    private static String run(String... args) throws IOException, InterruptedException {
        Path jar = MODULE.resolve("target").resolve("demo-errorcatalog-1.0.0-SNAPSHOT.jar");
        assertTrue(Files.isRegularFile(jar), jar + " was not built");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", CLI + File.pathSeparator + jar, "dev.errorcatalog.cli.Main"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command line did not end");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void theGeneratedModuleIsFoundBesideTheCommandLineAndEveryCodeResolvesExactly() throws Exception {
        String products = run("products");
        assertTrue(products.contains("demo     en, zh-CN       5 codes  data: tencentcloud-sdk-java 0.0.1, tencentcloud-sdk-java-intl-en 0.0.1\n"),
                products);
        for (String locale : List.of("en", "zh-CN")) {
            String out = run(new ArrayList<>(List.of("lookup", "-p", "demo", "-l", locale)) {{ addAll(CODES); }}.toArray(String[]::new));
            for (String code : CODES) {
                assertTrue(out.contains("  matched:     demo:" + code + " (exact)"), code + " in " + locale + ":\n" + out);
            }
        }
    }

    @Test
    void theTextsAreTheSourcesWithTheirOrigins() throws Exception {
        String zh = run("lookup", "-p", "demo", "-l", "zh-CN", "ResourceNotFound.Demo", "InvalidParameterValue.BadName", "FailedOperation.TaskRunning");
        assertTrue(zh.contains("  message:     演示不存在。\n  retry:       UNKNOWN\n  source:      ERROR_CENTRE"), zh);
        assertTrue(zh.contains("  message:     参数取值错误：请参考文档。"), zh);
        assertTrue(zh.contains("  help:        https://cloud.tencent.com/document/product/000"), zh);
        assertTrue(zh.contains("  solution:    等待任务结束后重试。"), zh);
        assertTrue(zh.contains("  api:         2020-01-01, 2024-07-18"), zh);
        String en = run("lookup", "-p", "demo", "-l", "en", "InvalidParameterValue.BadName");
        assertTrue(en.contains("  message:     Invalid Name.\n"), en);
        assertTrue(en.contains("  source:      SDK tencentcloud-sdk-java-intl-en 0.0.1"), en);
    }
}
