package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.errorcatalog.i18n.Printable;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SdkEnumParserTest {
    static final String KMS = """
            package com.tencentcloudapi.kms.v20190118;
            public enum KmsErrorCode {
                 /* CAM签名/鉴权错误。 */
                 AUTHFAILURE("AuthFailure"),
                \s
                 /* 一段
                    跨行的  说明。 */
                 FAILEDOPERATION_DECRYPTERROR("FailedOperation.DecryptError"),
                 UNSUPPORTEDOPERATION("UnsupportedOperation"),
                \s
                 /*   */
                 INTERNALERROR("InternalError");
                \s
                private String value;
                private KmsErrorCode (String value){
                    this.value = value;
                }
            }
            """;

    @Test
    void readsEveryConstantWithItsCommentAndLine() {
        List<SdkEnumParser.Constant> constants = SdkEnumParser.parse("KmsErrorCode.java", KMS);
        assertEquals(List.of(
                new SdkEnumParser.Constant("AUTHFAILURE", "AuthFailure", "CAM签名/鉴权错误。", 4),
                new SdkEnumParser.Constant("FAILEDOPERATION_DECRYPTERROR", "FailedOperation.DecryptError", "一段 跨行的 说明。", 8),
                new SdkEnumParser.Constant("UNSUPPORTEDOPERATION", "UnsupportedOperation", "", 9),
                new SdkEnumParser.Constant("INTERNALERROR", "InternalError", "", 12)), constants);
    }

    @Test
    void aConstantKeepsItsNameAsWrittenHoweverLongOrWhateverItsLetters() {
        String longName = "FAILEDOPERATION_" + "X".repeat(80);
        List<SdkEnumParser.Constant> constants = SdkEnumParser.parse("E.java",
                "public enum E {\n  " + longName + "(\"FailedOperation.X\"),\n  ÄNDERUNG(\"FailedOperation.Y\");\n}");
        assertEquals(List.of(longName, "ÄNDERUNG"), constants.stream().map(SdkEnumParser.Constant::name).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "public class Nope {}                                   | X.java: not an enum declaration",
            "public enum E {\\n /* open\\n A(\"A\");\\n}                | X.java:2: a comment opened here is never closed",
            "public enum E {\\n  A(\"A\"),\\n  B \"B\");\\n}            | X.java:3: expected '(' in constant B, found",
            "public enum E {\\n  A(\"A),\\n}                          | X.java:2: the code string of A is not closed on its line",
            "public enum E {\\n  A(\"A\"),\\n  = 3;\\n}                 | X.java:3: expected a constant such as NAME(\"Code\"), found '= 3;'",
            "public enum E {\\n  ;\\n}                                | X.java:2: the enum has no constants: the SDK lists no error code for this product",
            "public enum E {\\n  A(\"A\")                             | X.java:2: the enum's constants end without a ';' or '}'",
    })
    void aFileItCannotReadIsAnErrorNamingFileAndLine(String text, String expected) {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> SdkEnumParser.parse("X.java", text.replace("\\n", "\n")));
        assertEquals(true, e.getMessage().startsWith(expected), e.getMessage());
        assertEquals("X.java", e.file());
    }

    @Test
    void manyConstantsOnOneLongLineAreReadInLinearTime() {
        StringBuilder s = new StringBuilder("public enum E {\n");
        // 19,000 constants on a line of 19 million characters: looking ahead to the line's end for each is 10^11 steps
        for (int i = 0; i < 19_000; i++) {
            s.append("A").append(i).append("(\"FailedOperation.A").append(i).append("\"),").append(" ".repeat(1000));
        }
        String text = s.append("Z(\"Z\");\n}\n").toString();
        List<SdkEnumParser.Constant> constants = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> SdkEnumParser.parse("X.java", text));
        assertEquals(19_001, constants.size());
    }

    @Test
    void moreConstantsThanAnyEnumHoldsAreRefusedNamingFileAndLine() {
        String text = "public enum E {\n" + "A(\"A\"),\n".repeat(20_000 + 1) + "}\n";
        SourceFormatException e = assertThrows(SourceFormatException.class, () -> SdkEnumParser.parse("X.java", text));
        assertEquals(20_000 + 2, e.line());
        assertTrue(e.getMessage().startsWith("X.java:" + e.line() + ": more than 20,000 constants"), e.getMessage());
    }

    @Test
    void whatAnErrorQuotesFromTheFileIsPrintable() {
        SourceFormatException e = assertThrows(SourceFormatException.class,
                () -> SdkEnumParser.parse("X\u001b[2J.java", "public enum E {\n  \u001b]0;t\u0007 = 3;\n}"));
        assertEquals(Printable.of(e.getMessage()), e.getMessage());
        assertTrue(e.getMessage().startsWith("X\\u001b[2J.java:2: expected a constant such as NAME(\"Code\"), found '\\u001b]0;t\\u0007 = 3;'"),
                e.getMessage());
    }
}
