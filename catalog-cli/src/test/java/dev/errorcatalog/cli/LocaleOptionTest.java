package dev.errorcatalog.cli;

import dev.errorcatalog.cli.ExplainCommandTest.Result;
import org.junit.jupiter.api.Test;

import static dev.errorcatalog.cli.ExplainCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --locale is read as negotiation reads it: the language a note says was not answered is one that was wanted. */
class LocaleOptionTest {
    @Test
    void aLanguageRefusedWithWeightZeroIsNotTheOneAskedFor() {
        // en;q=0 refuses English: the answer in Chinese is what was asked for, with no note that it is not English
        Result r = cli("lookup", "-p", "vod", "-l", "en;q=0, zh-CN", "InvalidParameterValue.FileIdsTooMany");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("(vod, zh-CN)"), r.out());
        assertFalse(r.out().contains("note:"), r.out());
        Result list = cli("list", "-p", "kms", "-l", "en;q=0, zh-CN");
        assertEquals(0, list.exit(), list.err());
        assertEquals("", list.err());
        // the first language that is not refused is the one a note speaks of
        Result french = cli("lookup", "-p", "vod", "-l", "zh;q=0, fr", "InvalidParameterValue.FileIdsTooMany");
        assertTrue(french.out().contains("  note:        vod has no fr text for this code; answered in en\n"), french.out());
    }
}
