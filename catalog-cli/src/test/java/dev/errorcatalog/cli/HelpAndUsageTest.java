package dev.errorcatalog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static dev.errorcatalog.cli.ExplainCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Help that is true and readable; mistakes of usage that say what was meant. */
class HelpAndUsageTest {
    @ParameterizedTest
    @ValueSource(strings = {"list", "export"})
    void listAndExportHelpGiveTheirOwnDefaultAndSayHowTheyDiffer(String command) {
        ExplainCommandTest.Result r = cli(command, "--help");
        assertEquals(0, r.exit(), r.err());
        String flat = r.out().replaceAll("\\s+", " ");
        assertFalse(flat.contains("(default: every installed product)"), flat);
        assertTrue(flat.contains("for list and export, common"), flat);
        assertTrue(flat.contains(command.equals("list") ? "export gives more" : "more than list gives"), flat);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "products", "lookup", "explain", "search", "list", "export"})
    void everyExampleIsPrintedWhole(String command) {
        String[] args = command.isEmpty() ? new String[]{"--help"} : new String[]{command, "--help"};
        ExplainCommandTest.Result r = cli(args);
        assertEquals(0, r.exit(), r.err());
        CommandLine cl = ErrorCatalogCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
        CommandLine target = command.isEmpty() ? cl : cl.getSubcommands().get(command);
        List<String> examples = new ArrayList<>(List.of(target.getCommandSpec().usageMessage().footer()));
        assertFalse(examples.isEmpty(), command);
        List<String> lines = r.out().lines().toList();
        for (String example : examples) {
            assertTrue(lines.contains(example), "not wrapped inside a word: '" + example + "' in\n" + r.out());
        }
    }

    @Test
    void aMistypedCommandGetsTheCommandItMeant() {
        ExplainCommandTest.Result r = cli("lookpu", "InternalError");
        assertEquals(ExitCode.BAD_INPUT, r.exit());
        assertEquals("errorcatalog: 'lookpu' is not a command; did you mean lookup? (see 'errorcatalog --help')", r.errorLine());
        ExplainCommandTest.Result none = cli("frobnicate");
        assertTrue(none.errorLine().startsWith("errorcatalog: 'frobnicate' is not a command; the commands: products, lookup, explain,"),
                none.err());
    }

    @Test
    void aWordThatIsNoLanguageIsRefusedSayingWhatIsAccepted() {
        ExplainCommandTest.Result cn = cli("lookup", "-l", "cn", "-p", "vod", "InternalError");
        assertEquals(ExitCode.BAD_INPUT, cn.exit(), cn.out());
        assertEquals("errorcatalog: --locale 'cn': 'cn' is no language; did you mean zh-CN ('cn' is the country code of China)?"
                + " (a language tag such as en or zh-CN, or a list such as 'zh-CN, en;q=0.8')", cn.errorLine());
        assertEquals("", cn.out());
        ExplainCommandTest.Result chinese = cli("list", "-l", "chinese", "-p", "kms");
        assertEquals(ExitCode.BAD_INPUT, chinese.exit(), chinese.out());
        assertTrue(chinese.errorLine().contains("'chinese' is no language; did you mean zh-CN?"), chinese.err());
        assertEquals(ExitCode.BAD_INPUT, cli("search", "-l", "en, cn;q=0.5", "disabled").exit(), "every item of a list is checked");
        // a language the product does not ship is a language: answered in another, with a note
        ExplainCommandTest.Result fr = cli("lookup", "-l", "fr", "-p", "vod", "InternalError");
        assertEquals(ExitCode.OK, fr.exit(), fr.err());
        assertEquals(ExitCode.OK, cli("lookup", "-l", "yue", "-p", "vod", "InternalError").exit(), "three letters: ISO 639-2 and -3");
    }

    @Test
    void aSourceIsNamedByItsTitleNotByAStoredFileName() {
        ExplainCommandTest.Result r = cli("lookup", "-p", "kms", "FailedOperation");
        assertTrue(r.out().contains("  source:      DOCUMENT KMS error codes, English (Tencent Cloud documentation)\n"), r.out());
        ExplainCommandTest.Result products = cli("products");
        assertFalse(products.out().contains(".txt)"), products.out());
        assertTrue(products.out().contains("data: API 2.0 common error codes\n"), products.out());
    }
}
