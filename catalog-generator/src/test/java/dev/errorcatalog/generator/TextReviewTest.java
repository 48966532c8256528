package dev.errorcatalog.generator;

import dev.errorcatalog.Source;
import dev.errorcatalog.generator.TextReview.Check;
import dev.errorcatalog.generator.TextReview.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the review of a product's texts flags for a translator to read, and what it leaves alone. */
class TextReviewTest {
    private static final Source SDK = new Source("sdk", Source.Kind.SDK, "tencentcloud-sdk-java", "3.2.11", "Apache-2.0");

    @TempDir
    Path dir;

    /** A code's texts: language, text, language, text... in that order. */
    private static ProductData.Entry entry(String code, String... languageAndText) {
        Map<String, ProductData.Text> messages = new LinkedHashMap<>();
        for (int i = 0; i < languageAndText.length; i += 2) {
            messages.put(languageAndText[i], new ProductData.Text(languageAndText[i + 1], SDK.id()));
        }
        return new ProductData.Entry(code, List.of("2020-01-01"), messages, Map.of(), Optional.empty(), Optional.empty(),
                false, Optional.empty());
    }

    private static ProductData product(ProductData.Entry... entries) {
        return new ProductData("demo", "tencentcloud-sdk-java 3.2.11", List.of(SDK), List.of("en", "zh-CN"), List.of(entries),
                List.of());
    }

    /** The findings of one check over these entries. */
    private static List<Finding> of(Check check, ProductData.Entry... entries) {
        return TextReview.review(product(entries)).stream().filter(f -> f.check() == check).toList();
    }

    private static Finding finding(String code, String language, Check check, String text, String detail) {
        return new Finding("demo", code, language, check, text, detail);
    }

    @Test
    void aFailingNameWhoseTextAffirmsIsFlaggedInEachLanguage() {
        String kms = "InvalidParameterValue.InvalidImportKeyMaterial";
        assertEquals(List.of(
                finding(kms, "en", Check.NEGATED_MEANING, "The imported data key is valid.",
                        "en says \"is valid\" without a negation; the name says Invalid"),
                finding(kms, "zh-CN", Check.NEGATED_MEANING, "导入的数据密钥合法",
                        "zh-CN says 合法 without a negation; the name says Invalid"),
                finding("FailedOperation.CompliancePackNameIsNotExist", "zh-CN", Check.NEGATED_MEANING, "合规包名称已存在。",
                        "zh-CN says 存在 without a negation; the name says Not"),
                finding("FailedOperation.DescribeFailed", "zh-CN", Check.NEGATED_MEANING, "查询成功。",
                        "zh-CN says 成功 without a negation; the name says Failed")),
                of(Check.NEGATED_MEANING,
                        entry(kms, "en", "The imported data key is valid.", "zh-CN", "导入的数据密钥合法"),
                        entry("FailedOperation.CompliancePackNameIsNotExist", "zh-CN", "合规包名称已存在。"),
                        entry("FailedOperation.DescribeFailed", "zh-CN", "查询成功。")));
    }

    @Test
    void aNegatedAskedForOrLimitedTextOrANameThatFailsOnlyInItsCategoryIsNotFlagged() {
        assertEquals(List.of(), of(Check.NEGATED_MEANING,
                entry("ResourceNotFound", "zh-CN", "资源不存在", "en", "The resource does not exist."),
                entry("InvalidParameter", "zh-CN", "参数错误", "en", "Parameter error."),
                // negated anywhere in the text
                entry("InvalidParameter.InvalidKey", "zh-CN", "密钥无效，有效的密钥为 32 位。", "en", "The key is not valid."),
                // asked for, or limited
                entry("InvalidParameter.EmailOrQqInvalid", "zh-CN", "请输入合法的邮箱或者uin。"),
                entry("UnauthorizedOperation.InvalidToken", "en", "Check if the token is valid."),
                entry("UnsupportedOperation.NotSupportProfessionKafka", "zh-CN", "仅支持专业版Ckafka。"),
                entry("OperationDenied.AccessKeyOverLimit", "zh-CN", "每个账号最多支持两个AccessKey。"),
                // a word that holds an affirming one: an availability zone
                entry("InvalidParameter.ZoneNotOpen", "zh-CN", "可用区已关闭售卖。"),
                // the category (the first part) and an Error at a part's end say only that it is an error
                entry("FailedOperation.AccountAlreadyExists", "en", "The account already exists.", "zh-CN", "账号已存在。"),
                entry("OperationDenied.AuditPolicyExistError", "zh-CN", "审计策略已存在。"),
                entry("InternalError.ErrorConflict", "en", "The resource already exists."),
                // NotEmpty, NotUnique: something is there
                entry("InvalidParameter.DeployGroupNotEmpty", "zh-CN", "置放群组下存在资源。"),
                entry("ResourceNotFound.DataEngineNotUnique", "en", "The specified engine already exists."),
                // a name that says nothing failed
                entry("ResourceInUse.AliasName", "en", "The alias domain name already exists.")));
    }

    @Test
    void namesAreReadByTheirWordsAfterTheCategory() {
        assertEquals(List.of("Invalid"), TextReview.negativeNameWords("InvalidParameterValue.InvalidImportKeyMaterial"));
        assertEquals(List.of("Not"), TextReview.negativeNameWords("ResourceNotFound"));
        assertEquals(List.of("Error"), TextReview.negativeNameWords("InternalError"));
        assertEquals(List.of(), TextReview.negativeNameWords("FailedOperation.DataEngineConfigInstanceNotUnique"));
        assertEquals(List.of(), TextReview.negativeNameWords("InternalError.SYS_ERR"));
        assertEquals(List.of("NOT"), TextReview.negativeNameWords("InvalidParameter.KEY_NOT_FOUND"));
        assertEquals(List.of("Unsupported", "Over"), TextReview.negativeNameWords("LimitExceeded.UnsupportedOverQuota"));
        assertEquals(List.of(), TextReview.negativeNameWords("FailedOperation.Overwrite"), "Over is a word, not a prefix");
    }

    @Test
    void languagesThatDenyAndAffirmTheSameThingAreFlaggedOnTheOneTheNameContradictsElseOnEnglish() {
        String dryRun = "DryRun operation. A request will not be successful if the DryRun parameter is passed in.";
        assertEquals(List.of(
                finding("DryRunOperation", "en", Check.CONTRADICTS_OTHER_LANGUAGE, dryRun,
                        "en says \"not\" where zh-CN says 成功 without a negation; on en: the name does not decide"),
                finding("InvalidParameterValue.KeyInvalid", "zh-CN", Check.CONTRADICTS_OTHER_LANGUAGE, "密钥合法。",
                        "en says \"invalid\" where zh-CN says 合法 without a negation; on zh-CN, which the name (a failure) contradicts"),
                finding("FailedOperation.Publish", "en", Check.CONTRADICTS_OTHER_LANGUAGE, "Publishing did not succeed.",
                        "en says \"did not succeed\" where zh-CN says 成功 without a negation before it; on en: the name does not decide")),
                of(Check.CONTRADICTS_OTHER_LANGUAGE,
                        entry("DryRunOperation", "en", dryRun, "zh-CN", "DryRun 操作，代表请求将会是成功的，只是多传了 DryRun 参数。"),
                        entry("InvalidParameterValue.KeyInvalid", "en", "The key is invalid.", "zh-CN", "密钥合法。"),
                        // a negation elsewhere in the Chinese, but 成功 itself not negated
                        entry("FailedOperation.Publish", "en", "Publishing did not succeed.", "zh-CN", "发布成功，但回调异常。")));
    }

    @Test
    void languagesThatAgreeOrHaveNothingToWeighAreNotFlagged() {
        assertEquals(List.of(), of(Check.CONTRADICTS_OTHER_LANGUAGE,
                entry("InvalidParameter.InvalidKey", "en", "Invalid key", "zh-CN", "密钥无效"),
                entry("FailedOperation.Publish", "en", "Publishing did not succeed.", "zh-CN", "发布未成功。"),
                entry("FailedOperation.Publish2", "en", "Publishing failed.", "zh-CN", "发布失败。"),
                // one side negated, the other affirms nothing
                entry("InvalidParameter.Name", "en", "The name is not valid.", "zh-CN", "名称格式为小写字母。"),
                // the affirming side asks for what it names
                entry("InvalidParameter.StreetIsInvalid", "en", "Incorrect address.", "zh-CN", "地址有误，请传入正确的地址。"),
                // existence states the obstacle: there is a reseller
                entry("UnsupportedOperation.ExistedAgent", "en", "Payment-on-behalf is not supported as it is a reseller.",
                        "zh-CN", "成员或者代付者存在经销商。"),
                // one language only
                entry("FailedOperation.DryRun", "en", "The request will not be successful.")));
    }

    @Test
    void chineseInEnglishAndAnEnglishSentenceInChineseAreFlagged() {
        assertEquals(List.of(
                finding("InvalidParameter", "en", Check.OTHER_LANGUAGE_LEFT_IN, "The parameter 参数 is wrong",
                        "Chinese \"参数\" in the en text"),
                finding("InvalidParameterValue.BadBody", "en", Check.OTHER_LANGUAGE_LEFT_IN, "BadBody。",
                        "Chinese \"。\" in the en text"),
                finding("InvalidParameterValue.Rare", "en", Check.OTHER_LANGUAGE_LEFT_IN, "The value \u3400 is rare.",
                        "Chinese \"\u3400\" in the en text"),
                finding("InvalidParameter.Other", "zh-CN", Check.OTHER_LANGUAGE_LEFT_IN, "参数错误 please check the request parameters",
                        "English words \"please check the request parameters\" in the zh-CN text"),
                finding("InvalidParameter.Tail", "zh-CN", Check.OTHER_LANGUAGE_LEFT_IN, "错误：SecretId is not found here",
                        "English words \"is not found here\" in the zh-CN text")),
                of(Check.OTHER_LANGUAGE_LEFT_IN,
                        entry("InvalidParameter", "en", "The parameter 参数 is wrong"),
                        entry("InvalidParameterValue.BadBody", "en", "BadBody。"),
                        entry("InvalidParameterValue.Rare", "en", "The value \u3400 is rare."),
                        entry("InvalidParameter.Other", "zh-CN", "参数错误 please check the request parameters"),
                        entry("InvalidParameter.Tail", "zh-CN", "错误：SecretId is not found here")));
    }

    @Test
    void namesCodesAndShortPhrasesInChineseAndAsciiPunctuationInEnglishAreNotFlagged() {
        assertEquals(List.of(), of(Check.OTHER_LANGUAGE_LEFT_IN,
                entry("DryRunOperation", "zh-CN", "DryRun 操作"),
                entry("ResourceNotFound", "zh-CN", "CLB 实例不存在"),
                entry("AuthFailure", "zh-CN", "请检查 SecretId 是否正确"),
                entry("FailedOperation.A", "zh-CN", "调用 Mesh API Server 失败。"),
                entry("FailedOperation.B", "zh-CN", "无效的自定义Cache Key Cookie无效。"),
                entry("FailedOperation.C", "zh-CN", "参见 https://cloud.tencent.com/document/product/598/a.b 文档"),
                entry("FailedOperation.D", "zh-CN", "需要 a b c d 四项"),
                entry("FailedOperation.E", "en", "The parameter is wrong (see the docs); try again: now.")));
    }

    @Test
    void aTextThatIsTheCodeOrItsLastPartSpelledAsTheCodeIsFlaggedItsWordsAsAPhraseAreNot() {
        assertEquals(List.of(
                finding("FailedOperation.DescribeFailed", "en", Check.CODE_AS_TEXT, "DescribeFailed",
                        "the text is the code's last part DescribeFailed, spelled as the code"),
                finding("InvalidParameter.Name_Of_Task", "en", Check.CODE_AS_TEXT, "invalidparameter.name_of_task。",
                        "the text is the code InvalidParameter.Name_Of_Task, spelled as the code")),
                of(Check.CODE_AS_TEXT,
                        entry("FailedOperation.DescribeFailed", "en", "DescribeFailed"),
                        entry("FailedOperation.DescribeFailed2", "en", " describe failed2. "),
                        entry("InternalError", "en", "Internal error."),
                        entry("InvalidParameter.Name_Of_Task", "en", "invalidparameter.name_of_task。"),
                        entry("InvalidParameter.NameOfTheTask", "en", "Name of the task")));
    }

    @Test
    void aSentenceOfFiveWordsOrOtherTextIsNotTheCode() {
        assertEquals(List.of(), of(Check.CODE_AS_TEXT,
                entry("InvalidParameter.NameOfTheRunTask", "en", "Name of the run task"),
                entry("InternalError", "en", "An internal error occurred.", "zh-CN", "内部错误。"),
                entry("FailedOperation.DescribeFailed", "en", "Describe failed: the instance is busy."),
                entry("FailedOperation.Empty", "en", " . ")));
    }

    /** A product as a whole: entries in order, then the product's languages in order, then the checks in order. */
    @Test
    void aProductIsReviewedInEntryThenLanguageThenCheckOrderAndReportedOneLineEach() {
        ProductData data = product(
                entry("ResourceNotFound.InstanceNotFound", "zh-CN", "实例不存在。", "en", "The instance does not exist."),
                entry("InvalidParameter.InvalidPort", "zh-CN", "端口合法", "en", "InvalidPort"),
                entry("FailedOperation.UploadFailed", "zh-CN", "上传成功\t文件\n已保存", "en", "Upload failed; 上传失败"));
        List<Finding> findings = TextReview.review(data);
        assertEquals(List.of(
                finding("InvalidParameter.InvalidPort", "en", Check.CODE_AS_TEXT, "InvalidPort",
                        "the text is the code's last part InvalidPort, spelled as the code"),
                finding("InvalidParameter.InvalidPort", "zh-CN", Check.NEGATED_MEANING, "端口合法",
                        "zh-CN says 合法 without a negation; the name says Invalid"),
                finding("FailedOperation.UploadFailed", "en", Check.OTHER_LANGUAGE_LEFT_IN, "Upload failed; 上传失败",
                        "Chinese \"上传失败\" in the en text"),
                finding("FailedOperation.UploadFailed", "zh-CN", Check.NEGATED_MEANING, "上传成功\t文件\n已保存",
                        "zh-CN says 成功 without a negation; the name says Failed"),
                finding("FailedOperation.UploadFailed", "zh-CN", Check.CONTRADICTS_OTHER_LANGUAGE, "上传成功\t文件\n已保存",
                        "en says \"failed\" where zh-CN says 成功 without a negation; on zh-CN, which the name (a failure) contradicts")),
                findings);
        assertEquals("""
                demo\tInvalidParameter.InvalidPort\ten\tCODE_AS_TEXT\tInvalidPort\tthe text is the code's last part InvalidPort, spelled as the code
                demo\tInvalidParameter.InvalidPort\tzh-CN\tNEGATED_MEANING\t端口合法\tzh-CN says 合法 without a negation; the name says Invalid
                demo\tFailedOperation.UploadFailed\ten\tOTHER_LANGUAGE_LEFT_IN\tUpload failed; 上传失败\tChinese "上传失败" in the en text
                demo\tFailedOperation.UploadFailed\tzh-CN\tNEGATED_MEANING\t上传成功 文件 已保存\tzh-CN says 成功 without a negation; the name says Failed
                demo\tFailedOperation.UploadFailed\tzh-CN\tCONTRADICTS_OTHER_LANGUAGE\t上传成功 文件 已保存\ten says "failed" where zh-CN says 成功 without a negation; on zh-CN, which the name (a failure) contradicts
                """, TextReview.report(findings));
        assertEquals("", TextReview.report(List.of()));
    }

    @Test
    void theCommandReadsFactsFilesAndFoldersAndCountsEachCheck() throws IOException {
        ProductData data = product(entry("InvalidParameter.InvalidPort", "en", "InvalidPort", "zh-CN", "端口合法"));
        Path folder = Files.createDirectories(dir.resolve("facts"));
        Files.writeString(folder.resolve("demo.json"), Facts.write(data));
        Files.writeString(folder.resolve("notes.txt"), "not facts");
        String lines = """
                demo\tInvalidParameter.InvalidPort\ten\tCODE_AS_TEXT\tInvalidPort\tthe text is the code's last part InvalidPort, spelled as the code
                demo\tInvalidParameter.InvalidPort\tzh-CN\tNEGATED_MEANING\t端口合法\tzh-CN says 合法 without a negation; the name says Invalid
                """;
        assertEquals(lines + """
                # NEGATED_MEANING\t1
                # CONTRADICTS_OTHER_LANGUAGE\t0
                # OTHER_LANGUAGE_LEFT_IN\t0
                # CODE_AS_TEXT\t1
                """, TextReview.run(List.of(folder.toString())));
        assertTrue(TextReview.run(List.of(folder.resolve("demo.json").toString(), folder.toString()))
                .startsWith(lines + lines), "a file and a folder: each read");
        assertThrows(GeneratorArgumentException.class, () -> TextReview.run(List.of()));
        assertThrows(SourceFormatException.class, () -> TextReview.run(List.of(folder.resolve("notes.txt").toString())));
    }
}
