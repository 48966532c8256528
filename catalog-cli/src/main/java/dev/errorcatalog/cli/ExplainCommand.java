package dev.errorcatalog.cli;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.EnvelopeException;
import dev.errorcatalog.ErrorEnvelope;
import dev.errorcatalog.ParsedResponse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = {"Explain the error in whatever was pasted: an API response (3.0 or 2.0 envelope), an SDK exception line"
                + " ([TencentCloudSDKException]code: … message:… requestId:…) or a log line with a code in it.",
                "Without --product every installed product is searched, as lookup does."},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog explain response.json",
                "  pbpaste | errorcatalog explain -",
                "  errorcatalog explain '{\"Response\":{\"Error\":{\"Code\":\"FailedOperation.ServiceNotExist\",\"Message\":\"…\"},\"RequestId\":\"…\"}}'",
                "  errorcatalog explain '[TencentCloudSDKException]code: FailedOperation.ServiceNotExist message:… requestId:…'"})
final class ExplainCommand extends CatalogCommand {
    private static final Pattern SDK = Pattern.compile(
            "\\[TencentCloudSDKException\\]\\s*(?:code:\\s*(\\S+)\\s*)?message:\\s*(.*?)\\s*(?:requestId:\\s*(\\S*))?\\s*$", Pattern.DOTALL);
    private static final Pattern LABELLED_CODE = Pattern.compile(
            "(?i)\\b(?:error[_ ]?)?code[\"']?\\s*[:=]\\s*[\"']?([A-Za-z][A-Za-z0-9_]*(?:\\.[A-Za-z0-9_]+)*)");
    private static final Pattern CODE_LIKE = Pattern.compile("\\b[A-Z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\b");
    private static final Pattern REQUEST_ID = Pattern.compile("(?i)request[_ ]?id[\"']?\\s*[:=]\\s*[\"']?([0-9A-Za-z-]{8,})");

    @Parameters(paramLabel = "INPUT", description = "A file, - for standard input, or the text itself: the JSON, the exception line, the log line.")
    String input;

    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        Finder finder = new Finder(catalog, options); // the product and locale are checked before any input is read
        ApiError error = read(catalog);
        renderer().answers(finder.explain(error));
    }

    private ApiError read(ErrorCatalog catalog) {
        String name = input;
        try {
            if (input.equals("-")) {
                return parse(catalog, new String(readLimited(System.in), StandardCharsets.UTF_8), name);
            }
            Path path = pathOrNull(input);
            if (path != null && Files.isDirectory(path)) {
                throw new CliException(ExitCode.BAD_INPUT, "'" + name + "' is a folder, not a file");
            }
            if (path != null && Files.exists(path)) {
                // a pipe (/dev/stdin, a shell's <(…)) has no size to check first: reading stops at the limit anyway
                long size = Files.isRegularFile(path) ? Files.size(path) : 0;
                if (size > ErrorEnvelope.MAX_BYTES) {
                    throw new CliException(ExitCode.BAD_INPUT, "'" + name + "' is " + size + " bytes, more than the "
                            + ErrorEnvelope.MAX_BYTES + " an API response may have");
                }
                try (InputStream in = Files.newInputStream(path)) {
                    return parse(catalog, new String(readLimited(in), StandardCharsets.UTF_8), name);
                }
            }
            if (looksPasted(input)) {
                return parse(catalog, input, "the argument");
            }
            throw new NoSuchFileException(input);
        } catch (NoSuchFileException e) {
            throw new CliException(ExitCode.BAD_INPUT, "'" + name + "': no such file");
        } catch (IOException e) {
            throw new CliException(ExitCode.BAD_INPUT, "'" + name + "' cannot be read: " + e.getMessage());
        }
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
    private ApiError parse(ErrorCatalog catalog, String text, String name) {
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
        Matcher sdk = SDK.matcher(t);
        if (sdk.find()) {
            String message = sdk.group(2);
            String code = sdk.group(1) != null ? sdk.group(1) : codeIn(catalog, message).orElse(null);
            if (code != null) {
                return ApiError.of(code, message, emptyToNull(sdk.group(3)));
            }
        }
        Optional<String> code = codeIn(catalog, t);
        if (code.isEmpty()) {
            if (notAResponse != null) {
                throw unreadable(name, notAResponse);
            }
            throw new CliException(ExitCode.BAD_INPUT, "'" + name + "': no error code found: not a JSON response, an SDK exception"
                    + " line or a line with a code in it");
        }
        Matcher id = REQUEST_ID.matcher(t);
        return ApiError.of(code.get(), null, id.find() ? id.group(1) : null);
    }

    private static CliException unreadable(String name, EnvelopeException e) {
        return new CliException(ExitCode.BAD_INPUT, "'" + name + "': " + e.getMessage());
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** The error in a response; a successful response is the user's mistake, said as such. */
    private static ApiError envelope(String json, String name) {
        ParsedResponse response = ErrorEnvelope.parse(json);
        if (response instanceof ParsedResponse.Success success) {
            throw new CliException(ExitCode.NOT_APPLICABLE, "'" + name + "' is a successful API " + success.version()
                    + " response" + success.requestId().map(id -> " (request id " + id + ")").orElse("") + ", not an error");
        }
        return ((ParsedResponse.Failure) response).error();
    }

    /**
     * A code in free text: one labelled {@code code: X} or {@code Code=X}; else the first word that is a code some
     * product has; else the first dotted word under a category some product has.
     */
    private Optional<String> codeIn(ErrorCatalog catalog, String text) {
        Matcher labelled = LABELLED_CODE.matcher(text);
        if (labelled.find() && ErrorCode.isValid(labelled.group(1))) {
            return Optional.of(labelled.group(1));
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
        Matcher m = CODE_LIKE.matcher(text);
        String underCategory = null;
        while (m.find()) {
            String word = m.group();
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
