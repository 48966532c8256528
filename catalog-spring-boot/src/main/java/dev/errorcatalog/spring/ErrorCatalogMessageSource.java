package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.i18n.ErrorCatalogException;
import org.springframework.context.HierarchicalMessageSource;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.MessageSourceSupport;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The catalog as a Spring {@link MessageSource}: the code {@code errorcatalog.<product>.<Code>}
 * ({@code errorcatalog.vod.InvalidParameterValue.FileIdsTooMany}) is the catalog's message for that exact code in the
 * product's locale closest to the one asked for. The starter sets it as the parent of the application's own message
 * source, so the application's messages win; templates and validation messages can use the codes.
 *
 * <p>Only a code the catalog has an entry for answers (its own or a common one); any other code is not found, as with
 * any message source: the default message, or {@link NoSuchMessageException}, or the parent's answer. A message whose
 * pattern takes named arguments ({@code {count}}) is given them as a {@code Map} in the first argument. A null locale
 * means the starter's default locale, never the JVM's. Without a parent, a default message is rendered with its
 * arguments, as Spring's own sources do ({@code "At most {0}"} with {@code 5} is {@code "At most 5"}).
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class ErrorCatalogMessageSource extends MessageSourceSupport implements HierarchicalMessageSource {
    /** The prefix of every code this source answers. */
    public static final String PREFIX = "errorcatalog.";

    private final ErrorCatalog catalog;
    private final Locale defaultLocale;
    private volatile MessageSource parent;

    /** A source over a catalog, with the locale used when none is given. */
    public ErrorCatalogMessageSource(ErrorCatalog catalog, Locale defaultLocale) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    }

    /** The message source code of a product's code: {@code errorcatalog.kms.ResourceUnavailable.CmkDisabled}. */
    public static String codeOf(String product, String code) {
        return PREFIX + Objects.requireNonNull(product, "product") + "." + Objects.requireNonNull(code, "code");
    }

    /** The catalog's exact message for a message source code, empty for any code it does not answer. */
    public Optional<String> find(String code, Object[] args, Locale locale) {
        if (code == null || !code.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = code.substring(PREFIX.length());
        int dot = rest.indexOf('.');
        if (dot <= 0 || dot == rest.length() - 1) {
            return Optional.empty();
        }
        String product = rest.substring(0, dot);
        Resolution r;
        try {
            r = catalog.product(product).resolve(rest.substring(dot + 1), orDefault(locale));
        } catch (ErrorCatalogException notOurs) { // no such product, or not a code
            return Optional.empty();
        }
        if (!r.exact()) {
            return Optional.empty();
        }
        return Optional.of(args != null && args.length > 0 && args[0] instanceof Map<?, ?> named
                ? r.message(stringKeys(named)) : r.message());
    }

    private static Map<String, ?> stringKeys(Map<?, ?> named) {
        Map<String, Object> copy = new java.util.HashMap<>();
        named.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        Optional<String> found = find(code, args, locale);
        if (found.isPresent()) {
            return found.get();
        }
        MessageSource p = parent;
        if (p != null) {
            return p.getMessage(code, args, defaultMessage, locale);
        }
        return defaultMessage == null ? null : renderDefaultMessage(defaultMessage, args, orDefault(locale));
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        Optional<String> found = find(code, args, locale);
        if (found.isPresent()) {
            return found.get();
        }
        MessageSource p = parent;
        if (p != null) {
            return p.getMessage(code, args, locale);
        }
        throw new NoSuchMessageException(code, orDefault(locale));
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String[] codes = resolvable.getCodes();
        if (codes != null) {
            for (String code : codes) {
                Optional<String> found = find(code, resolvable.getArguments(), locale);
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        MessageSource p = parent;
        if (p != null) {
            return p.getMessage(resolvable, locale);
        }
        String defaultMessage = resolvable.getDefaultMessage();
        if (defaultMessage != null) {
            boolean render = !(resolvable instanceof DefaultMessageSourceResolvable d) || d.shouldRenderDefaultMessage();
            return render ? renderDefaultMessage(defaultMessage, resolvable.getArguments(), orDefault(locale))
                    : defaultMessage;
        }
        throw new NoSuchMessageException(codes != null && codes.length > 0 ? codes[codes.length - 1] : "",
                orDefault(locale));
    }

    private Locale orDefault(Locale locale) {
        return locale == null ? defaultLocale : locale;
    }

    @Override
    public void setParentMessageSource(MessageSource parent) {
        this.parent = parent;
    }

    @Override
    public MessageSource getParentMessageSource() {
        return parent;
    }

    @Override
    public String toString() {
        return "ErrorCatalogMessageSource " + catalog.products() + " default " + defaultLocale.toLanguageTag();
    }
}
