package dev.errorcatalog.i18n;

import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static dev.errorcatalog.i18n.internal.TestBundles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageBundleTest {

    @Test
    void readsStringsAndObjectsInFileOrder() {
        MessageBundle.Read r = read("""
                {"B.Two": "Second.",
                 "A.One": {"title": "One", "message": "First."},
                 "C": {"title": "T0", "message": "M0",
                       "variants": [{"title": "T1", "message": "M1"}, {"message": "M2"}]}}
                """, Locale.ENGLISH);
        assertEquals(List.of(), r.problems());
        MessageBundle b = r.bundle();
        assertEquals(List.of("B.Two", "A.One", "C"), List.copyOf(b.entries().keySet()));
        assertEquals("Second.", b.entry("B.Two").orElseThrow().message().format());
        assertEquals("One", b.entry("A.One").orElseThrow().title().orElseThrow().format());
        BundleEntry c = b.entry("C").orElseThrow();
        assertEquals(2, c.variants().size());
        assertEquals("T1", c.variants().get(0).title().orElseThrow().format());
        assertEquals(Optional.empty(), c.variants().get(1).title());
        assertEquals("M2", c.variants().get(1).message().format());
        assertEquals(Optional.empty(), b.entry("Missing"));
    }

    @Test
    void aSolutionIsAFieldOfTheEntryAndIsVerifiedLikeItsMessage() {
        MessageBundle b = read("{\"A\": {\"message\": \"参数错误。\", \"solution\": \"请检查参数。\"}, \"B\": \"无。\"}",
                Locale.SIMPLIFIED_CHINESE).bundle();
        BundleEntry a = b.entry("A").orElseThrow();
        assertEquals("请检查参数。", a.solution().orElseThrow().format());
        assertEquals(List.of("message", "solution"), a.fields().stream().map(BundleEntry.Field::name).toList());
        assertEquals(Optional.empty(), b.entry("B").orElseThrow().solution());
    }

    @Test
    void readsUtf8() {
        MessageBundle b = read("{\"A\": \"参数错误：高度。\"}", Locale.SIMPLIFIED_CHINESE).bundle();
        assertEquals("参数错误：高度。", b.entry("A").orElseThrow().message().format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"A\": \"ok\", \"A\": \"again\"}                          | A | the key appears more than once",
            "{\"A\": 42}                                                 | A | must be a message string or an object with \"message\", found a number",
            "{\"A\": [\"x\"]}                                            | A | found an array",
            "{\"A\": \"   \"}                                            | A | message is empty",
            "{\"A\": \"Bad {brace\"}                                     | A | not valid ICU MessageFormat",
            "{\"A\": {\"title\": \"T\"}}                                 | A | has no \"message\"",
            "{\"A\": {\"message\": \"M\", \"colour\": \"x\"}}            | A | unknown field \"colour\"",
            "{\"A\": {\"message\": 1}}                                   | A | \"message\" must be a string",
            "{\"A\": {\"message\": \"M\", \"variants\": [{\"title\": \"T\"}]}} | A | variants[0] has no \"message\"",
            "{\"A\": {\"message\": \"M\", \"variants\": {}}}             | A | \"variants\" must be an array",
            "{\"A\": {\"message\": \"M\", \"variants\": [{\"message\": \"V\"}, 3]}} | A | variants[1] must be an object, found a number",
            "{\"A\": {\"message\": \"M\", \"solution\": \" \"}}         | A | solution is empty",
            "{\"A\": {\"message\": \"M\", \"solution\": 2}}             | A | \"solution\" must be a string",
            "{\"A\": {\"message\": \"M\", \"variants\": [{\"message\": \"V\", \"solution\": \"S\"}]}} | A | \"solution\" belongs to the entry itself",
            "{\"A\": {\"message\": \"M\", \"variants\": [{\"message\": \"V\", \"variants\": []}]}} | A | must be an array of objects on the entry itself",
    })
    void anEntryThatIsWrongIsLeftOutAndReportedWithItsKey(String json, String key, String expected) {
        MessageBundle.Read r = read(json.replace("{\"A\": \"ok\", ", "{\"Z\": \"kept\", \"A\": \"ok\", "), Locale.ENGLISH);
        assertEquals(1, r.problems().size(), r.problems().toString());
        BundleProblem p = r.problems().get(0);
        assertEquals(Optional.of(key), p.key());
        assertEquals("demo", p.owner());
        assertEquals("demo/en.json", p.file());
        assertTrue(p.description().contains(expected), p.description());
        assertTrue(p.toString().startsWith("demo en (demo/en.json) key 'A': "), p.toString());
    }

    @Test
    void otherEntriesOfTheFileSurviveABadOne() {
        MessageBundle.Read r = read("{\"Good\": \"Fine.\", \"Bad\": \"{oops\", \"Also\": \"Fine too.\"}", Locale.ENGLISH);
        assertEquals(List.of("Good", "Also"), List.copyOf(r.bundle().entries().keySet()));
        assertEquals(1, r.problems().size());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "{\"A\": \"x\"                | not valid JSON",
            "[\"A\"]                      | the top level must be a JSON object",
            "{\"A\": \"x\"} {\"B\": \"y\"} | unexpected content after the top-level object",
            "not json                     | not valid JSON",
            "''                           | the top level must be a JSON object",
            "{\"A\": {\"message\": \"x\", \"variants\": [{\"message\": {\"a\": {\"b\": {\"c\": {\"d\": {\"e\": {\"f\": 1}}}}}}}]}} | not valid JSON",
    })
    void aFileThatCannotBeReadFailsAsAWholeSayingWhereAndWhy(String json, String expected) {
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> read(json, Locale.ENGLISH));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("demo en (demo/en.json)"), e.getMessage());
        assertEquals(Optional.empty(), e.problem().key());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // hex bytes between '{"Z": "kept",\n "A": "' and '"}' | byte offset | line, column of the first bad byte
            "ff             | 21 | line 2, column 8",
            "c080           | 21 | line 2, column 8",   // an overlong NUL
            "eda080         | 21 | line 2, column 8",   // an encoded surrogate
            "f4908080       | 21 | line 2, column 8",   // beyond U+10FFFF
            "e4b8           | 21 | line 2, column 8",   // cut short by the closing quote
            "e58f82e4b8     | 24 | line 2, column 9",   // after a good character
            "80             | 21 | line 2, column 8",   // a stray continuation byte
    })
    void bytesThatAreNotUtf8FailTheFileNamingWhere(String hex, int offset, String place) {
        byte[] head = "{\"Z\": \"kept\",\n \"A\": \"".getBytes(StandardCharsets.UTF_8);
        byte[] bad = HexFormat.of().parseHex(hex);
        byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
        byte[] file = new byte[head.length + bad.length + tail.length];
        System.arraycopy(head, 0, file, 0, head.length);
        System.arraycopy(bad, 0, file, head.length, bad.length);
        System.arraycopy(tail, 0, file, head.length + bad.length, tail.length);
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> MessageBundle.read(
                new ByteArrayInputStream(file), "demo", Locale.ENGLISH, "demo/en.json"));
        assertTrue(e.getMessage().startsWith("demo en (demo/en.json): not UTF-8"), e.getMessage());
        assertTrue(e.getMessage().contains("at byte offset " + offset + " (" + place + ")"), e.getMessage());
        assertEquals(Optional.empty(), e.problem().key());
    }

    @Test
    void aKeyThatIsNotUtf8FailsTheFile() {
        byte[] file = {'{', '"', 'A', (byte) 0xff, '"', ':', '"', 'x', '"', '}'};
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> MessageBundle.read(
                new ByteArrayInputStream(file), "demo", Locale.ENGLISH, "demo/en.json"));
        assertTrue(e.getMessage().contains("not UTF-8: the byte(s) 0xFF at byte offset 3 (line 1, column 4)"), e.getMessage());
    }

    @Test
    void aFileCutShortInACharacterFailsTheFile() {
        byte[] file = {'{', '"', 'A', '"', ':', '"', 'x', '"', '}', (byte) 0xe4};
        BundleFormatException e = assertThrows(BundleFormatException.class, () -> MessageBundle.read(
                new ByteArrayInputStream(file), "demo", Locale.ENGLISH, "demo/en.json"));
        assertTrue(e.getMessage().contains("not UTF-8: the byte(s) 0xE4 at byte offset 9 (line 1, column 10)"), e.getMessage());
    }

    @Test
    void aLeadingByteOrderMarkIsSkipped() {
        byte[] json = "\uFEFF{\"A\": \"参数错误。\"}".getBytes(StandardCharsets.UTF_8);
        MessageBundle.Read r = MessageBundle.read(new ByteArrayInputStream(json), "demo", Locale.SIMPLIFIED_CHINESE, "demo/zh-CN.json");
        assertEquals(List.of(), r.problems());
        assertEquals("参数错误。", r.bundle().entry("A").orElseThrow().message().format());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        BundleFormatException e = assertThrows(BundleFormatException.class,
                () -> read("{\n  \"A\": \"x\",\n  \"B\" \"y\"\n}", Locale.ENGLISH));
        assertTrue(e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void oneOverLongValueDropsThatEntryNotTheFile() {
        String tooLong = "x".repeat(MessageBundle.MAX_MESSAGE_LENGTH + 1);
        MessageBundle.Read r = read("{\"A.Long\": \"" + tooLong + "\", \"B.Fine\": \"Fine.\","
                + " \"C.Long\": {\"title\": \"T\", \"message\": \"" + tooLong + "\"}}", Locale.ENGLISH);
        assertEquals(List.of("B.Fine"), List.copyOf(r.bundle().entries().keySet()));
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertEquals(Optional.of("A.Long"), r.problems().get(0).key());
        assertTrue(r.problems().get(0).description().contains("longer than " + MessageBundle.MAX_MESSAGE_LENGTH),
                r.problems().get(0).description());
    }

    @Test
    void aPatternNestedThousandsOfLevelsDeepIsReportedNotOverflowed() {
        String deep = "{a,select,other{".repeat(3500) + "x" + "}}".repeat(3500); // under the string length limit
        MessageBundle.Read r = read("{\"A.Deep\": \"" + deep + "\", \"B.Fine\": \"Fine.\"}", Locale.ENGLISH);
        assertEquals(List.of("B.Fine"), List.copyOf(r.bundle().entries().keySet()));
        assertEquals(Optional.of("A.Deep"), r.problems().get(0).key());
        assertTrue(r.problems().get(0).description().contains("nested"), r.problems().get(0).description());
    }
}
