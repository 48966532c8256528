package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.Message;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextsTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "业务正在更新中，请您耐心等待。", "占位符", "无", "暂无", "None", "InvalidParameter.ViolationContent"})
    void placeholdersAndTheCodeItselfCountAsAbsent(String text) {
        assertEquals(Optional.empty(), Texts.present(text, "InvalidParameter.ViolationContent"));
    }

    @Test
    void realTextIsKeptStripped() {
        assertEquals(Optional.of("操作失败。"), Texts.present(" 操作失败。 ", "FailedOperation"));
        assertEquals(Optional.empty(), Texts.present(null, "FailedOperation"));
    }

    @Test
    void linksBecomeLabelsAndHelpLinksAndInlineCodeLosesItsBackticks() {
        List<URI> links = new ArrayList<>();
        assertEquals("请参考 CAM 文档，`Authorization` 不对。",
                Texts.withoutLinks("请参考 [CAM](/document/product/598) 文档，`Authorization` 不对。", links));
        assertEquals(List.of(URI.create("https://cloud.tencent.com/document/product/598")), links);
        assertEquals("Decryption of EncryptedKeyMaterial failed, see [x].",
                Texts.plain("Decryption of `EncryptedKeyMaterial` failed, see [x].", new ArrayList<>()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Plain text.", "It doesn't matter.", "Braces {like this} stay.", "Quote '{' and '' both.", "A}B{C"})
    void aPatternFormatsToExactlyTheText(String text) {
        assertEquals(text, Message.compile(Texts.pattern(text), Locale.ENGLISH).format());
    }
}
