package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.EnvelopeException;
import dev.errorcatalog.ErrorEnvelope;
import dev.errorcatalog.ParsedResponse;
import dev.errorcatalog.i18n.NotUtf8Exception;
import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.Utf8;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain the error in whatever was pasted: an API response (3.0 or 2.0 envelope), an SDK exception line"
                + " ([TencentCloudSDKException]code: … message:… requestId:…) or a log line with a code in it.",
                "Without --product every installed product is searched, as lookup does."},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog explain response.json",
                "  pbpaste | errorcatalog explain -",
                "  errorcatalog explain '{\"Response\":{\"Error\":{\"Code\":\"InternalError\"}}}'",
                "  errorcatalog explain '[TencentCloudSDKException]code: InternalError message:…'"})
final class ExplainCommand extends CatalogCommand {
    @Parameters(paramLabel = "INPUT", description = "A file, - for standard input, or the text itself: the JSON, the exception line, the log line.")
    String input;

    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        Finder finder = new Finder(catalog, options); // the product and locale are checked before any input is read
        ApiError error = read(catalog);
        // a pasted stack trace names the call: its first SDK client frame
        pastedAction.ifPresent(finder::action);
        renderer().answers(finder.explain(error));
    }

    private ApiError read(ErrorCatalog catalog) {
        String name = input;
        try {
            if (input.equals("-")) {
                return parse(catalog, utf8(readLimited(System.in), name), name);
            }
            Path path = pathOrNull(input);
            if (path != null && Files.isDirectory(path)) {
                throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + " is a folder, not a file");
            }
            if (path != null && Files.exists(path)) {
                // a pipe (/dev/stdin, a shell's <(…)) has no size to check first: reading stops at the limit anyway
                long size = Files.isRegularFile(path) ? Files.size(path) : 0;
                if (size > ErrorEnvelope.MAX_BYTES) {
                    throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + " is " + size + " bytes, more than the "
                            + ErrorEnvelope.MAX_BYTES + " an API response may have");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    return parse(catalog, utf8(readLimited(in), name), name);
                }
            }
            if (looksPasted(input)) {
                name = "the argument";
                return parse(catalog, unicode(input, name), name);
            }
            throw new NoSuchFileException(input);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + ": no such file");
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + " cannot be read: " + e.getMessage());
        }
    }

    /**
     * The bytes as text, read as the library reads a response's bytes: strictly as UTF-8, so what its parser refuses is
     * not explained here either; the error names the input and the byte offset.
     */
    static String utf8(byte[] bytes, String name) {
        try {
            return Utf8.decode(bytes);
        } catch (NotUtf8Exception e) {
            throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + ": " + e.getMessage());
        }
    }

    /** The text, refused as the library refuses it when it holds a lone surrogate (no UTF-8 can encode it). */
    static String unicode(String text, String name) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + ": not Unicode text: a lone surrogate "
                        + Printable.of(String.valueOf(c)) + " at character " + i);
            }
        }
        return text;
    }

    private static Path pathOrNull(String text) {
        try {
            return Path.of(text);
        } catch (RuntimeException notAPath) {
            return null;
        }
    }

    /** Text that is not the name of a file: JSON, an exception or log line, a bare code. */
    private static boolean looksPasted(String text) {
        String t = text.strip();
        return t.startsWith("{") || t.contains("TencentCloudSDKException") || t.chars().anyMatch(Character::isWhitespace)
                || ErrorCode.isValid(t);
    }

    private static byte[] readLimited(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(ErrorEnvelope.MAX_BYTES + 1);
        if (bytes.length > ErrorEnvelope.MAX_BYTES) {
            throw new IOException("more than the " + ErrorEnvelope.MAX_BYTES + " bytes an API response may have");
        }
        return bytes;
    }

    /**
     * The JSON response, or the SDK exception line, or the first code in a log line, in that order. JSON that is not a
     * response (a JSON log line) is read as a line too; only when no code is found in it does its reason show.
     */
    /** The API action of the pasted text's first SDK client frame, when it has one. */
    private java.util.Optional<dev.errorcatalog.ApiAction> pastedAction = java.util.Optional.empty();

    private ApiError parse(ErrorCatalog catalog, String text, String name) {
        pastedAction = PastedFrames.action(text);
        String t = text.strip();
        if (t.startsWith("\uFEFF")) {
            t = t.substring(1).strip();
        }
        EnvelopeException notAResponse = null;
        boolean json = t.startsWith("{");
        int brace = t.indexOf('{');
        int last = t.lastIndexOf('}');
        if (json || (brace > 0 && last > brace)) {
            try {
                return envelope(json ? t : t.substring(brace, last + 1), name);
            } catch (EnvelopeException e) {
                if (json && e.reason() != EnvelopeException.Reason.NOT_A_RESPONSE) {
                    throw unreadable(name, e); // broken or truncated JSON: a code read out of it could be cut short
                }
                // JSON of another shape is read as a line; a brace inside a log line is not always a response
                notAResponse = json ? e : null;
            }
        }
        Optional<PastedText.SdkLine> sdk = PastedText.sdkLine(t);
        if (sdk.isPresent()) {
            String message = sdk.get().message();
            Optional<String> code = sdk.get().code().or(() -> codeIn(catalog, message));
            if (code.isPresent()) {
                return ApiError.of(code.get(), message, sdk.get().requestId().orElse(null));
            }
        }
        Optional<String> code = codeIn(catalog, t);
        if (code.isEmpty()) {
            if (notAResponse != null) {
                throw unreadable(name, notAResponse);
            }
            throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + ": no error code found: not a JSON response,"
                    + " an SDK exception line or a line with a code in it");
        }
        return ApiError.of(code.get(), null, PastedText.requestId(t).orElse(null));
    }

    private static CliException unreadable(String name, EnvelopeException e) {
        return new CliException(ExitCode.BAD_INPUT, CliException.quoted(name) + ": " + e.getMessage());
    }

    /** The error in a response; a successful response is the user's mistake, said as such. */
    private static ApiError envelope(String json, String name) {
        ParsedResponse response = ErrorEnvelope.parse(json);
        if (response instanceof ParsedResponse.Success success) {
            throw new CliException(ExitCode.NOT_APPLICABLE, CliException.quoted(name) + " is a successful API " + success.version()
                    + " response" + success.requestId().map(id -> " (request id " + Printable.shorten(id, CliException.QUOTED) + ")")
                    .orElse("") + ", not an error");
        }
        return ((ParsedResponse.Failure) response).error();
    }

    /**
     * A code in free text: one labelled {@code code: X} or {@code Code=X}; else the first word that is a code some
     * product has; else the first dotted word under a category some product has.
     */
    private Optional<String> codeIn(ErrorCatalog catalog, String text) {
        Optional<String> labelled = PastedText.labelledCode(text);
        if (labelled.isPresent() && ErrorCode.isValid(labelled.get())) {
            return labelled;
        }
        Set<String> known = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (String p : options.scope(catalog)) {
            for (ErrorCode c : catalog.product(p).codes()) {
                known.add(c.value());
                categories.add(c.category().value());
            }
        }
        for (ErrorCode c : catalog.product("common").codes()) {
            known.add(c.value());
            categories.add(c.category().value());
        }
        String underCategory = null;
        for (String word : PastedText.codeWords(text, ErrorCode.MAX_LENGTH)) {
            if (known.contains(word)) {
                return Optional.of(word);
            }
            if (underCategory == null && word.contains(".") && ErrorCode.isValid(word)
                    && categories.contains(word.substring(0, word.indexOf('.')))) {
                underCategory = word;
            }
        }
        return Optional.ofNullable(underCategory);
    }
}
