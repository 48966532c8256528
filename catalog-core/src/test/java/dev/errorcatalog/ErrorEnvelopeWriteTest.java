package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** An envelope written for a caller never carries a raw {placeholder}. */
class ErrorEnvelopeWriteTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new DemoCatalogProvider()).strict(true).build();
    private final Resolution withArguments = catalog.resolve(DemoCode.DEMO_ARGUMENT, Locale.ENGLISH);

    @Test
    void aPatternWithArgumentsIsWrittenWithThem() {
        assertEquals(Set.of("max", "count"), withArguments.argumentNames());
        assertEquals("{\"Response\":{\"Error\":{\"Code\":\"DemoArgument\",\"Message\":\"At most 5 items; this demo "
                        + "doesn't take 7.\"},\"RequestId\":\"r-1\"}}",
                ErrorEnvelope.write(withArguments, Map.of("max", 5, "count", 7), "r-1"));
    }

    @Test
    void aPatternWithArgumentsIsRefusedWithoutThem() {
        assertEquals("the message of DemoArgument needs the arguments [count, max] and was given none; pass them "
                        + "(ErrorEnvelope.write(resolution, arguments, requestId)) so that no {placeholder} is written",
                assertThrows(MissingArgumentsException.class, () -> ErrorEnvelope.write(withArguments, "r-1")).getMessage());
        assertEquals("the message of DemoArgument needs the arguments [count] and was given [max]; pass them "
                        + "(ErrorEnvelope.write(resolution, arguments, requestId)) so that no {placeholder} is written",
                assertThrows(MissingArgumentsException.class,
                        () -> ErrorEnvelope.write(withArguments, Map.of("max", 5), "r-1")).getMessage());
    }

    @Test
    void aPatternWithoutArgumentsIsWrittenAsItIs() {
        Resolution plain = catalog.resolve("demo", "FailedOperation.DemoBusy", Locale.ENGLISH);
        assertEquals(Set.of(), plain.argumentNames());
        assertEquals(ErrorEnvelope.write("FailedOperation.DemoBusy", plain.message(), "r-2"), ErrorEnvelope.write(plain, "r-2"));
    }
}
