package dev.errorcatalog.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** explain (and the error lines of every command) on pasted text, in this JVM: answers at once, one short line on failure. */
class ExplainCommandTest {
    /** A bound for "does not hang": generous, the fixed commands answer in milliseconds. */
    static final Duration PROMPTLY = Duration.ofSeconds(10);

    record Result(int exit, String out, String err) {
        /** The one line on standard error, checked to be short whatever the input's size. */
        String errorLine() {
            List<String> lines = err.lines().toList();
            assertEquals(1, lines.size(), "exactly one line on standard error: " + err.substring(0, Math.min(err.length(), 2000)));
            assertTrue(lines.get(0).startsWith("errorcatalog: "), lines.get(0));
            assertTrue(lines.get(0).length() < 600, "a short line, whatever the input: " + lines.get(0).length() + " characters");
            return lines.get(0);
        }
    }

    /** Runs the command line as Main does, within {@link #PROMPTLY}. */
    static Result cli(String... args) {
        return assertTimeoutPreemptively(PROMPTLY, () -> {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Result(exit, out.toString(), err.toString());
        }, () -> "did not answer within " + PROMPTLY + ": " + args[0]);
    }

    @Test
    void anSdkLineWithLongRunsOfWhiteSpaceAnswersAtOnce() {
        for (int n : new int[]{3_000, 100_000}) {
            String spaces = " ".repeat(n);
            String line = "[TencentCloudSDKException]code: InvalidParameterValue.FileIdsTooMany message: too" + spaces + "many"
                    + spaces + "ids requestId:" + spaces + "r-1" + spaces;
            Result r = cli("explain", "-p", "vod", line);
            assertEquals(0, r.exit(), r.err());
            assertTrue(r.out().startsWith("code:            InvalidParameterValue.FileIdsTooMany  (API V3)\n"
                    + "request id:      r-1\nserver message:  too" + spaces + "many" + spaces + "ids\n"), n + " spaces");
            // and where the request id is not the end of the line, so no match of the whole line is possible
            Result notLast = cli("explain", "-p", "vod", line + "x" + spaces + "y");
            assertEquals(0, notLast.exit(), notLast.err());
            assertTrue(notLast.out().contains("request id:      (none)"), n + " spaces");
        }
    }

    @Test
    void aDottedWordOfThousandsOfPartsIsNoStackOverflow() {
        String dotted = "Abc" + ".d".repeat(100_000);
        Result found = cli("explain", "upload failed: " + dotted + " then ResourceNotFound.FileNotExist");
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("vod:ResourceNotFound.FileNotExist (exact)"), found.out());
        Result labelled = cli("explain", "-p", "vod", "error code: " + dotted + " then ResourceNotFound.FileNotExist");
        assertEquals(0, labelled.exit(), labelled.err());
        assertTrue(labelled.out().contains("vod:ResourceNotFound.FileNotExist (exact)"), "a labelled word that is no code is passed over");
        Result none = cli("explain", "upload failed: " + dotted);
        assertEquals(2, none.exit(), none.err());
        assertTrue(none.errorLine().contains("no error code found"), none.err());
    }

    @Test
    void aRunOfCombiningMarksIsReadInOnePass() {
        // a word boundary before each of them was looked for by walking back over all the marks before it
        String marks = "Ab" + "\u0301".repeat(200_000);
        Result r = cli("explain", "failed: " + marks + " ResourceNotFound.FileNotExist requestId: " + marks);
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("vod:ResourceNotFound.FileNotExist (exact)"), r.out().substring(0, Math.min(300, r.out().length())));
    }

    @Test
    void theMatchedLineSaysWhichStepOfTheOrderAnswered() {
        // a common code answers for the very code asked for, but it is not the product's own entry: not "(exact)"
        Result common = cli("lookup", "-p", "vod", "AuthFailure.SignatureExpire");
        assertEquals(0, common.exit(), common.err());
        assertTrue(common.out().contains("  matched:     common:AuthFailure.SignatureExpire (common code)\n"), common.out());
        assertTrue(common.out().contains("  why:         AuthFailure.SignatureExpire not in vod; answered with common:AuthFailure.SignatureExpire\n"),
                common.out());
        Result own = cli("lookup", "-p", "vod", "ResourceNotFound.FileNotExist");
        assertTrue(own.out().contains("  matched:     vod:ResourceNotFound.FileNotExist (exact)\n"), own.out());
        assertFalse(own.out().contains("  why:"), own.out());
        Result parent = cli("lookup", "-p", "vod", "ResourceNotFound.NoSuchThing");
        assertTrue(parent.out().contains("  matched:     vod:ResourceNotFound (parent code)\n"), parent.out());
        Result commonParent = cli("lookup", "-p", "vod", "ServiceUnavailable.NoSuchThing");
        assertTrue(commonParent.out().contains("  matched:     common:ServiceUnavailable (common parent code)\n"), commonParent.out());
        // the Markdown table explains a common answer as the text does
        Result markdown = cli("lookup", "-p", "vod", "-f", "markdown", "AuthFailure.SignatureExpire");
        assertTrue(markdown.out().contains("AuthFailure.SignatureExpire not in vod; answered with common:AuthFailure.SignatureExpire"),
                markdown.out());
    }

    @Test
    void errorLinesQuoteTheirInputShortened() {
        String huge = "x".repeat(1_000_000);
        assertTrue(cli("explain", huge).errorLine().contains("': no such file"));
        assertTrue(cli("explain", "/tmp/" + huge).errorLine().startsWith("errorcatalog: '/tmp/xxx"));
        Result search = cli("search", "-p", "kms", "x".repeat(SearchCommand.MAX_QUERY));
        assertEquals(1, search.exit());
        assertTrue(search.errorLine().startsWith("errorcatalog: no code or message matches 'xxx"), search.err());
        assertTrue(cli("lookup", "--arg", huge, "InternalError").errorLine().contains("is not NAME=VALUE"));
        assertTrue(cli("lookup", "--" + huge, "InternalError").errorLine().contains("Unknown option"));
        assertTrue(cli("lookup", "-p", huge, "InternalError").errorLine().contains("unknown product"));
        assertTrue(cli("lookup", huge).errorLine().contains("is not an error code"));
        assertTrue(cli("explain", "-l", huge, "InternalError x").errorLine().contains("is not a language tag"));
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingTheFileAndTheByteOffset(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("failed: ResourceNotFound.FileNotExist ".getBytes(StandardCharsets.US_ASCII)); // 38 bytes
        bytes.write(0xff);
        Path stray = Files.write(dir.resolve("stray.log"), bytes.toByteArray());
        Result r = cli("explain", stray.toString());
        assertEquals(2, r.exit(), r.out());
        assertEquals("errorcatalog: '" + stray + "': not UTF-8: the byte(s) 0xFF at byte offset 38 (line 1, column 39) are not a UTF-8 sequence"
                + " (an overlong form, a surrogate, beyond U+10FFFF, a stray or cut-short byte)", r.errorLine());
        // a surrogate encoded as UTF-8 (CESU-8) is refused as the library's parser refuses it
        Path cesu = Files.write(dir.resolve("cesu.log"), new byte[]{'I', 'n', 't', 'e', 'r', 'n', 'a', 'l', 'E', 'r', 'r', 'o', 'r',
                ' ', (byte) 0xed, (byte) 0xa0, (byte) 0x80});
        Result surrogate = cli("explain", cesu.toString());
        assertEquals(2, surrogate.exit(), surrogate.out());
        assertTrue(surrogate.errorLine().contains("cesu.log': not UTF-8: the byte(s) 0xED 0xA0 0x80 at byte offset 14 (line 1, column 15)"), surrogate.err());
        assertFalse(surrogate.out().contains("InternalError"), surrogate.out());
    }

    @Test
    void anArgumentHoldingALoneSurrogateIsRefusedAsTheLibraryRefusesIt() {
        Result r = cli("explain", "failed: ResourceNotFound.FileNotExist \ud800 x");
        assertEquals(2, r.exit(), r.out());
        assertEquals("errorcatalog: 'the argument': not Unicode text: a lone surrogate \\ud800 at character 38", r.errorLine());
    }

    @Test
    void aServersMessageInCyrillicIsLabelledByItsScriptNotByTheLocaleAskedFor() {
        Result r = cli("explain", "-p", "vod", "-l", "zh-CN",
                "{\"Response\":{\"Error\":{\"Code\":\"Nope.Never\",\"Message\":\"Ресурс не найден\"},\"RequestId\":\"r-1\"}}");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("Nope.Never  (vod, und-Cyrl)\n"), r.out());
        assertTrue(r.out().contains("  note:        vod has no text for this code; the server's message is shown, in und-Cyrl"
                + " (Cyrillic script, language not known)\n"), r.out());
    }
}
