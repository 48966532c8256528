package dev.errorcatalog.cli;

import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PastedTextTest {
    private static final long SEED = Long.getLong("fuzz.seed", 20261124L);

    @Test
    void theSdksOwnLine() {
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.of("FailedOperation.ServiceNotExist"), "the service is gone",
                        Optional.of("ed93f3cb-1"))),
                PastedText.sdkLine("2026-11-24 WARN [TencentCloudSDKException]code: FailedOperation.ServiceNotExist"
                        + " message:the service is gone requestId:ed93f3cb-1"));
        // the SDK writes an empty code and an empty request id so, for a call it did not send
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.empty(), "could not connect", Optional.empty())),
                PastedText.sdkLine("[TencentCloudSDKException]code:  message:could not connect requestId:"));
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.empty(), "no code here", Optional.empty())),
                PastedText.sdkLine("[TencentCloudSDKException] message:  no code here  "));
        // a request id only ends the line; one inside the message is part of it
        assertEquals("a requestId: x then more", PastedText.sdkLine("[TencentCloudSDKException]message:a requestId: x then more")
                .orElseThrow().message());
        assertEquals(Optional.of("r-2"), PastedText.sdkLine("[TencentCloudSDKException]message:a requestId: x requestId:\t r-2")
                .orElseThrow().requestId());
        assertEquals(Optional.empty(), PastedText.sdkLine("[TencentCloudSDKException]code: A B message: x"));
        assertEquals(Optional.empty(), PastedText.sdkLine("TencentCloudSDKException: code: A message: x"));
    }

    @Test
    void aPastedStackTraceEndsTheMessageAtTheLineEndAndKeepsTheRequestId() {
        String trace = "com.tencentcloudapi.common.exception.TencentCloudSDKException: [TencentCloudSDKException]code:"
                + " ResourceUnavailable.CmkDisabled message:The CMK is disabled. requestId:4b5e-9a1c-77d2\n"
                + "\tat com.tencentcloudapi.common.AbstractClient.internalRequest(AbstractClient.java:350)\n"
                + "\tat com.tencentcloudapi.kms.v20190118.KmsClient.Encrypt(KmsClient.java:512)\n";
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.of("ResourceUnavailable.CmkDisabled"), "The CMK is disabled.",
                Optional.of("4b5e-9a1c-77d2"))), PastedText.sdkLine(trace));
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.of("A"), "m", Optional.of("r-1"))),
                PastedText.sdkLine(trace.replace("The CMK is disabled. requestId:4b5e-9a1c-77d2", "m requestId:r-1")
                        .replace("code: ResourceUnavailable.CmkDisabled", "code: A").replace("\n", "\r\n")),
                "Windows line ends too");
        // a message of two lines runs on to the line with the request id, unless the stack trace comes first
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.of("A"), "first\nsecond", Optional.of("r-22"))),
                PastedText.sdkLine("[TencentCloudSDKException]code: A message:first\nsecond requestId:r-22\n\tat x.Y(Y.java:1)"));
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.of("A"), "no id", Optional.empty())),
                PastedText.sdkLine("[TencentCloudSDKException]code: A message:no id\n\tat x.Y(Y.java:1) requestId:not-this-one"));
        assertEquals(Optional.of(new PastedText.SdkLine(Optional.of("A"), "", Optional.empty())),
                PastedText.sdkLine("[TencentCloudSDKException]code: A message:\n\tat x.Y(Y.java:1)"));
    }

    @Test
    void aLabelledCode() {
        assertEquals(Optional.of("ResourceNotFound.FileNotExist"), PastedText.labelledCode("{\"Code\":\"ResourceNotFound.FileNotExist\"}"));
        assertEquals(Optional.of("InternalError"), PastedText.labelledCode("error_code = 'InternalError'"));
        assertEquals(Optional.of("A.b_c"), PastedText.labelledCode("ErrorCode: A.b_c..d"));
        assertEquals(Optional.of("A"), PastedText.labelledCode("myerror_code: 7 code: A."), "a label starts a word");
        assertEquals(Optional.empty(), PastedText.labelledCode("code: 42, barcode: X, ＣＯＤＥ: Y"));
    }

    @Test
    void wordsShapedLikeACode() {
        assertEquals(List.of("WARN", "ResourceNotFound.FileNotExist", "Next"),
                PastedText.codeWords("2026 WARN upload failed: ResourceNotFound.FileNotExist. Next", 128));
        assertEquals(List.of("Foo.Bar"), PastedText.codeWords("Foo.Bar.Baz\u00e9 Snake_case", 128), "up to the last dot of a word that runs on");
        assertEquals(List.of("B"), PastedText.codeWords("A".repeat(129) + " B", 128), "a word longer than a code is skipped");
    }

    @Test
    void aRequestId() {
        assertEquals(Optional.of("ed93f3cb-11"), PastedText.requestId("x request_id=\"ed93f3cb-11\" RequestId: 2"));
        assertEquals(Optional.of("abcdefgh"), PastedText.requestId("RequestId: 1234567 requestid:abcdefgh"));
        assertEquals(Optional.empty(), PastedText.requestId("request-id: abcdefghij"));
    }

    // The patterns explain ran before (kept here to compare): the scanners read the same where the patterns finish, and,
    // for the SDK's line, where it is one line (the pattern ran to the end of the whole paste).

    private static final Pattern SDK = Pattern.compile(
            "\\[TencentCloudSDKException\\]\\s*(?:code:\\s*(\\S+)\\s*)?message:\\s*(.*?)\\s*(?:requestId:\\s*(\\S*))?\\s*$", Pattern.DOTALL);
    private static final Pattern LABELLED_CODE = Pattern.compile(
            "(?i)\\b(?:error[_ ]?)?code[\"']?\\s*[:=]\\s*[\"']?([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)");
    private static final Pattern CODE_LIKE = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\b");
    private static final Pattern REQUEST_ID = Pattern.compile("(?i)request[_ ]?id[\"']?\\s*[:=]\\s*[\"']?([0-9A-Za-z-]{8,})");

    private static final String[] PIECES = {"code", "Code", "CODE", "error", "error_", "error ", "errorCode", ":", "=", "\"", "'",
            " ", "  ", "\t", "\n", "\r\n", "A", "Foo", "Bar.Baz", "x.Y", ".", "..", "_", "x", "9", "-", "é", "中", "\ud83d\ude00",
            "\u001b", "\u00a0", "requestId", "request_id", "request id", "RequestID", "abcdefgh-123", "message:", "code:",
            "requestId:", "[TencentCloudSDKException]", "ResourceNotFound.FileNotExist", "Ab.c_d", "{", "}", ","};

    private static String pasted(Random random, int pieces) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(pieces + 1); i > 0; i--) {
            s.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return s.toString();
    }

    @Test
    void theScannersReadWhatThePatternsRead() {
        Random random = new Random(SEED);
        for (int n = 0; n < 30_000; n++) {
            String text = pasted(random, 24);
            String shown = "seed " + SEED + ", case " + n + ": " + Printable.of(text);
            Matcher labelled = LABELLED_CODE.matcher(text);
            assertEquals(labelled.find() ? Optional.of(labelled.group(1)) : Optional.empty(), PastedText.labelledCode(text), shown);
            List<String> words = new ArrayList<>();
            Matcher m = CODE_LIKE.matcher(text);
            while (m.find()) {
                words.add(m.group());
            }
            assertEquals(words, PastedText.codeWords(text, Integer.MAX_VALUE), shown);
            Matcher id = REQUEST_ID.matcher(text);
            assertEquals(id.find() ? Optional.of(id.group(1)) : Optional.empty(), PastedText.requestId(text), shown);
            Matcher sdk = SDK.matcher(text);
            boolean found = sdk.find();
            Optional<PastedText.SdkLine> line = PastedText.sdkLine(text);
            // a message ends at its line's end, which the pattern (to the end of the text) did not know: only a message
            // of several lines that ends with a request id holds a line break
            if (line.isPresent() && line.get().message().matches("(?s).*[\r\n].*")) {
                assertTrue(line.get().requestId().isPresent() || text.contains("requestId:"), shown);
            }
            int mark = text.indexOf(PastedText.SDK_MARK);
            if (mark >= 0 && (text.indexOf('\n', mark) >= 0 || text.indexOf('\r', mark) >= 0)) {
                continue;
            }
            // the pattern also tried later marks after a failed first one, and a code glued to "message:"; the SDK writes neither
            if (text.indexOf(PastedText.SDK_MARK) != text.lastIndexOf(PastedText.SDK_MARK)
                    || found && sdk.group(1) != null && (sdk.group(1).contains("message:")
                    || sdk.end(1) < text.length() && !PastedText.isSpace(text.charAt(sdk.end(1))))) {
                continue;
            }
            if (found) {
                assertEquals(Optional.of(new PastedText.SdkLine(Optional.ofNullable(sdk.group(1)), sdk.group(2),
                        Optional.ofNullable(sdk.group(3)).filter(s -> !s.isEmpty()))), line, shown);
            } else if (line.isPresent()) {
                assertTrue(line.get().code().isEmpty(), "only an empty code reads where the pattern did not: " + shown);
            }
        }
    }
}
