package dev.errorcatalog.cli;

import dev.errorcatalog.CommonCode;
import dev.errorcatalog.kms.KmsCode;
import dev.errorcatalog.live.LiveCode;
import dev.errorcatalog.vod.VodCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** Runs the packaged jar, target/errorcatalog.jar, as a separate process, as a user would. */
class CliIT {
    private static final Path JAR = Path.of(System.getProperty("errorcatalog.jar", "target/errorcatalog.jar"));

    record Run(int exit, String out, String err) {
        String oneErrorLine() {
            List<String> lines = err.lines().toList();
            assertEquals(1, lines.size(), "exactly one line on standard error: " + err);
            assertFalse(err.contains("\tat "), "no stack trace: " + err);
            assertTrue(lines.get(0).startsWith("errorcatalog: "), err);
            return lines.get(0);
        }
    }

    static Run run(byte[] stdin, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(Arrays.asList(args));
        Process p = new ProcessBuilder(command).start();
        CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(p, true));
        CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p, false));
        try (OutputStream in = p.getOutputStream()) {
            in.write(stdin);
        } catch (IOException closedEarly) {
            // the program may stop reading once it has seen enough: that is its right
        }
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly(); // a command that hangs is a failure, not a process left behind
            fail("the command did not finish in time: " + String.join(" ", command).substring(0, Math.min(300, String.join(" ", command).length())));
        }
        return new Run(p.exitValue(), new String(out.get(), StandardCharsets.UTF_8), new String(err.get(), StandardCharsets.UTF_8));
    }

    static Run run(String... args) throws Exception {
        return run(new byte[0], args);
    }

    private static byte[] readAll(Process p, boolean stdout) {
        try {
            return (stdout ? p.getInputStream() : p.getErrorStream()).readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theJarExists() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is built by mvn package");
    }

    @Test
    void productsListsEveryProductFromTheMergedServiceFiles() throws Exception {
        Run r = run("products");
        assertEquals(0, r.exit(), r.err());
        for (String line : List.of("common   en, zh-CN      38 codes  data: teco-code-generators common error tables 9c4d3b3",
                "kms      en, zh-CN      62 codes  data: tencentcloud-sdk-java 3.2.11, tencentcloud-sdk-java-intl-en 3.1.16",
                "legacy   en, zh-CN      16 codes  data: API 2.0 common error codes\n", "live     en, zh-CN     241 codes",
                "vod      en, zh-CN     254 codes")) {
            assertTrue(r.out().contains(line), r.out());
        }
    }

    @Test
    void lookupShowsARealCodeInChineseAndEnglish() throws Exception {
        Run zh = run("lookup", "--product", "vod", "--locale", "zh-CN", "InvalidParameterValue.FileIdsTooMany");
        assertEquals(0, zh.exit(), zh.err());
        assertTrue(zh.out().contains("参数值错误：FileId 过多。"), zh.out());
        assertTrue(zh.out().contains("vod:InvalidParameterValue.FileIdsTooMany (exact)"), zh.out());
        Run en = run("lookup", "-p", "vod", "-l", "en-US", "InvalidParameterValue.FileIdsTooMany");
        assertTrue(en.out().contains("Incorrect parameter value: too many FileId"), en.out());
    }

    @Test
    void withoutAProductCommonAnswersWhatNoProductHasInEnglish() throws Exception {
        // no -p means every product (no longer common alone): common answers here because no product has these codes
        Run r = run("lookup", "RequestLimitExceeded.IPLimitExceeded", "ResourceNotFound.Anything");
        assertEquals(1, r.exit(), "a code no product holds is not found, though its fallback answers: " + r.err());
        assertTrue(r.out().contains("\nResourceNotFound.Anything: no product has this code"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.startsWith("  matched:")).count(), r.out());
        assertTrue(r.out().contains("RequestLimitExceeded.IPLimitExceeded  (common, en)"), r.out());
        assertTrue(r.out().contains("retry:       THROTTLED"), r.out());
        assertTrue(r.out().contains("common:ResourceNotFound (parent code)"), r.out());
        assertTrue(r.out().contains("why:         ResourceNotFound.Anything not in common; answered with common:ResourceNotFound"), r.out());
    }

    @Test
    void lookupShowsALegacyCodesTitleMeaningsAndSuccessor() throws Exception {
        Run r = run("lookup", "-p", "legacy", "-l", "zh-CN", "AuthFailure", "InvalidParameter.SignatureFailure");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("title:"), r.out());
        assertEquals(2, r.out().lines().filter(l -> l.contains("also means:")).count(), r.out());
        assertTrue(r.out().contains("successor:   AuthFailure.SignatureFailure (API 3.0)"), r.out());
        assertTrue(r.out().contains("help:        https://cloud.tencent.com/document/api/213/6984"), r.out());
    }

    @Test
    void lookupJsonIsOneObjectPerLinePerCode() throws Exception {
        Run r = run("lookup", "--json", "-p", "legacy", "AuthFailure", "Totally.Unknown");
        assertEquals(1, r.exit(), "Totally.Unknown is not found: " + r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("{\"product\":\"legacy\",\"requested\":\"AuthFailure\",\"matched\":\"AuthFailure\","
                + "\"matchedProduct\":\"legacy\",\"exact\":true,\"kind\":\"EXACT\",\"locale\":\"en\",\"message\":"), lines.get(0));
        assertTrue(lines.get(0).contains("\"title\":\"Unauthorized access to the API\",\"variants\":[{\"title\":"), lines.get(0));
        assertTrue(lines.get(0).contains("\"successor\":\"AuthFailure.UnauthorizedOperation\""), lines.get(0));
        assertTrue(lines.get(1).contains("\"matched\":null,\"matchedProduct\":null,\"exact\":false,\"kind\":\"NONE\""), lines.get(1));
        assertTrue(lines.get(1).contains("\"message\":\"Totally.Unknown\""), lines.get(1));
    }

    @Test
    void listGivesEveryCodeOfAProduct() throws Exception {
        Run r = run("list", "-p", "kms", "-l", "zh_CN");
        assertEquals(0, r.exit(), r.err());
        assertEquals(KmsCode.values().length, r.out().lines().count(), r.out());
        assertTrue(r.out().contains("ResourceUnavailable.CmkDisabled\tCMK已被禁用。"), r.out());
        Run json = run("list", "--json", "-p", "live");
        assertEquals(LiveCode.values().length, json.out().lines().filter(l -> l.startsWith("{\"product\":\"live\"")).count());
    }

    @Test
    void explainReadsAFileAndStandardInput(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("response.json");
        Files.writeString(file, "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameterValue.FileIdsTooMany\","
                + "\"Message\":\"FileIds too many\"},\"RequestId\":\"ed93f3cb\"}}");
        Run r = run("explain", "-p", "vod", "-l", "zh-CN", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("request id:      ed93f3cb"), r.out());
        assertTrue(r.out().contains("server message:  FileIds too many"), r.out());
        assertTrue(r.out().contains("参数值错误：FileId 过多。"), r.out());
        // a pipe is a file too: /dev/stdin here, a shell's <(…) elsewhere
        Run piped = run(Files.readAllBytes(file), "explain", "-p", "vod", "-l", "zh-CN", "/dev/stdin");
        assertEquals(0, piped.exit(), piped.err());
        assertTrue(piped.out().contains("参数值错误：FileId 过多。"), piped.out());
        Run folder = run("explain", dir.toString());
        assertEquals(2, folder.exit());
        assertTrue(folder.oneErrorLine().endsWith("' is a folder, not a file"), folder.err());
        Run legacy = run("{\"code\":4000,\"message\":\"bad projectId\",\"codeDesc\":\"InvalidParameter.SignatureFailure\"}"
                .getBytes(StandardCharsets.UTF_8), "explain", "--json", "-p", "legacy", "-");
        assertEquals(0, legacy.exit(), legacy.err());
        assertTrue(legacy.out().startsWith("{\"apiVersion\":\"V2\",\"serverMessage\":\"bad projectId\",\"product\":\"legacy\""),
                legacy.out());
    }

    @Test
    void explainOnASuccessResponseExitsWithOne() throws Exception {
        Run r = run("{\"Response\":{\"RequestId\":\"ok-1\"}}".getBytes(StandardCharsets.UTF_8), "explain", "-");
        assertEquals(1, r.exit());
        assertTrue(r.oneErrorLine().contains("is a successful API V3 response (request id ok-1), not an error"), r.err());
    }

    @Test
    void exportWritesJsonAndTheDocumentsMarkdownTable() throws Exception {
        Run json = run("export", "--format", "json", "-p", "vod");
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().startsWith("[\n  {\"product\":\"vod\",\"code\":\"AuthFailure\",\"retry\":\"DO_NOT_RETRY\","), json.out());
        // why the advice is given (the data's rule, or the module's) follows it
        String fileIds = json.out().lines().filter(l -> l.contains("\"code\":\"InvalidParameterValue.FileIdsTooMany\"")).findFirst().orElseThrow();
        assertTrue(fileIds.startsWith("  {\"product\":\"vod\",\"code\":\"InvalidParameterValue.FileIdsTooMany\",\"retry\":\"DO_NOT_RETRY\","
                + "\"retryEvidence\":{\"rule\":\""), fileIds);
        assertTrue(fileIds.contains("},\"apiVersions\":[\"2018-07-17\"],\"messages\":{\"en\":{\"text\":\"Incorrect parameter value: too many FileId\","
                + "\"origin\":{\"kind\":\"SDK\",\"title\":\"tencentcloud-sdk-java-intl-en\",\"version\":\"3.1.16\"}},"
                + "\"zh-CN\":{\"text\":\"参数值错误：FileId 过多。\",\"origin\":{\"kind\":\"DOCUMENT\",\"title\":"
                + "\"VOD error codes, Chinese (001_ef4515cd2b9e099b.txt)\"}}}}"), fileIds);
        Map<String, Integer> counts = Map.of("vod", VodCode.values().length, "kms", KmsCode.values().length,
                "live", LiveCode.values().length, "common", CommonCode.values().length);
        int solutions = 0;
        for (Map.Entry<String, Integer> product : counts.entrySet()) {
            List<String> entries = run("export", "--format", "json", "-p", product.getKey()).out().lines()
                    .filter(l -> l.startsWith("  {")).toList();
            assertEquals(product.getValue(), entries.size(), product.getKey());
            for (String e : entries) {
                assertTrue(e.matches(".*\"messages\":\\{\"en\":\\{\"text\":\"[^\"]+\".*\"origin\":\\{\"kind\":\"[A-Z_]+\".*"
                        + "\"zh-CN\":\\{\"text\":\"[^\"]+\".*\"origin\":\\{\"kind\":\"[A-Z_]+\".*"), e);
            }
            solutions += (int) entries.stream().filter(e -> e.matches(".*\"solutions\":\\{\"en\":\\{\"text\":\"[^\"]+\".*"
                    + "\"zh-CN\":\\{\"text\":\"[^\"]+\",\"origin\":\\{\"kind\":\"ERROR_CENTRE\".*")).count();
        }
        assertEquals(54, solutions, "the error centre's real solutions for vod, kms and live, in both languages");
        Run md = run("export", "-f", "markdown", "-p", "vod", "-l", "zh-CN");
        List<String> lines = md.out().lines().toList();
        // the documents' columns, then the retry advice and why (and the corrected text, where any code has one)
        assertTrue(lines.get(0).startsWith("| 错误码 | 说明 | 重试 |"), lines.get(0));
        assertTrue(lines.get(1).startsWith("|---|---|---|"), lines.get(1));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("| InvalidParameterValue.FileIdsTooMany | 参数值错误：FileId 过多。 | DO_NOT_RETRY (rule ")),
                md.out());
        assertEquals(2 + VodCode.values().length, lines.size());
        Run legacy = run("export", "-f", "markdown", "-p", "legacy");
        assertEquals(2 + 18, legacy.out().lines().count(), "one row per row of the source document: " + legacy.out());
    }

    @Test
    void lookupSaysWhereTheTextCameFromAndWhatToDo() throws Exception {
        Run r = run("lookup", "-p", "live", "-l", "zh-CN", "FailedOperation.AuthError");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  source:      SDK tencentcloud-sdk-java 3.2.11\n"), r.out());
        assertTrue(r.out().contains("  solution:    请参考ssl证书-获取证书详情"), r.out());
        assertTrue(r.out().contains("(ERROR_CENTRE Tencent Cloud error centre (teco-api-models mirror) 2026-08-21)"), r.out());
        assertTrue(r.out().contains("  api:         2018-08-01\n"), r.out());
        Run en = run("lookup", "--json", "-p", "vod", "-l", "en", "InvalidParameter.ViolationContent");
        assertTrue(en.out().contains("\"origin\":{\"kind\":\"TRANSLATION\",\"title\":\"errorcatalog maintainers\"}"), en.out());
        Run none = run("lookup", "--json", "-p", "vod", "Totally.Unknown");
        assertTrue(none.out().contains("\"origin\":{\"kind\":\"CODE\",\"title\":\"the code itself\"}"), none.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"products", "lookup", "explain", "search", "list", "export"})
    void everyCommandHasHelpWithAnExample(String command) throws Exception {
        Run r = run(command, "--help");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: errorcatalog " + command), r.out());
        assertTrue(r.out().contains("Example") && r.out().contains("  errorcatalog " + command + " "), r.out());
        assertTrue(r.out().contains("--format=FORMAT"), "every printing command has --format: " + r.out());
    }

    @Test
    void versionAndTopLevelHelp() throws Exception {
        assertTrue(run("--version").out().startsWith("errorcatalog 0.1.0"));
        Run help = run("--help");
        assertTrue(help.out().contains("Exit codes:"), help.out());
        assertTrue(help.out().contains("java -cp errorcatalog.jar:my-module.jar dev.errorcatalog.cli.Main"), help.out());
    }

    @Test
    void noCommandPrintsTheUsage() throws Exception {
        Run r = run();
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("Usage: errorcatalog"), r.out());
        assertTrue(r.out().contains("search") && r.out().contains("explain"), r.out());
    }

    // No product means every product; paste anything.

    private static final String VOD_RESPONSE = "{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.InvalidVodUser\","
            + "\"Message\":\"vod not open\"},\"RequestId\":\"7d3a-11\"}}";

    @Test
    void aPastedVodResponseWithoutAProductGetsTheVodText() throws Exception {
        Run r = run(VOD_RESPONSE.getBytes(StandardCharsets.UTF_8), "explain", "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("FailedOperation.InvalidVodUser  (vod, en)"), r.out());
        assertTrue(r.out().contains("matched:     vod:FailedOperation.InvalidVodUser (exact)"), r.out());
        assertTrue(r.out().contains("message:     The VOD service is not activated.\n"), r.out());
        assertFalse(r.out().contains("Operation failed."), r.out());
        Run zh = run(VOD_RESPONSE.getBytes(StandardCharsets.UTF_8), "explain", "-l", "zh-CN", "-");
        assertTrue(zh.out().contains("message:     没有开通点播业务。"), zh.out());
    }

    @Test
    void theResponseItselfAnSdkExceptionOrALogLineAsTheArgument() throws Exception {
        Run json = run("explain", VOD_RESPONSE);
        assertEquals(0, json.exit(), json.err());
        assertTrue(json.out().contains("request id:      7d3a-11"), json.out());
        assertTrue(json.out().contains("The VOD service is not activated."), json.out());
        Run sdk = run("explain", "-l", "zh-CN", "[TencentCloudSDKException]code: InvalidParameterValue.FileIdsTooMany"
                + " message:FileIds too many requestId:ed93f3cb-0a1b");
        assertEquals(0, sdk.exit(), sdk.err());
        assertTrue(sdk.out().contains("request id:      ed93f3cb-0a1b"), sdk.out());
        assertTrue(sdk.out().contains("server message:  FileIds too many\n"), sdk.out());
        assertTrue(sdk.out().contains("参数值错误：FileId 过多。"), sdk.out());
        Run log = run("explain", "--format", "json", "2026-11-24 10:01:02 WARN upload failed: ResourceNotFound.FileNotExist (file 5285890)");
        assertEquals(0, log.exit(), log.err());
        assertTrue(log.out().contains("\"requested\":\"ResourceNotFound.FileNotExist\",\"matched\":\"ResourceNotFound.FileNotExist\","
                + "\"matchedProduct\":\"vod\",\"exact\":true"), log.out());
        Run nothing = run("explain", "the upload failed, no idea why");
        assertEquals(2, nothing.exit());
        assertTrue(nothing.oneErrorLine().contains("no error code found"), nothing.err());
    }

    @Test
    void aPastedStackTraceKeepsItsRequestIdAndLeavesTheFramesOut() throws Exception {
        String trace = "com.tencentcloudapi.common.exception.TencentCloudSDKException: [TencentCloudSDKException]code:"
                + " ResourceUnavailable.CmkDisabled message:The CMK is disabled. requestId:4b5e-9a1c-77d2\n"
                + "\tat com.tencentcloudapi.common.AbstractClient.internalRequest(AbstractClient.java:350)\n"
                + "\tat com.tencentcloudapi.kms.v20190118.KmsClient.Encrypt(KmsClient.java:512)\n";
        Run r = run(trace.getBytes(StandardCharsets.UTF_8), "explain", "-");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("request id:      4b5e-9a1c-77d2\n"), r.out());
        assertTrue(r.out().contains("server message:  The CMK is disabled.\n"), r.out());
        assertFalse(r.out().contains("AbstractClient"), r.out());
    }

    @Test
    void aJsonLogLineIsReadAsALineAndJsonWithoutACodeSaysWhyItIsNoResponse() throws Exception {
        Run log = run("explain", "-p", "vod", "{\"level\":\"warn\",\"msg\":\"upload failed\","
                + "\"code\":\"ResourceNotFound.FileNotExist\",\"requestId\":\"ab12cd34-ef\"}");
        assertEquals(0, log.exit(), log.err());
        assertTrue(log.out().contains("matched:     vod:ResourceNotFound.FileNotExist (exact)"), log.out());
        assertTrue(log.out().contains("request id:      ab12cd34-ef"), log.out());
        Run noCode = run("{\"level\":\"warn\",\"msg\":\"upload failed\"}".getBytes(StandardCharsets.UTF_8), "explain", "-");
        assertEquals(2, noCode.exit());
        assertEquals("errorcatalog: '-': not an API response: neither API 3.0 (no \"Response\" object) nor API 2.0 (no \"code\")",
                noCode.oneErrorLine());
    }

    @Test
    void everyProductThatHasTheCodeIsShownAndProductNarrows() throws Exception {
        Run all = run("lookup", "ResourceUnavailable.CmkDisabled", "InternalError");
        assertEquals(0, all.exit(), all.err());
        assertTrue(all.out().startsWith("ResourceUnavailable.CmkDisabled  (kms, en)\n  matched:     kms:ResourceUnavailable.CmkDisabled (exact)"), all.out());
        // InternalError is in most products: those whose answers read the same share one, which names them
        assertTrue(all.out().matches("(?s).*InternalError is a code of [0-9]{3} products: aai, .*cvm, .*kms, .*legacy, .*live, .*vod, .*"
                + "common; [0-9]+ different answers\n.*"), all.out());
        assertTrue(all.out().lines().anyMatch(l -> l.equals("InternalError  (common, en)")
                || l.startsWith("  products:    ") && l.endsWith(", common")), "common's answer, alone or shared: " + all.out());
        long shared = all.out().lines().filter(l -> l.matches("  matched: +each product's InternalError \\(exact\\)")).count();
        long alone = all.out().lines().filter(l -> l.matches("  matched: +[a-z]+:InternalError \\(exact\\)")).count();
        assertTrue(shared >= 1 && shared + alone < 30, all.out());
        Run vod = run("lookup", "-p", "vod", "InternalError");
        assertEquals(1, vod.out().lines().filter(l -> l.startsWith("  matched:")).count(), vod.out());
        assertTrue(vod.out().contains("vod:InternalError (exact)"), vod.out());
        Run fallback = run("lookup", "FailedOperation.NoSuchThing");
        assertEquals(1, fallback.out().lines().filter(l -> l.startsWith("  matched:")).count(), fallback.out());
        assertTrue(fallback.out().contains("common:FailedOperation (parent code)"), fallback.out());
    }

    // Find a code by its words.

    @Test
    void aChinesePhraseFindsItsCode() throws Exception {
        Run r = run("search", "白盒密钥服务尚未开通");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().matches("(?s)kms {6}ResourceUnavailable\\.NotPurchased +The white-box key service has not been activated\\.\n.*"),
                r.out());
        Run vod = run("search", "没有开通点播业务"); // two VOD codes say exactly this
        // the columns are aligned: the code is padded to the widest shown
        List<String> both = vod.out().lines().limit(2).toList();
        assertTrue(both.contains("vod      FailedOperation.InvalidVodUser  The VOD service is not activated."), vod.out());
        assertTrue(both.contains("vod      InvalidParameterValue.AppId     No on-demand service is enabled."), vod.out());
        Run zh = run("search", "-l", "zh-CN", "FileId", "过多");
        assertTrue(zh.out().matches("(?s)vod {6}InvalidParameterValue\\.FileIdsTooMany +参数值错误：FileId 过多。\n.*"), zh.out());
        Run en = run("search", "--format", "json", "-n", "2", "CMK", "is", "disabled");
        List<String> lines = en.out().lines().toList();
        assertEquals(2, lines.size(), en.out());
        assertTrue(lines.get(0).startsWith("{\"product\":\"kms\",\"requested\":\"ResourceUnavailable.CmkDisabled\""), en.out());
        assertTrue(lines.get(0).matches(".*\"score\":[0-9]+}"), en.out());
        Run none = run("search", "zzqxv");
        assertEquals(1, none.exit());
        assertTrue(none.oneErrorLine().contains("no code or message matches 'zzqxv'"), none.err());
    }

    // Forgiving input.

    @Test
    void aMiscasedCodeOrSmallTypoGetsASuggestion() throws Exception {
        Run r = run("lookup", "invalidparametervalue.fileidstoomany");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("invalidparametervalue.fileidstoomany: no product has this code;"
                + " did you mean InvalidParameterValue.FileIdsTooMany (vod)?\n"), r.out());
        Run typo = run("lookup", "--json", "-p", "vod", "InvalidParameterValue.FileIdsTooMny");
        assertTrue(typo.out().contains("\"suggestions\":[{\"product\":\"vod\",\"code\":\"InvalidParameterValue.FileIdsTooMany\",\"why\":\"TYPO\"}]"),
                typo.out());
        Run exact = run("lookup", "--json", "-p", "vod", "InvalidParameterValue.FileIdsTooMany");
        assertFalse(exact.out().contains("suggestions"), exact.out());
    }

    @Test
    void optionsValuesAndCommandsInAnyCaseAndCodesTrimmed() throws Exception {
        Run r = run("LOOKUP", "--Product", "VOD", "--LOCALE", "ZH-cn", "--format", "JSON", "  InvalidParameterValue.FileIdsTooMany\t");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("{\"product\":\"vod\",\"requested\":\"InvalidParameterValue.FileIdsTooMany\","
                + "\"matched\":\"InvalidParameterValue.FileIdsTooMany\""), r.out());
        assertTrue(r.out().contains("\"locale\":\"zh-CN\""), r.out());
    }

    @Test
    void aLocaleTheProductDoesNotShipSaysWhichAnswered() throws Exception {
        Run r = run("lookup", "-p", "vod", "-l", "fr", "InvalidParameterValue.FileIdsTooMany");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  note:        vod has no fr text for this code; answered in en\n"), r.out());
        Run zh = run("lookup", "-p", "vod", "-l", "zh-CN", "InvalidParameterValue.FileIdsTooMany");
        assertFalse(zh.out().contains("note:"), zh.out());
        Run list = run("list", "-p", "kms", "-l", "fr");
        assertEquals(0, list.exit(), list.err());
        assertEquals(KmsCode.values().length, list.out().lines().count(), list.out());
        assertEquals("errorcatalog: note: kms has no fr; answered in en", list.oneErrorLine());
        assertEquals("", run("list", "-p", "kms", "-l", "zh-CN").err());
    }

    // One output switch.

    @Test
    void everyPrintingCommandSpeaksTextJsonAndMarkdown() throws Exception {
        Run products = run("products", "--format", "json");
        assertTrue(products.out().contains("{\"product\":\"vod\",\"locales\":[\"en\",\"zh-CN\"],\"codes\":" + VodCode.values().length + ","),
                products.out());
        Run productsMd = run("products", "-f", "markdown");
        assertTrue(productsMd.out().startsWith("| Product | Locales | Codes | Data |\n|---|---|---|---|\n"), productsMd.out());
        Run lookupMd = run("lookup", "-f", "markdown", "-p", "vod", "InvalidParameterValue.FileIdsTooMany");
        assertTrue(lookupMd.out().contains("| InvalidParameterValue.FileIdsTooMany | vod | vod:InvalidParameterValue.FileIdsTooMany"
                + " | Incorrect parameter value: too many FileId | DO_NOT_RETRY (rule "), lookupMd.out());
        Run listMd = run("list", "-f", "markdown", "-p", "kms");
        assertEquals(2 + KmsCode.values().length, listMd.out().lines().count(), listMd.out());
        Run searchMd = run("search", "-f", "markdown", "-n", "1", "CMK", "disabled");
        assertTrue(searchMd.out().contains("| kms | ResourceUnavailable.CmkDisabled |"), searchMd.out());
        Run explainJson = run(VOD_RESPONSE.getBytes(StandardCharsets.UTF_8), "explain", "-p", "vod", "--format", "json", "-");
        assertTrue(explainJson.out().startsWith("{\"apiVersion\":\"V3\",\"requestId\":\"7d3a-11\",\"serverMessage\":\"vod not open\","
                + "\"product\":\"vod\",\"requested\":\"FailedOperation.InvalidVodUser\""), explainJson.out());
        Run exportText = run("export", "-p", "kms", "-l", "zh-CN");
        assertTrue(exportText.out().contains("ResourceUnavailable.CmkDisabled\tCMK已被禁用。"), exportText.out());
    }

    // Start-up (measured by measure-startup.sh, not here): the quick lookup and the launcher answer as the command line does.

    @Test
    void aQuickLookupAnswersExactlyAsTheCommandLineDoes() throws Exception {
        for (String format : List.of("text", "json", "markdown")) {
            Run quick = run("lookup", "-l", "zh-CN", "--format", format, "InternalError", "invalidParameterValue.fileIdsTooMany");
            // "--" is an argument the quick path leaves to the command line
            Run full = run("lookup", "-l", "zh-CN", "--format", format, "--", "InternalError", "invalidParameterValue.fileIdsTooMany");
            assertEquals(1, quick.exit(), "the miscased code is not found: " + quick.err());
            assertEquals(full.exit(), quick.exit());
            assertEquals(full.out(), quick.out());
            assertEquals("", quick.err());
        }
    }

    @Test
    void anOptionGivenTwiceIsRefusedOnEitherPath() throws Exception {
        for (List<String> args : List.of(List.of("lookup", "-p", "vod", "-p", "kms", "InvalidParameter"),
                List.of("lookup", "-p", "vod", "--product=kms", "InvalidParameter"),
                List.of("lookup", "-p", "vod", "-p", "kms", "--arg", "a=b", "InvalidParameter"))) {
            Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.exit(), args + ": " + r.out());
            assertTrue(r.oneErrorLine().contains("should be specified only once"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void theLauncherUsesTheArchiveQuietly() throws Exception {
        Path launcher = Path.of("errorcatalog").toAbsolutePath();
        assertTrue(Files.isRegularFile(JAR.resolveSibling("errorcatalog.jsa")), "the build makes the archive beside the jar");
        Process p = new ProcessBuilder("sh", launcher.toString(), "lookup", "-p", "vod", "-l", "zh-CN",
                "InvalidParameterValue.FileIdsTooMany").start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertEquals("", err, "no warning from the JVM about the archive");
        assertTrue(out.contains("  message:     参数值错误：FileId 过多。\n"), out);
    }

    @Test
    void ownModuleOnTheClassPathAndArgumentsFillItsMessage(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src/com/example/argdemo"));
        Files.writeString(src.resolve("ArgCode.java"), """
                package com.example.argdemo;
                public enum ArgCode implements dev.errorcatalog.CodeConstant {
                    LIMIT("LimitExceeded.FileIds");
                    private final dev.errorcatalog.CodeDefinition definition;
                    ArgCode(String code) {
                        definition = dev.errorcatalog.CodeDefinition.of("argdemo", code, dev.errorcatalog.CodeMetadata.NONE);
                    }
                    @Override public dev.errorcatalog.CodeDefinition definition() { return definition; }
                }
                """);
        Files.writeString(src.resolve("ArgProvider.java"), """
                package com.example.argdemo;
                public final class ArgProvider extends dev.errorcatalog.spi.EnumCatalogProvider<ArgCode> {
                    public ArgProvider() {
                        super(dev.errorcatalog.ProductId.of("argdemo"), ArgCode.class, java.util.Locale.ENGLISH);
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        int compiled = javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null, "-cp", JAR.toString(),
                "-d", classes.toString(), src.resolve("ArgCode.java").toString(), src.resolve("ArgProvider.java").toString());
        assertEquals(0, compiled);
        Files.writeString(Files.createDirectories(classes.resolve("META-INF/services")).resolve("dev.errorcatalog.spi.CatalogProvider"),
                "com.example.argdemo.ArgProvider\n");
        Files.writeString(Files.createDirectories(classes.resolve("META-INF/errorcatalog/argdemo")).resolve("en.json"),
                "{\"LimitExceeded.FileIds\": \"At most {max, number} file IDs may be given, not {count, number}.\"}\n");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + java.io.File.pathSeparator + classes, "dev.errorcatalog.cli.Main", "lookup",
                "--arg", "max=10", "--arg", "count=12", "LimitExceeded.FileIds");
        Process p = new ProcessBuilder(command).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        assertTrue(out.contains("matched:     argdemo:LimitExceeded.FileIds (exact)"), out + err);
        assertTrue(out.contains("message:     At most 10 file IDs may be given, not 12.\n"), out + err);
        // a number ICU would take many seconds to format is text, which the pattern refuses at once
        List<String> huge = new ArrayList<>(command);
        huge.set(huge.indexOf("count=12"), "count=" + "9".repeat(100_000));
        Process q = new ProcessBuilder(huge).start();
        String hugeErr = new String(q.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(q.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, q.exitValue(), hugeErr);
        assertEquals(1, hugeErr.lines().count(), hugeErr.length() + " characters");
        assertTrue(hugeErr.startsWith("errorcatalog: --arg does not fit the message of 'LimitExceeded.FileIds': ") && hugeErr.length() < 600,
                hugeErr.substring(0, Math.min(600, hugeErr.length())));
    }

    @Test
    void argumentsMustBeNameEqualsValue() throws Exception {
        Run ok = run("lookup", "-p", "vod", "--arg", "count=3", "InvalidParameterValue.FileIdsTooMany");
        assertEquals(0, ok.exit(), ok.err());
        assertTrue(ok.out().contains("Incorrect parameter value: too many FileId"), ok.out());
        Run bad = run("lookup", "--arg", "count", "InternalError");
        assertEquals(2, bad.exit());
        assertTrue(bad.oneErrorLine().contains("'count' is not NAME=VALUE"), bad.err());
    }

    // Bad input: exit code 2 and one clear line on standard error naming the offending value.

    @Test
    void anInvalidCode() throws Exception {
        Run r = run("lookup", "Bad..Code");
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().contains("'Bad..Code' is not an error code: it has an empty part ('..') at index 4"), r.err());
        assertEquals("", r.out(), "nothing is printed when any code is invalid");
    }

    @Test
    void anUnknownProductListsTheKnownOnes() throws Exception {
        Run r = run("lookup", "-p", "nosuchproduct", "InternalError");
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().startsWith("errorcatalog: unknown product 'nosuchproduct'; installed: aai, aca, acp, "), r.err());
    }

    @Test
    void aLocaleThatIsNotALanguageTag() throws Exception {
        Run r = run("lookup", "-l", "english please", "InternalError");
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().contains("'english please' is not a language tag"), r.err());
    }

    @Test
    void aMissingFile() throws Exception {
        Run r = run("explain", "/no/such/response.json");
        assertEquals(2, r.exit());
        assertEquals("errorcatalog: '/no/such/response.json': no such file", r.oneErrorLine());
    }

    @Test
    void malformedAndTruncatedJson(@TempDir Path dir) throws Exception {
        Path malformed = dir.resolve("malformed.json");
        Files.writeString(malformed, "{\"Response\": {\"Error\": {\"Code\" \"X\"}}}");
        Run r = run("explain", malformed.toString());
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().contains("malformed.json': malformed JSON"), r.err());
        Run truncated = run("{\"Response\": {\"Error\": {\"Code\": \"Intern".getBytes(StandardCharsets.UTF_8), "explain", "-");
        assertEquals(2, truncated.exit());
        assertTrue(truncated.oneErrorLine().contains("'-': malformed JSON"), truncated.err());
    }

    @Test
    void deeplyNestedJson() throws Exception {
        byte[] deep = ("{\"Response\": {\"Data\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}}").getBytes(StandardCharsets.UTF_8);
        Run r = run(deep, "explain", "-");
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().contains("nesting depth"), r.err());
    }

    @Test
    void aFiftyMegabyteFile(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Run r = run("explain", big.toString());
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().contains("is 52428800 bytes, more than the 1048576 an API response may have"), r.err());
    }

    @Test
    void binaryGarbageOnStandardInput() throws Exception {
        byte[] garbage = new byte[200_000];
        new Random(7).nextBytes(garbage);
        Run r = run(garbage, "explain", "-");
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().startsWith("errorcatalog: '-': "), r.err());
    }

    @Test
    void anUnknownOptionOrMissingArgument() throws Exception {
        Run r = run("lookup", "--colour", "InternalError");
        assertEquals(2, r.exit());
        assertTrue(r.oneErrorLine().contains("Unknown option: '--colour'"), r.err());
        Run missing = run("lookup");
        assertEquals(2, missing.exit());
        assertTrue(missing.oneErrorLine().contains("Missing required parameter: 'CODE'"), missing.err());
        Run format = run("export", "-f", "pdf");
        assertEquals(2, format.exit());
        assertTrue(format.oneErrorLine().contains("pdf"), format.err());
    }

    // Hostile input: nothing hangs, nothing reaches the terminal unquoted, a broken module is no stack trace.

    @Test
    void atFilesAreNotExpanded(@TempDir Path dir) throws Exception {
        Run zero = run("lookup", "@/dev/zero");
        assertEquals(2, zero.exit(), zero.err());
        assertTrue(zero.oneErrorLine().contains("'@/dev/zero' is not an error code"), zero.err());
        Path file = dir.resolve("codes.txt");
        Files.writeString(file, "InternalError\n");
        Run r = run("lookup", "@" + file);
        assertEquals(2, r.exit(), "an argument is what it says, not a file to read arguments from: " + r.out());
    }

    @Test
    void pastedTextThatHungOrCrashedGetsAnAnswerOrOneLine() throws Exception {
        // a dotted word of thousands of parts was a StackOverflowError: a stack trace and exit 1
        String dotted = "upload failed: Abc" + ".d".repeat(5_000);
        Run none = run("explain", dotted);
        assertEquals(2, none.exit(), none.err());
        assertTrue(none.oneErrorLine().endsWith("'the argument': no error code found: not a JSON response, an SDK exception line"
                + " or a line with a code in it"), none.err());
        Run found = run("explain", dotted + " ResourceNotFound.FileNotExist");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("vod:ResourceNotFound.FileNotExist (exact)"), found.out());
        // runs of white space in an SDK line took tens of seconds for a few thousand, and never ended for more
        String spaces = " ".repeat(30_000);
        Run sdk = run("explain", "-p", "vod", "[TencentCloudSDKException]code: InvalidParameterValue.FileIdsTooMany message: too"
                + spaces + "many requestId:" + spaces + "r-1" + spaces + "x");
        assertEquals(0, sdk.exit(), sdk.err());
        assertTrue(sdk.out().contains("vod:InvalidParameterValue.FileIdsTooMany (exact)"), sdk.err());
        // an error line quotes its input shortened
        Run huge = run("explain", "x".repeat(100_000));
        assertEquals(2, huge.exit());
        assertTrue(huge.oneErrorLine().length() < 300, huge.err().length() + " characters");
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedNamingTheInputAndTheOffset() throws Exception {
        // é in Latin-1: a byte no UTF-8 sequence starts with; the library's parser refuses it, so explain does too
        byte[] latin1 = "failed: ResourceNotFound.FileNotExist \u00e9".getBytes(StandardCharsets.ISO_8859_1);
        Run r = run(latin1, "explain", "-");
        assertEquals(2, r.exit(), r.out());
        assertEquals("errorcatalog: '-': not UTF-8: the byte(s) 0xE9 at byte offset 38 (line 1, column 39) are not a UTF-8 sequence (an overlong form,"
                + " a surrogate, beyond U+10FFFF, a stray or cut-short byte)", r.oneErrorLine());
    }

    private static void assertNoControlCharacters(String text) {
        assertTrue(text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n'), text);
    }

    @Test
    void explainQuotesWhatTheServerSentVisibly() throws Exception {
        String response = "{\"Response\":{\"Error\":{\"Code\":\"\\u001b[2JInvalid\\u0007\",\"Message\":"
                + "\"\\u001b]0;owned\\u0007 \\u009b31m line\\nbreak\"},\"RequestId\":\"r\\r1\"}}";
        Run r = run(response.getBytes(StandardCharsets.UTF_8), "explain", "-");
        assertEquals(0, r.exit(), r.err());
        assertNoControlCharacters(r.out());
        assertTrue(r.out().contains("code:            \\u001b[2JInvalid\\u0007"), r.out());
        assertTrue(r.out().contains("server message:  \\u001b]0;owned\\u0007 \\u009b31m line\\nbreak"), r.out());
        assertTrue(r.out().contains("request id:      r\\r1"), r.out());
        Run json = run(response.getBytes(StandardCharsets.UTF_8), "explain", "--json", "-");
        assertEquals(0, json.exit(), json.err());
        assertEquals(1, json.out().lines().count(), json.out());
        assertNoControlCharacters(json.out());
    }

    @Test
    void errorLinesQuoteTheirInputVisibly() throws Exception {
        Run code = run("lookup", "Bad\u001b[2J");
        assertEquals(2, code.exit());
        assertTrue(code.oneErrorLine().contains("'Bad\\u001b[2J'"), code.err());
        assertNoControlCharacters(code.err());
        Run option = run("lookup", "--\u001b]0;x\u0007", "InternalError");
        assertEquals(2, option.exit());
        option.oneErrorLine();
        assertNoControlCharacters(option.err());
    }

    @Test
    void aBrokenModuleOnTheClassPathIsNoStackTrace(@TempDir Path dir) throws Exception {
        Path services = Files.createDirectories(dir.resolve("META-INF/services"));
        Files.writeString(services.resolve("dev.errorcatalog.spi.CatalogProvider"), "broken.Truncated\nbroken.Missing\n");
        Files.createDirectories(dir.resolve("broken"));
        Files.write(dir.resolve("broken/Truncated.class"), new byte[]{(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0});
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", JAR + java.io.File.pathSeparator + dir, "dev.errorcatalog.cli.Main", "lookup", "-p", "vod", "InternalError");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String all = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), all);
        assertTrue(all.contains("InternalError  (vod, en)"), all);
        assertFalse(all.contains("\tat "), "no stack trace: " + all);
        assertTrue(all.contains("broken.Truncated") && all.contains("broken.Missing"), "each is named: " + all);
        // each problem once, on one line of its own, not in the logger's two-line format: also when the quick lookup
        // leaves the command to the command line (here for a word that is no language)
        for (List<String> args : List.of(List.of("lookup", "-p", "vod", "InternalError"), List.of("lookup", "-l", "cn", "InternalError"),
                List.of("explain", "-p", "vod", "InternalError"))) {
            List<String> run = new ArrayList<>(command.subList(0, 4));
            run.addAll(args);
            Process q = new ProcessBuilder(run).start();
            q.getInputStream().readAllBytes();
            String err = new String(q.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(q.waitFor(60, TimeUnit.SECONDS));
            for (String broken : List.of("broken.Truncated", "broken.Missing")) {
                List<String> lines = err.lines().filter(l -> l.contains(broken)).toList();
                assertEquals(1, lines.size(), args + ": " + err);
                assertTrue(lines.get(0).startsWith("errorcatalog: (" + broken + "): listed in "), args + ": " + err);
            }
            assertFalse(err.contains("WARNING:") || err.contains("ErrorCatalog$Builder"), args + ": " + err);
        }
    }

    // What a person reads at a terminal is coloured and wrapped; a pipe (as here) gets neither.

    @Test
    void aPipeGetsNoEscapeCodesAndNoWrapping() throws Exception {
        for (List<String> args : List.of(List.of("lookup", "-p", "legacy", "AuthFailure", "ResourceUnavailable.CmkDisable"),
                List.of("lookup", "ResourceUnavailable.CmkDisable"), List.of("search", "CMK", "disabled"),
                List.of("explain", "-p", "legacy", "{\"code\":4000,\"message\":\"m\",\"codeDesc\":\"AuthFailure\"}"))) {
            Run r = run(args.toArray(String[]::new));
            assertFalse(r.out().contains("\u001b") || r.err().contains("\u001b"), args + ": " + r.out());
            assertTrue(r.out().lines().noneMatch(l -> l.startsWith("               ")), "no continuation lines: " + r.out());
        }
        Run legacy = run("lookup", "-p", "legacy", "AuthFailure");
        assertTrue(legacy.out().lines().anyMatch(l -> l.startsWith("  message:     ") && l.length() > 100), legacy.out());
    }

    @Test
    void aMissIsAMissForAScriptAndForAPerson() throws Exception {
        Run r = run("lookup", "ResourceUnavailable.CmkDisable");
        assertEquals(1, r.exit(), r.err());
        assertTrue(r.out().startsWith("ResourceUnavailable.CmkDisable: no product has this code; did you mean"
                + " ResourceUnavailable.CmkDisabled (kms)?\nResourceUnavailable.CmkDisable  (common, en, fallback)\n"), r.out());
        Run vod = run("lookup", "-p", "vod", "ResourceUnavailable.CmkDisabled");
        assertEquals(1, vod.exit(), vod.err());
        assertTrue(vod.out().startsWith("ResourceUnavailable.CmkDisabled: not a code of vod; did you mean"
                + " ResourceUnavailable.CmkDisabled (kms has this very code)?\n"), vod.out());
        assertEquals(0, run("lookup", "ResourceUnavailable.CmkDisabled").exit());
        Run typo = run("lookpu", "InternalError");
        assertEquals(2, typo.exit());
        assertEquals("errorcatalog: 'lookpu' is not a command; did you mean lookup? (see 'errorcatalog --help')", typo.oneErrorLine());
        Run cn = run("lookup", "-l", "cn", "InternalError");
        assertEquals(2, cn.exit());
        assertTrue(cn.oneErrorLine().contains("'cn' is no language; did you mean zh-CN"), cn.err());
        Run md = run("lookup", "-f", "markdown", "InternalError", "Totally.Unknown", "ResourceUnavailable.CmkDisabled");
        assertEquals(1, md.out().lines().filter(l -> l.startsWith("| Code |")).count(), md.out());
    }
}
