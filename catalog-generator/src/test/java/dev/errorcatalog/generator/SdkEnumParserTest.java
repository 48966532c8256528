package dev.errorcatalog.generator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
}
