package dev.errorcatalog.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.logging.LogLevel;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The starter's settings, under {@code errorcatalog}:
 *
 * <pre>
 * errorcatalog.strict=false                          # true: every bundle read at start-up, any problem fails it
 * errorcatalog.default-locale=en                     # when no locale is given; never the JVM's default
 * errorcatalog.problem.enabled=true                  # answer the library's and the SDK's exceptions as problem details
 * errorcatalog.problem.include-server-message=false  # true: the API's own message as the property serverMessage
 * errorcatalog.problem.expose-request-id=true        # false: no requestId in the answer (it is still logged)
 * errorcatalog.log.api-error-level=INFO              # the line of an answer below 500 (an API's error)
 * errorcatalog.log.server-error-level=WARN           # a 5xx and no answer from the API, with the exception
 * errorcatalog.log.library-fault-level=ERROR         # the library's own exception (the service's fault), with it
 * errorcatalog.sdk.product=common                    # the product of an SDK exception no client below claims
 * errorcatalog.sdk.clients.kms=com.tencentcloudapi.kms.v20190118.KmsClient   # a product's client classes or packages
 * </pre>
 *
 * @param strict        load with {@code ErrorCatalog.loadStrict()}: every bundle now, any problem fails the start
 * @param defaultLocale the locale used when none is given (a message asked for with a null locale, a request without
 *                      {@code Accept-Language} when the application's resolver has no default of its own)
 * @param problem       the problem-detail answers
 * @param sdk           which product an official SDK's exception belongs to
 * @param log           the level of the line each problem answer leaves in the log (logger
 *                      {@code dev.errorcatalog.spring})
 */
@API(status = MAINTAINED, since = "0.1.0")
@ConfigurationProperties("errorcatalog")
public record ErrorCatalogProperties(@DefaultValue("false") boolean strict, @DefaultValue("en") Locale defaultLocale,
                                     @DefaultValue Problem problem, @DefaultValue Sdk sdk, @DefaultValue Log log) {
    /** Rejects null components. */
    @ConstructorBinding
    public ErrorCatalogProperties {
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(sdk, "sdk");
        Objects.requireNonNull(log, "log");
    }

    /** The settings before {@code log} was added: the default levels. */
    public ErrorCatalogProperties(boolean strict, Locale defaultLocale, Problem problem, Sdk sdk) {
        this(strict, defaultLocale, problem, sdk, Log.DEFAULTS);
    }

    /**
     * @param enabled              whether exceptions thrown from controllers are answered as problem details
     * @param includeServerMessage whether the API's own message is added (property {@code serverMessage}); off by
     *                             default, as it is written for the caller of the API, not for its users
     * @param exposeRequestId      whether the upstream request id is in the answer (property {@code requestId}), as
     *                             by default, for a user's support ticket; the log line has it either way
     */
    public record Problem(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean includeServerMessage,
                          @DefaultValue("true") boolean exposeRequestId) {
        /** Binds this one. */
        @ConstructorBinding
        public Problem {
        }

        /** The settings before {@code exposeRequestId} was added: the request id is exposed. */
        public Problem(boolean enabled, boolean includeServerMessage) {
            this(enabled, includeServerMessage, true);
        }
    }

    /**
     * The level of the one line each problem answer leaves in the log (logger {@code dev.errorcatalog.spring}); as any
     * logger's, the application's logging configuration decides whether a level is written. {@code OFF} logs nothing.
     *
     * @param apiErrorLevel     an answer below 500: an error code the API sent (409, 429, 404, …); the line only
     * @param serverErrorLevel  an answer of 500 or more from the API's error or the SDK (502, 503 when no answer came,
     *                          500 for a call the SDK did not send), with the exception and its causes
     * @param libraryFaultLevel one of the library's own exceptions (a code that is not one, a product not installed):
     *                          the service's fault, answered 500, with the exception
     */
    public record Log(@DefaultValue("INFO") LogLevel apiErrorLevel, @DefaultValue("WARN") LogLevel serverErrorLevel,
                      @DefaultValue("ERROR") LogLevel libraryFaultLevel) {
        /** INFO, WARN, ERROR. */
        public static final Log DEFAULTS = new Log(LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR);

        /** Rejects null components. */
        public Log {
            Objects.requireNonNull(apiErrorLevel, "apiErrorLevel");
            Objects.requireNonNull(serverErrorLevel, "serverErrorLevel");
            Objects.requireNonNull(libraryFaultLevel, "libraryFaultLevel");
        }
    }

    /**
     * @param product the product of an SDK exception that none of {@code clients} threw; {@code common} (the default)
     *                answers with the common codes alone
     * @param clients product id to the SDK client classes (or packages) of that product, found in the exception's
     *                stack trace: the application states it once, nothing is guessed from the message
     */
    public record Sdk(@DefaultValue("common") String product, @DefaultValue Map<String, List<String>> clients) {
        /** Copies the map; rejects nulls. */
        public Sdk {
            Objects.requireNonNull(product, "product");
            clients = Map.copyOf(Objects.requireNonNull(clients, "clients"));
        }
    }
}
