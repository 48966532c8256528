package dev.errorcatalog.spring;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.InvalidProductIdException;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Which product an official SDK's exception belongs to, as the application states it: the exception itself does not
 * say, and its message is not read for it. The starter's binding ({@link #of(ErrorCatalog, ErrorCatalogProperties.Sdk)})
 * looks for a configured client class or package in the exception's stack trace (the client whose call failed is
 * there; a trace that cannot be read has none), then in its suppressed exceptions' (where a Reactor checkpoint, as in
 * WebFlux, moves all but the first frame), and otherwise answers with {@code errorcatalog.sdk.product}. An application
 * with other needs defines a bean of this type.
 */
@API(status = MAINTAINED, since = "0.1.0")
@FunctionalInterface
public interface SdkProductBinding {
    /** The product whose codes answer this exception. */
    ProductId productOf(TencentCloudSDKException exception);

    /**
     * The binding of the properties, checked against the catalog now: a product that is not installed, or a blank
     * client name, fails here, at start-up, naming it.
     *
     * @throws InvalidValueException naming the property and what is wrong with it
     */
    static SdkProductBinding of(ErrorCatalog catalog, ErrorCatalogProperties.Sdk sdk) {
        ProductId fallback = installed(catalog, sdk.product(), "errorcatalog.sdk.product");
        Map<String, ProductId> clients = new LinkedHashMap<>();
        sdk.clients().forEach((product, names) -> {
            ProductId id = installed(catalog, product, "errorcatalog.sdk.clients." + product);
            if (names.isEmpty()) {
                // "errorcatalog.sdk.clients.kms=" binds to an empty list, which would bind nothing without a word
                throw new InvalidValueException("errorcatalog.sdk.clients." + Printable.shorten(product, 80),
                        "it is empty: name SDK client classes or packages, separated by commas");
            }
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw new InvalidValueException("errorcatalog.sdk.clients." + Printable.shorten(product, 80),
                            "it has an empty entry: name SDK client classes or packages, separated by commas");
                }
                ProductId before = clients.put(name.strip(), id);
                if (before != null && !before.equals(id)) {
                    throw new InvalidValueException("errorcatalog.sdk.clients", "'" + Printable.shorten(name.strip(), 80)
                            + "' is bound to both " + before + " and " + id);
                }
            }
        });
        List<Map.Entry<String, ProductId>> bound = List.copyOf(clients.entrySet());
        return exception -> {
            Objects.requireNonNull(exception, "exception");
            Optional<ProductId> own = clientIn(stackTrace(exception), bound);
            if (own.isPresent()) {
                return own.get();
            }
            // A Reactor checkpoint (every error from a WebFlux controller passes one) cuts the exception's own trace
            // to its first frame and keeps the rest in a suppressed exception: the client's frame is there
            for (Throwable suppressed : exception.getSuppressed()) { // final in Throwable: a copy, never null
                Optional<ProductId> moved = clientIn(stackTrace(suppressed), bound);
                if (moved.isPresent()) {
                    return moved.get();
                }
            }
            return fallback;
        };
    }

    private static Optional<ProductId> clientIn(StackTraceElement[] trace, List<Map.Entry<String, ProductId>> bound) {
        for (StackTraceElement frame : trace) {
            if (frame == null) {
                continue;
            }
            for (Map.Entry<String, ProductId> client : bound) {
                String cls = frame.getClassName();
                if (cls.equals(client.getKey()) || cls.startsWith(client.getKey() + ".")) {
                    return Optional.of(client.getValue());
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The exception's stack trace; none when it cannot be read (a subclass's {@code getStackTrace()} throws or answers
     * null), so the exception is still answered, in the default product.
     */
    private static StackTraceElement[] stackTrace(Throwable exception) {
        try {
            StackTraceElement[] trace = exception.getStackTrace();
            return trace == null ? new StackTraceElement[0] : trace;
        } catch (Throwable unreadable) {
            // what no caller recovers from passes; a stack overflow is the getter recursing
            if (unreadable instanceof VirtualMachineError fatal && !(unreadable instanceof StackOverflowError)) {
                throw fatal;
            }
            return new StackTraceElement[0];
        }
    }

    private static ProductId installed(ErrorCatalog catalog, String product, String property) {
        ProductId id;
        try {
            id = ProductId.of(product.strip());
        } catch (InvalidProductIdException e) {
            throw new InvalidValueException(Printable.shorten(property, 120), e.getMessage(), e);
        }
        if (!catalog.products().contains(id)) {
            throw new InvalidValueException(Printable.shorten(property, 120), "it names the product " + id
                    + ", which no module on the class path provides; installed: " + catalog.products());
        }
        return id;
    }
}
