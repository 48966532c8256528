package dev.errorcatalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Service files are split into lines exactly as {@link String#lines()} would split them. */
class ServiceFileLinesTest {
    @ParameterizedTest
    @ValueSource(strings = {"", "a", "a\n", "a\nb", "a\r\nb\r\n", "a\rb", "\n", "\n\n", "\r\r\n", "a\r", "# c\nx.Y # z\r\n\n"})
    void splitLikeStringLines(String text) {
        assertEquals(text.lines().toList(), ProviderDiscovery.lines(text));
    }
}
