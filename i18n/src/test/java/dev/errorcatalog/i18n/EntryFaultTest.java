package dev.errorcatalog.i18n;

import dev.errorcatalog.i18n.internal.TestBundles;
import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An entry with a fault in one of its own fields is left out, however good its variants are. */
class EntryFaultTest {

    @Test
    void anEntryWithAFaultyTitleIsLeftOutThoughItsVariantsAreGood() {
        MessageBundle.Read read = TestBundles.read("{\"A\": {\"message\": \"Alpha.\", \"title\": 5, \"variants\": [{\"message\": \"One.\"}]},"
                + " \"B\": \"Beta.\"}", Locale.ENGLISH);
        assertEquals(Optional.empty(), read.bundle().entry("A"));
        assertEquals("Beta.", read.bundle().entry("B").orElseThrow().message().format());
        assertEquals(List.of("\"title\" must be a string, found a number"),
                read.problems().stream().map(BundleProblem::description).toList());
    }
}
