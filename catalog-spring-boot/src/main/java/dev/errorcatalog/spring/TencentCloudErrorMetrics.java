package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.tencentcloud.SdkError;
import dev.errorcatalog.tencentcloud.SdkFailure;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Counts every SDK error the bridge resolves ({@link dev.errorcatalog.tencentcloud.TencentCloudErrors#withObserver}) in
 * {@value #NAME}, tagged by product, code, category and retry advice. Every tag value comes from the catalog or from
 * the library's own names, never from what the server sent, so the number of series is bounded by the catalog: a
 * hostile or broken server sending a new code each time adds none.
 */
final class TencentCloudErrorMetrics implements BiConsumer<ProductId, SdkError> {
    /** The counter's name; Prometheus shows it as {@code errorcatalog_tencentcloud_errors_total}. */
    static final String NAME = "errorcatalog.tencentcloud.errors";
    /** The tag value for what the catalog does not know: a product not installed, a code of no known category. */
    static final String OTHER = "other";

    private final ErrorCatalog catalog;
    private final MeterRegistry registry;

    TencentCloudErrorMetrics(ErrorCatalog catalog, MeterRegistry registry) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void accept(ProductId product, SdkError error) {
        // the registry keeps one counter per name and tags: asking again finds it
        Counter.builder(NAME)
                .description("Tencent Cloud SDK errors resolved by the error catalog")
                .tags(tags(catalog, product, error))
                .register(registry)
                .increment();
    }

    /**
     * The tags of one error. {@code product}: the product's id when it is installed. {@code code}: the code when the
     * catalog has an entry for that very code (the catalog's spelling); otherwise its category (the part before the
     * first '.') when the catalog knows the category or a code under it; otherwise {@value #OTHER}; for a failure of
     * the SDK's own, the failure's name ({@code NO_API_ANSWER}, {@code SDK_REFUSED}). {@code category}: the category
     * of that code, or the same failure name or {@value #OTHER}. {@code retry}: the retry advice's name.
     */
    static Tags tags(ErrorCatalog catalog, ProductId product, SdkError error) {
        String productTag = catalog.products().contains(product) ? product.value() : OTHER;
        String code;
        String category;
        if (error.failure() != SdkFailure.API_ERROR) {
            code = error.failure().name();
            category = code;
        } else {
            // the entry that answered is the catalog's: its code, and the category of an ancestor, are bounded by it
            Optional<ErrorCode> matched = error.resolution().flatMap(Resolution::matchedCode);
            category = matched.map(c -> categoryOf(c.value())).orElse(OTHER);
            boolean exact = error.resolution().map(Resolution::exact).orElse(false);
            code = exact ? matched.map(ErrorCode::value).orElse(OTHER) : category;
        }
        return Tags.of("product", productTag, "code", code, "category", category, "retry", error.retry().name());
    }

    private static String categoryOf(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }
}
