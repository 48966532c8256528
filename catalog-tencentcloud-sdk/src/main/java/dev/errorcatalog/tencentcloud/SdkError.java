package dev.errorcatalog.tencentcloud;

import dev.errorcatalog.ApiAction;
import dev.errorcatalog.CallKinds;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.RetryDecision;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What the catalog made of one {@code TencentCloudSDKException}: the answer for the user, the retry advice, and what
 * the SDK reported (code, server message, request id), each empty where the SDK gave nothing. Immutable.
 *
 * @param failure       whether the API answered with an error code, or no answer came
 * @param code          the error code the SDK reported; empty when it had none
 * @param requestId     the request id, for logs and support tickets; empty when no request reached the API
 * @param serverMessage the message the SDK reported, as it is
 * @param cause         why no answer came or the SDK did not send: the SDK exception's own cause (a
 *                      {@code java.net.ConnectException}, a {@code ProtocolException} for a body cut off, a parse
 *                      failure); empty when it has none, as for an API error. The cause, not the SDK exception: the
 *                      caller holds that already and gives it to the logger beside {@link #logLine()}. Compared by
 *                      identity in {@code equals}, as exceptions are.
 * @param resolution    the catalog's answer for {@code code}; empty when the API gave no code ({@code NO_API_ANSWER})
 * @param message       the message to show the user, in {@code locale}
 * @param locale        the language {@code message} is really in: the server's when the catalog had no text
 * @param retry         the retry advice: the catalog's for an API error, {@link RetryAdvice#TRANSIENT} without one
 * @param action        the API action the call was ({@code kms DescribeKey 2019-01-18}): read off the SDK client's
 *                      method in the exception's stack trace, or given by the caller; empty when neither says
 */
@API(status = MAINTAINED, since = "0.1.0")
public record SdkError(SdkFailure failure, Optional<String> code, Optional<String> requestId,
                       Optional<String> serverMessage, Optional<Throwable> cause, Optional<Resolution> resolution,
                       String message, Locale locale, RetryAdvice retry, Optional<ApiAction> action) {
    /** Rejects null components. */
    public SdkError {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(serverMessage, "serverMessage");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(action, "action");
    }

    /** An error whose action is not known. */
    public SdkError(SdkFailure failure, Optional<String> code, Optional<String> requestId, Optional<String> serverMessage,
                    Optional<Throwable> cause, Optional<Resolution> resolution, String message, Locale locale, RetryAdvice retry) {
        this(failure, code, requestId, serverMessage, cause, resolution, message, locale, retry, Optional.empty());
    }

    /**
     * Whether the call is sent again, by {@link #retry()} and the kind of {@link #action()} ({@link CallKinds}, the
     * standard rule): a transient fault after a read is retried, after a write not; with no action known the call is
     * taken as a write. A caller that knows more (an idempotency token) asks {@link RetryAdvice#mayRetry(CallKind)}
     * or {@link TencentCloudErrors#retryable(String)}{@code .forCall(…)}.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public RetryDecision retryDecision() {
        return RetryDecision.of(retry, action, CallKinds.standard());
    }

    /** Whether the error is this typed code: {@code error.is(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED)}. */
    public boolean is(CodeDefinition constant) {
        return resolution.map(r -> r.is(constant)).orElse(false);
    }

    /** Whether {@link #message()} is the server's own text rather than the catalog's. */
    public boolean fromServer() {
        return resolution.map(r -> r.origin().kind() == dev.errorcatalog.Source.Kind.SERVER).orElse(false);
    }

    /**
     * One line for a log: code, request id, the action where known ({@code action=kms/2019-01-18/DescribeKey call=READ}),
     * how it was resolved (saying so when the action does not list the code), what the SDK reported and, when there is one, the
     * cause ({@code cause=java.net.ConnectException: Failed to connect to /127.0.0.1:443; caused by
     * java.net.ConnectException: Connection refused}, at most three links of its chain). What the SDK
     * or the cause reported is quoted visibly and shortened. Log it with the exception for the stack trace:
     * {@code log.log(Level.WARNING, error.logLine(), e)}.
     */
    public String logLine() {
        // what the server (or whatever answered in its place) sent is quoted visibly, so it cannot forge log lines
        // shortened too, as Resolution.explain() shortens the code: a megabyte sent must not make a megabyte line
        return failure + " code=" + shortened(code, ErrorCode.MAX_LENGTH) + " requestId=" + shortened(requestId, ErrorCode.MAX_LENGTH)
                + action.map(a -> " action=" + a.product() + "/" + a.version() + "/" + a.name()).orElse("")
                + " retry=" + retry + action.map(a -> " call=" + retryDecision().call()).orElse("") + resolution.map(r -> " (" + r.explain() + ")").orElse("") + ": "
                + shortened(serverMessage, Printable.MESSAGE_SHOWN) + cause.map(c -> " cause=" + chain(c)).orElse("");
    }

    /** How many links of the cause's chain the log line names: the SDK's wrapper of a network failure, and its reason. */
    private static final int CAUSES_SHOWN = 3;

    /**
     * The cause and its own causes, each as {@code class: message}; a getter that throws loses only what it would
     * have said, and a cycle ends.
     */
    private static String chain(Throwable cause) {
        StringBuilder s = new StringBuilder();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Throwable t = cause; t != null && seen.add(t) && seen.size() <= CAUSES_SHOWN;
             t = TencentCloudErrors.read(t::getCause)) {
            if (s.length() > 0) {
                s.append("; caused by ");
            }
            s.append(Printable.shorten(t.getClass().getName(), Printable.MESSAGE_SHOWN));
            String message = TencentCloudErrors.read(t::getMessage);
            if (message != null) {
                s.append(": ").append(Printable.shorten(message, Printable.MESSAGE_SHOWN));
            }
        }
        return s.toString();
    }

    private static String shortened(Optional<String> text, int max) {
        return text.map(t -> Printable.shorten(t, max)).orElse("-");
    }

    /** {@link #logLine()}: the record's own text would put what the SDK reported into a log as it is. */
    @Override
    public String toString() {
        return "SdkError " + logLine();
    }
}
