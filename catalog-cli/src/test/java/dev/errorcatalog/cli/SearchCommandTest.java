package dev.errorcatalog.cli;

import org.junit.jupiter.api.Test;

import static dev.errorcatalog.cli.ExplainCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchCommandTest {
    @Test
    void aPastedMegabyteIsRefusedAtOnceNotSearchedForMinutes() {
        // every two characters of a Chinese run are a word to look for in every message of every product
        ExplainCommandTest.Result chinese = cli("search", "白盒密钥服务尚未开通".repeat(100_000));
        assertEquals(2, chinese.exit(), chinese.out());
        assertEquals("errorcatalog: the words to search for are 1000000 characters long; search reads at most 1000"
                + " (explain reads a whole log line)", chinese.errorLine());
        ExplainCommandTest.Result words = cli("search", "upload failed  on\tthe 7th try ".repeat(35_000));
        assertEquals(2, words.exit(), words.out());
    }

    @Test
    void aLongPhraseWithinTheBoundIsStillSearched() {
        ExplainCommandTest.Result r = cli("search", "-p", "kms", "白盒密钥服务尚未开通" + " ".repeat(900) + "白盒密钥服务尚未开通");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().startsWith("kms      ResourceUnavailable.NotPurchased  The white-box key service has not been activated."),
                r.out());
    }
}
