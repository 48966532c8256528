package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** {@code message()} answers what {@code resolve().message()} answers, whatever the code, without making a Resolution. */
class MessageOnlyTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).build();

    @ParameterizedTest
    @ValueSource(strings = {"FailedOperation", "FailedOperation.DemoBusy", "FailedOperation.DemoBusy.Deeper",
            "FailedOperation.NeverSeen", "InvalidParameterValue.DemoSize.X9", "AuthFailure.SignatureExpire",
            "AuthFailure.NeverSeen.Either", "Unheard", "Unheard.Of", "DemoLimit.Sub"})
    void theSameTextAsResolve(String code) {
        for (Locale locale : new Locale[]{Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("zh-CN"), Locale.FRANCE}) {
            String expected = catalog.resolve("demo", code, locale).message();
            assertEquals(expected, catalog.message("demo", code, locale), code + " in " + locale);
            assertEquals(expected, catalog.message("demo", code, locale), code + " in " + locale + ", asked again");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"FailedOperation.", "FailedOperation..DemoBusy", "FailedOperation.Demo Busy", ".FailedOperation",
            "FailedOperation.9", ""})
    void textThatIsNotACodeIsRefusedAsByResolve(String text) {
        InvalidErrorCodeException byResolve = assertThrows(InvalidErrorCodeException.class,
                () -> catalog.resolve("demo", text, Locale.ENGLISH));
        InvalidErrorCodeException byMessage = assertThrows(InvalidErrorCodeException.class,
                () -> catalog.message("demo", text, Locale.ENGLISH));
        assertEquals(byResolve.getMessage(), byMessage.getMessage());
    }
}
