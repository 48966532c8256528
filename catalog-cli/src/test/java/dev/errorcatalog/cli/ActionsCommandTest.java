package dev.errorcatalog.cli;

import dev.errorcatalog.ApiAction;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dev.errorcatalog.cli.ExplainCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code errorcatalog actions}: the codes an action can return, the actions that can return a code. */
class ActionsCommandTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();

    @Test
    void anActionsCodesAreListedWithTheirTextInTheLanguageAsked() {
        ExplainCommandTest.Result r = cli("actions", "-p", "kms", "DescribeKey", "-l", "zh-CN");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("kms DescribeKey 2019-01-18 (read): 6 codes listed, from SDK tencentcloud-sdk-go 1.3.166", lines.get(0));
        ApiAction describe = CATALOG.product("kms").actions().find("DescribeKey").orElseThrow();
        List<ErrorCode> codes = CATALOG.product("kms").actions().codes(describe);
        assertEquals(codes.size() + 1, lines.size(), r.out());
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i).value();
            assertEquals(code + "\t" + CATALOG.product("kms").resolve(code, Locale.SIMPLIFIED_CHINESE).message(), lines.get(i + 1));
        }
        assertTrue(r.out().contains("ResourceUnavailable.CmkNotFound\tCMK不存在。"), r.out());
    }

    @Test
    void theActionsThatCanReturnACodeAreListedWithWhetherTheyRead() {
        ExplainCommandTest.Result r = cli("actions", "-p", "kms", "--code", "ResourceUnavailable.CmkNotFound");
        assertEquals(0, r.exit(), r.err());
        List<ApiAction> expected = CATALOG.product("kms").actions().returning("ResourceUnavailable.CmkNotFound");
        assertEquals(expected.size(), r.out().lines().count());
        assertTrue(r.out().contains("DescribeKey  2019-01-18  read\n"), r.out());
        assertTrue(r.out().contains("ArchiveKey  2019-01-18  write\n"), r.out());
    }

    @Test
    void anActionOfAnOlderVersionIsAskedForByVersion() {
        ExplainCommandTest.Result r = cli("actions", "-p", "vod", "--api-version", "2018-07-17", "DescribeMediaInfos");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("vod DescribeMediaInfos 2018-07-17 (read): "), r.out());
    }

    @Test
    void aMistypedActionGetsTheNearestAndNoProductIsABadUsage() {
        ExplainCommandTest.Result typo = cli("actions", "-p", "kms", "DescribeKye");
        assertEquals(2, typo.exit());
        assertEquals("errorcatalog: kms has no action 'DescribeKye'; did you mean DescribeKey?", typo.errorLine());
        ExplainCommandTest.Result noProduct = cli("actions", "DescribeKey");
        assertEquals(2, noProduct.exit());
        assertTrue(noProduct.errorLine().contains("actions needs --product"), noProduct.err());
        ExplainCommandTest.Result unlisted = cli("actions", "-p", "kms", "--code", "FailedOperation.NoSuchThing");
        assertEquals(1, unlisted.exit());
        assertTrue(unlisted.errorLine().contains("no action of kms lists 'FailedOperation.NoSuchThing'"), unlisted.err());
    }

    @Test
    void lookupWithAnActionSaysWhetherTheActionListsTheCode() {
        ExplainCommandTest.Result r = cli("lookup", "-p", "kms", "--action", "DescribeKey",
                "ResourceUnavailable.CmkDisabled", "ResourceUnavailable.CmkNotFound", "RequestLimitExceeded");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("  action:      kms DescribeKey 2019-01-18, a read: not listed for it: check the product, version and endpoint\n"),
                r.out());
        assertTrue(r.out().contains("  action:      kms DescribeKey 2019-01-18, a read: listed for it\n"), r.out());
        assertTrue(r.out().contains("  action:      kms DescribeKey 2019-01-18, a read: a common code, which any action may return\n"),
                r.out());
        ExplainCommandTest.Result json = cli("lookup", "-p", "kms", "--action", "CreateKey", "-f", "json", "ResourceUnavailable.CmkNotFound");
        assertTrue(json.out().contains("\"action\":{\"product\":\"kms\",\"version\":\"2019-01-18\",\"name\":\"CreateKey\","
                + "\"kind\":\"WRITE\",\"listing\":\"NOT_LISTED\"}"), json.out());
        ExplainCommandTest.Result noProduct = cli("lookup", "--action", "DescribeKey", "InternalError");
        assertEquals(2, noProduct.exit());
        assertTrue(noProduct.errorLine().contains("an action is one product's: give --product (-p) with it"), noProduct.err());
        assertEquals(2, cli("lookup", "-p", "kms", "--api-version", "2019-01-18", "InternalError").exit());
    }

    @Test
    void explainOnAPastedStackTraceFindsTheActionFromItsFramesAndAsksItsProduct() {
        String trace = """
                com.tencentcloudapi.common.exception.TencentCloudSDKException: [TencentCloudSDKException]code: InvalidParameterValue.InvalidCiphertext message:bad ciphertext requestId:4b5e-9a1c
                \tat com.tencentcloudapi.common.AbstractClient.internalRequest(AbstractClient.java:350)
                \tat com.tencentcloudapi.kms.v20190118.KmsClient.Decrypt(KmsClient.java:654)
                \tat com.example.KeyService.open(KeyService.java:42)
                """;
        ExplainCommandTest.Result r = cli("explain", trace);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("request id:      4b5e-9a1c\n"), r.out());
        assertTrue(r.out().contains("InvalidParameterValue.InvalidCiphertext  (kms, en)\n"), "the frames name the product: " + r.out());
        assertTrue(r.out().contains("  action:      kms Decrypt 2019-01-18, a write: listed for it\n"), r.out());
        ExplainCommandTest.Result other = cli("explain", trace.replace("Decrypt", "DescribeKey"));
        assertTrue(other.out().contains("  action:      kms DescribeKey 2019-01-18, a read: not listed for it"), other.out());
    }
}
