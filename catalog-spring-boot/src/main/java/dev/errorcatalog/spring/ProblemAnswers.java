package dev.errorcatalog.spring;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ActionCheck;
import dev.errorcatalog.ApiAction;
import dev.errorcatalog.CallKinds;
import dev.errorcatalog.RetryDecision;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.tencentcloud.SdkError;
import dev.errorcatalog.tencentcloud.SdkFailure;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.apiguardian.api.API;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Builds the RFC 9457 answer for an error: status from {@link ProblemStatus}; {@code title} (the message of the code's
 * category) and {@code detail} (the code's message) in the request's language; {@code type} the code's help page or
 * {@code urn:errorcatalog:<product>:<code>}; properties {@code code}, {@code product}, {@code requestId} (when there is
 * one, unless {@code errorcatalog.problem.expose-request-id=false}), {@code retry} (a {@link RetryAdvice} name),
 * {@code action} and {@code apiVersion} when the failed call's API action is known (the SDK bridge reads it off the
 * SDK client's method), and
 * {@code serverMessage} only when asked for; a {@code Retry-After} header (seconds) when the advice says the same
 * request may be retried and, where the failed call's action is known, repeating it is safe ({@code CallKinds}: not a
 * transient fault after a write, which may have been carried out); {@code Content-Language}. Each answer leaves one line in the log (logger
 * {@code dev.errorcatalog.spring}, levels {@code errorcatalog.log.*}): status, product, code, request id, retry advice
 * and the catalog's {@code explain()}, with the exception for a 5xx; the overloads that take the exception itself give
 * it, those that take its class log the line alone.
 *
 * <p>The application's own messages win, looked up in its {@link MessageSource} under Spring's {@code ErrorResponse}
 * codes, for the code first and then for the exception's class: {@code problemDetail.title.errorcatalog.kms.ResourceUnavailable.CmkDisabled},
 * {@code problemDetail.title.<exception class>}; {@code problemDetail.errorcatalog.kms.…}, {@code problemDetail.<exception class>}
 * (the detail); {@code problemDetail.type.…}. Their arguments: {@code {0}} the code, {@code {1}} the product,
 * {@code {2}} the request id, {@code {3}} the catalog's text; in a type each is escaped as in our URNs (any
 * character but ASCII letters, digits, {@code '.'} and {@code '-'} as {@code %XX} of its UTF-8), so that whatever a
 * server sent gives a valid URI. A type message that is not a URI by itself gives our type, and is logged once.
 *
 * <p>The API's own message is the detail only for a subcode the catalog does not have under a parent it has (the
 * parent's text is the title, or the detail too where the category is the parent): then, when the server gave one in
 * the answer's language (by its script) and of at most {@value Printable#MESSAGE_SHOWN} characters, its message says
 * more than the parent's text. Where the catalog has no text for a code at all, the detail says so in the request's
 * language. Thread-safe; what it keeps is which type messages it has reported.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ProblemAnswers {
    private static final Log LOG = LogFactory.getLog(ProblemAnswers.class);
    private static final String HEX = "0123456789ABCDEF";
    /** More than an application has type messages; a message source answering any code cannot fill the log. */
    private static final int MAX_TYPES_REPORTED = 64;
    /** The type of every library fault: one stable name, not a class of ours that may be renamed. */
    static final URI LIBRARY_FAULT = URI.create("urn:errorcatalog:library-fault");

    /** The application's type messages already reported as not a URI. */
    private final Set<String> typesReported = ConcurrentHashMap.newKeySet();
    private final ErrorCatalog catalog;
    private final MessageSource messages;
    private final boolean includeServerMessage;
    private final boolean exposeRequestId;
    private final ProblemLog log;

    /**
     * Answers with the request id and the default log levels.
     *
     * @param catalog              the catalog answering
     * @param messages             the application's messages (the application context), looked up before ours
     * @param includeServerMessage whether the API's own message is added as the property {@code serverMessage}
     */
    public ProblemAnswers(ErrorCatalog catalog, MessageSource messages, boolean includeServerMessage) {
        this(catalog, messages, new ErrorCatalogProperties.Problem(true, includeServerMessage),
                ErrorCatalogProperties.Log.DEFAULTS);
    }

    /**
     * @param catalog  the catalog answering
     * @param messages the application's messages (the application context), looked up before ours
     * @param problem  whether the server's message and the request id are in the answer ({@code enabled} is the
     *                 auto-configuration's, not read here)
     * @param log      the level of each answer's log line
     */
    public ProblemAnswers(ErrorCatalog catalog, MessageSource messages, ErrorCatalogProperties.Problem problem,
                          ErrorCatalogProperties.Log log) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.messages = Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(problem, "problem");
        this.includeServerMessage = problem.includeServerMessage();
        this.exposeRequestId = problem.exposeRequestId();
        this.log = new ProblemLog(log);
    }

    /**
     * The answer for an error an API sent, of a product, in the product's locale closest to {@code locale}; its log
     * line has no exception (the overload taking it does).
     */
    public ResponseEntity<ProblemDetail> forApiError(String product, ApiError error, Locale locale, Class<?> thrown) {
        return forApiError(product, error, locale, Objects.requireNonNull(thrown, "thrown"), Optional.empty());
    }

    /** The answer for an error an API sent, as the exception that carried it: logged with it when the answer is 5xx. */
    public ResponseEntity<ProblemDetail> forApiError(String product, ApiError error, Locale locale, Throwable thrown) {
        return forApiError(product, error, locale, thrown.getClass(), Optional.of(thrown));
    }

    private ResponseEntity<ProblemDetail> forApiError(String product, ApiError error, Locale locale, Class<?> thrown,
                                                      Optional<Throwable> exception) {
        Product handle = catalog.product(product);
        Locale negotiated = handle.locale(Objects.requireNonNull(locale, "locale"));
        Resolution r = handle.resolve(error, negotiated);
        String line = "API_ERROR code=" + shortened(Optional.of(r.requested())) + " requestId="
                + shortened(error.requestId()) + " retry=" + r.retry() + " (" + r.explain() + "): "
                + r.serverMessage().map(m -> Printable.shorten(m, Printable.MESSAGE_SHOWN)).orElse("-");
        return forResolution(r, negotiated, error.requestId(), thrown, line, exception, Optional.empty());
    }

    /** The answer for what the SDK bridge made of an SDK exception; its log line has no exception. */
    public ResponseEntity<ProblemDetail> forSdkError(String product, SdkError error, Locale locale, Class<?> thrown) {
        return forSdkError(product, error, locale, Objects.requireNonNull(thrown, "thrown"), Optional.empty());
    }

    /**
     * The answer for what the SDK bridge made of this SDK exception: logged with it (and its cause, a refused
     * connection) when the answer is 5xx.
     */
    public ResponseEntity<ProblemDetail> forSdkError(String product, SdkError error, Locale locale, Throwable thrown) {
        return forSdkError(product, error, locale, thrown.getClass(), Optional.of(thrown));
    }

    private ResponseEntity<ProblemDetail> forSdkError(String product, SdkError error, Locale locale, Class<?> thrown,
                                                      Optional<Throwable> exception) {
        Objects.requireNonNull(error, "error");
        Locale negotiated = catalog.product(product).locale(Objects.requireNonNull(locale, "locale"));
        if (error.failure() == SdkFailure.API_ERROR && error.resolution().isPresent()) {
            return forResolution(error.resolution().get(), negotiated, error.requestId(), thrown, error.logLine(),
                    exception, error.action());
        }
        // the bridge's own text, already in the request's language; the exception's message is the SDK's own (a local
        // host and port, a usage mistake), not the API's, so it is never shown
        boolean refused = error.failure() == SdkFailure.SDK_REFUSED;
        return answer(new Answer(refused ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.SERVICE_UNAVAILABLE,
                Optional.of(ProductId.of(product)), error.code(),
                URI.create(refused ? "urn:errorcatalog:sdk:not-sent" : "urn:errorcatalog:sdk:no-api-answer"),
                (refused ? StarterText.NOT_SENT : StarterText.NO_API_ANSWER).in(negotiated),
                error.message(), error.locale(), error.requestId(), error.retry(), Optional.empty(), thrown,
                "product=" + product + " " + error.logLine(), false, exception, error.action()));
    }

    /**
     * The answer for one of the library's own exceptions other than {@code ApiErrorException}: a fault of the service
     * (a code or product it handed in), so 500, and its message, written for developers, is not shown.
     */
    public ResponseEntity<ProblemDetail> forLibraryFailure(ErrorCatalogException e, Locale locale) {
        Locale negotiated = catalog.product(ProductId.COMMON).locale(Objects.requireNonNull(locale, "locale"));
        return answer(new Answer(HttpStatus.INTERNAL_SERVER_ERROR, Optional.empty(), Optional.empty(),
                LIBRARY_FAULT, StarterText.LIBRARY_FAILURE_TITLE.in(negotiated),
                StarterText.LIBRARY_FAILURE.in(negotiated), negotiated, Optional.empty(), RetryAdvice.UNKNOWN,
                Optional.empty(), e.getClass(), "product=- LIBRARY_FAULT " + e.getClass().getSimpleName() + " requestId=-"
                + " retry=" + RetryAdvice.UNKNOWN, true, Optional.of(e), Optional.empty()));
    }

    private static String shortened(Optional<String> text) {
        return text.map(t -> Printable.shorten(t, ErrorCode.MAX_LENGTH)).orElse("-");
    }

    private ResponseEntity<ProblemDetail> forResolution(Resolution r, Locale negotiated, Optional<String> requestId,
                                                        Class<?> thrown, String line, Optional<Throwable> exception,
                                                        Optional<ApiAction> action) {
        String code = r.requested();
        String product = r.product().value();
        Locale locale = r.locale();
        String detail = r.message();
        if (!r.found()) {
            // the catalog has no text: its answer is the server's message (not the user's) or the bare code; say so
            // in the request's language, not in the language the server happened to write in
            locale = negotiated;
            detail = StarterText.NO_TEXT.in(locale);
        } else if (r.kind() == MatchKind.PARENT || r.kind() == MatchKind.COMMON_PARENT) {
            // a subcode the catalog does not have: the parent's text is general, the server's message about this very
            // error, if it is in the answer's language and of a sensible length
            Locale in = locale;
            Optional<String> server = r.serverMessage().filter(m -> !m.isBlank())
                    .filter(m -> m.length() <= Printable.MESSAGE_SHOWN).filter(m -> LanguageScripts.fits(m, in));
            if (server.isPresent()) {
                detail = server.get();
            }
        }
        String title = categoryTitle(product, code, locale);
        URI type = r.helpUrl().orElseGet(() -> urn(product, code));
        return answer(new Answer(ProblemStatus.of(code, r.retry()), Optional.of(r.product()), Optional.of(code), type,
                title, detail, locale, requestId, r.retry(), r.serverMessage(), thrown,
                "product=" + product + " " + line, false, exception, action.or(() -> r.action().map(ActionCheck::action))));
    }

    /** The message of the code's category in that locale; a fixed text when the catalog has none. */
    private String categoryTitle(String product, String code, Locale locale) {
        String category = ProblemStatus.categoryOf(code);
        try {
            Resolution c = catalog.product(product).resolve(category, locale);
            if (c.exact()) {
                return c.message();
            }
        } catch (ErrorCatalogException notACode) {
            // a server may send anything as a code; the fixed title below stands in
        }
        return StarterText.API_ERROR.in(locale);
    }

    private static URI urn(String product, String code) {
        // a code is letters, digits and dots; anything else a server sent is escaped (RFC 8141), so the URN stays
        // valid and two codes never share one
        return URI.create("urn:errorcatalog:" + product + ":" + escaped(code));
    }

    /**
     * The text as it may stand in any part of a URI: ASCII letters, digits, {@code '.'} and {@code '-'} as they are,
     * every other character as the {@code %XX} escapes of its UTF-8 bytes; a lone surrogate, which UTF-8 cannot hold,
     * as the three bytes of its value (as WTF-8 writes it), so that two texts never give the same escaped text.
     */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i); // a lone surrogate is its own value
            i += Character.charCount(c);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-') {
                out.append((char) c);
            } else if (c < 0x80) {
                hex(out, c);
            } else if (c < 0x800) {
                hex(out, 0xC0 | c >> 6);
                hex(out, 0x80 | c & 0x3F);
            } else if (c < 0x10000) {
                hex(out, 0xE0 | c >> 12);
                hex(out, 0x80 | c >> 6 & 0x3F);
                hex(out, 0x80 | c & 0x3F);
            } else {
                hex(out, 0xF0 | c >> 18);
                hex(out, 0x80 | c >> 12 & 0x3F);
                hex(out, 0x80 | c >> 6 & 0x3F);
                hex(out, 0x80 | c & 0x3F);
            }
        }
        return out.toString();
    }

    private static void hex(StringBuilder out, int b) {
        out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
    }

    private record Answer(HttpStatus status, Optional<ProductId> product, Optional<String> code, URI type, String title,
                          String detail, Locale locale, Optional<String> requestId, RetryAdvice retry,
                          Optional<String> serverMessage, Class<?> thrown, String logLine, boolean libraryFault,
                          Optional<Throwable> exception, Optional<ApiAction> action) {
    }

    private ResponseEntity<ProblemDetail> answer(Answer a) {
        Optional<String> key = a.product().flatMap(p -> a.code().map(c -> ErrorCatalogMessageSource.codeOf(p.value(), c)));
        Object[] args = {a.code().orElse(""), a.product().map(ProductId::value).orElse(""),
                a.requestId().orElse(""), a.detail()};
        String thrownName = a.thrown().getName();

        ProblemDetail problem = ProblemDetail.forStatus(a.status());
        problem.setType(type(key, thrownName, args, a));
        problem.setTitle(own(key, "problemDetail.title.", thrownName, args, a.locale()).map(Own::text).orElse(a.title()));
        problem.setDetail(own(key, "problemDetail.", thrownName, args, a.locale()).map(Own::text).orElse(a.detail()));
        a.code().ifPresent(c -> problem.setProperty("code", c));
        a.product().ifPresent(p -> problem.setProperty("product", p.value()));
        if (exposeRequestId) {
            a.requestId().ifPresent(id -> problem.setProperty("requestId", id));
        }
        problem.setProperty("retry", a.retry().name());
        a.action().ifPresent(action -> {
            problem.setProperty("action", action.name());
            problem.setProperty("apiVersion", action.version());
        });
        if (includeServerMessage) {
            a.serverMessage().filter(m -> !m.isBlank()).ifPresent(m -> problem.setProperty("serverMessage", m));
        }

        HttpHeaders headers = new HttpHeaders();
        headers.setContentLanguage(a.locale());
        // after a write the failed call may have been carried out: no Retry-After invites the caller to send it again
        boolean repeatable = a.action().isEmpty() || RetryDecision.of(a.retry(), a.action(), CallKinds.standard()).retry();
        if (repeatable) {
            a.retry().delay(1).ifPresent(wait -> headers.set(HttpHeaders.RETRY_AFTER, Long.toString(seconds(wait))));
        }
        log.answered(a.status(), a.logLine(), a.libraryFault(), a.exception());
        return ResponseEntity.status(a.status()).headers(headers).body(problem);
    }

    /** Retry-After takes whole seconds: a wait below one second is rounded up, never down to "now". */
    static long seconds(Duration wait) {
        long s = wait.getSeconds();
        return wait.getNano() > 0 || s == 0 ? s + 1 : s;
    }

    /**
     * The application's type ({@code problemDetail.type.…}) or else ours. What a server sent (the code, the request id)
     * and our text are escaped as in our URNs before they stand in the pattern, so they always make a valid URI; a
     * pattern that is not one by itself gives our type, and is reported once.
     */
    private URI type(Optional<String> key, String thrownName, Object[] args, Answer a) {
        Object[] escapedArgs = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            escapedArgs[i] = escaped((String) args[i]);
        }
        Optional<Own> own = own(key, "problemDetail.type.", thrownName, escapedArgs, a.locale());
        if (own.isEmpty()) {
            return a.type();
        }
        try {
            return new URI(own.get().text());
        } catch (URISyntaxException notAUri) {
            if (typesReported.size() < MAX_TYPES_REPORTED && typesReported.add(own.get().code())) {
                LOG.warn("errorcatalog: the application's message " + Printable.of(own.get().code()) + " gives \""
                        + Printable.shorten(own.get().text(), 500) + "\", which is not a URI ("
                        + Printable.of(notAUri.getReason()) + " at index " + notAUri.getIndex() + "); problem answers "
                        + "have the starter's type instead (reported once for this message)");
            }
            return a.type();
        }
    }

    /** A message of the application's: its code and its text. */
    private record Own(String code, String text) {
    }

    /** The application's own message: the code's, then the exception class's; none when it has neither. */
    private Optional<Own> own(Optional<String> key, String prefix, String thrownName, Object[] args, Locale locale) {
        for (String code : key.map(k -> new String[] {prefix + k, prefix + thrownName}).orElse(new String[] {prefix + thrownName})) {
            String text = messages.getMessage(code, args, null, locale);
            // a source set to use the code as its default message answers with the code: that is not a message
            if (text != null && !text.equals(code)) {
                return Optional.of(new Own(code, text));
            }
        }
        return Optional.empty();
    }
}
