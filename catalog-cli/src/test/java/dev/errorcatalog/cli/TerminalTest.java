package dev.errorcatalog.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import static dev.errorcatalog.cli.ExplainCommandTest.cli;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A terminal a person reads: colour and wrapping only there; a pipe gets plain lines. */
class TerminalTest {
    @Test
    void colourOnlyOnATerminalWithoutNoColor() {
        assertEquals(Terminal.PIPE, Terminal.of(false, Map.of()));
        assertEquals(Terminal.PIPE, Terminal.of(false, Map.of("COLUMNS", "120")), "a pipe is never coloured nor wrapped");
        assertEquals(new Terminal(true, 80), Terminal.of(true, Map.of()));
        assertEquals(new Terminal(false, 80), Terminal.of(true, Map.of("NO_COLOR", "1")));
        assertEquals(new Terminal(true, 80), Terminal.of(true, Map.of("NO_COLOR", "")), "no-color.org: set and not empty");
        assertEquals(new Terminal(false, 80), Terminal.of(true, Map.of("TERM", "dumb")));
        assertEquals(new Terminal(true, 132), Terminal.of(true, Map.of("COLUMNS", "132")));
        assertEquals(new Terminal(true, 80), Terminal.of(true, Map.of("COLUMNS", "wide")));
    }

    @Test
    void wrappingKeepsTheIndentation() {
        Terminal t = new Terminal(false, 40);
        String wrapped = t.wrap("The sub-account is not authorized by the main account to access the API.", 15);
        List<String> lines = wrapped.lines().toList();
        assertTrue(lines.size() > 1, wrapped);
        for (String l : lines.subList(1, lines.size())) {
            assertTrue(l.startsWith(" ".repeat(15)) && !l.startsWith(" ".repeat(16)), "under its column: '" + l + "'");
        }
        lines.forEach(l -> assertTrue(Terminal.columns(l.strip()) <= 25, l));
        assertEquals("The sub-account is not authorized by the main account to access the API.",
                String.join(" ", lines.stream().map(String::strip).toList()), "no word lost or cut");
        // Chinese has no spaces: cut where the line ends, each character two columns wide
        String zh = t.wrap("子账号未被主账号授权访问该接口，请联系主账号管理员开通接口权限。", 15);
        zh.lines().forEach(l -> assertTrue(Terminal.columns(l.strip()) <= 25, l));
        assertTrue(zh.lines().count() >= 3, zh);
        assertEquals("short", Terminal.PIPE.wrap("short " .strip(), 15));
    }

    @Test
    void theTextFormatColoursAndWrapsOnlyWhenToldTo() {
        StringWriter coloured = new StringWriter();
        LoadedCatalog.get(); // the same catalog as cli() uses
        Finder finder = new Finder(LoadedCatalog.get(), options());
        new TextFormat(new PrintWriter(coloured, true), Map.of(), new Terminal(true, 60)).answers(finder.lookup("AuthFailure.Unknown"));
        assertTrue(coloured.toString().contains("\u001b[1m"), coloured.toString());
        assertTrue(coloured.toString().contains("\u001b[1;33mAuthFailure.Unknown: no product has this code"), coloured.toString());
        StringWriter plain = new StringWriter();
        new TextFormat(new PrintWriter(plain, true), Map.of(), Terminal.PIPE).answers(finder.lookup("AuthFailure.Unknown"));
        assertFalse(plain.toString().contains("\u001b"), plain.toString());
        // what cli() runs is no terminal: no escape codes, one line per field
        ExplainCommandTest.Result r = cli("lookup", "-p", "legacy", "AuthFailure");
        assertFalse(r.out().contains("\u001b"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.startsWith("  message:     ") && l.length() > 100), r.out());
    }

    @Test
    void searchRowsAreAligned() {
        ExplainCommandTest.Result r = cli("search", "-n", "6", "CMK", "disabled");
        assertEquals(0, r.exit(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.size() > 2, r.out());
        // each message starts in the column after the widest code and two spaces
        List<Integer> starts = lines.stream().map(l -> {
            String[] parts = l.split(" +", 3);
            return l.indexOf(parts[2], l.indexOf(parts[1]) + parts[1].length());
        }).distinct().toList();
        assertEquals(1, starts.size(), r.out());
    }

    private static CatalogOptions options() {
        CatalogOptions o = new CatalogOptions();
        o.locale = "en";
        return o;
    }
}
