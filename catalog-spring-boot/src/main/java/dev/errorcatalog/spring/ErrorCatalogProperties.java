package dev.errorcatalog.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
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
 * errorcatalog.sdk.product=common                    # the product of an SDK exception no client below claims
 * errorcatalog.sdk.clients.kms=com.tencentcloudapi.kms.v20190118.KmsClient   # a product's client classes or packages
 * </pre>
 *
 * @param strict        load with {@code ErrorCatalog.loadStrict()}: every bundle now, any problem fails the start
 * @param defaultLocale the locale used when none is given (a message asked for with a null locale, a request without
 *                      {@code Accept-Language} when the application's resolver has no default of its own)
 * @param problem       the problem-detail answers
 * @param sdk           which product an official SDK's exception belongs to
 */
@API(status = MAINTAINED, since = "0.1.0")
@ConfigurationProperties("errorcatalog")
public record ErrorCatalogProperties(@DefaultValue("false") boolean strict, @DefaultValue("en") Locale defaultLocale,
                                     @DefaultValue Problem problem, @DefaultValue Sdk sdk) {
    /** Rejects null components. */
    public ErrorCatalogProperties {
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(sdk, "sdk");
    }

    /**
     * @param enabled              whether exceptions thrown from controllers are answered as problem details
     * @param includeServerMessage whether the API's own message is added (property {@code serverMessage}); off by
     *                             default, as it is written for the caller of the API, not for its users
     */
    public record Problem(@DefaultValue("true") boolean enabled, @DefaultValue("false") boolean includeServerMessage) {
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
