package dev.errorcatalog.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Objects;

/** The locale of a request, as the application's {@link LocaleResolver} says, never the JVM's default. */
final class RequestLocale {
    private final Locale defaultLocale;

    RequestLocale(Locale defaultLocale) {
        this.defaultLocale = Objects.requireNonNull(defaultLocale, "defaultLocale");
    }

    Locale of(HttpServletRequest request) {
        HttpServletRequest asked = request;
        String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
        if (header == null || header.isBlank()) {
            // Without a header (or an empty one) the servlet container reports its default locale, the JVM's; a
            // resolver falling back to it (Spring Boot's Accept-Language resolver without spring.web.locale) gets the
            // starter's instead.
            asked = new HttpServletRequestWrapper(request) {
                @Override
                public Locale getLocale() {
                    return defaultLocale;
                }

                @Override
                public Enumeration<Locale> getLocales() {
                    return Collections.enumeration(java.util.List.of(defaultLocale));
                }
            };
        }
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        Locale locale = resolver != null ? resolver.resolveLocale(asked) : asked.getLocale();
        return locale != null ? locale : defaultLocale;
    }
}
