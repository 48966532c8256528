package dev.errorcatalog.spring;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

import java.util.Locale;
import java.util.Objects;

/**
 * The locale of a reactive request, as the application's {@link LocaleContextResolver} says, never the JVM's default:
 * the reactive twin of {@link RequestLocale}.
 */
final class ExchangeLocale {
    private final Locale defaultLocale;

    ExchangeLocale(Locale defaultLocale) {
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    }

    Locale of(ServerWebExchange exchange) {
        // Spring Boot's Accept-Language resolver answers no locale for a request without the header (or with an empty
        // or malformed one) unless spring.web.locale is set; where a servlet container would put the JVM's default,
        // the starter's stands in
        LocaleContext context = exchange.getLocaleContext();
        Locale locale = context.getLocale();
        return locale != null ? locale : defaultLocale;
    }
}
