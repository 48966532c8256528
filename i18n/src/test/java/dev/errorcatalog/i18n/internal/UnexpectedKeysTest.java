package dev.errorcatalog.i18n.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;

import static dev.errorcatalog.i18n.internal.TestBundles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Keys a bundle has but nobody expects: the first ten are named, the rest counted in one more problem. */
class UnexpectedKeysTest {
    private static final MessageBundle EN = read("{\"A\": \"Alpha.\", \"B\": \"Beta.\"}", Locale.ENGLISH).bundle();

    private static List<String> problemsWithExtraKeys(int extra) {
        String json = IntStream.rangeClosed(1, extra).mapToObj(i -> String.format("\"X%02d\": \"Extra.\"", i))
                .reduce("{\"A\": \"Alpha.\", \"B\": \"Beta.\"", (a, b) -> a + ", " + b) + "}";
        MessageBundle en = read(json, Locale.ENGLISH).bundle();
        BundleFallback.Merged m = BundleFallback.merge("demo", List.of("A", "B"), Locale.ENGLISH, "demo/en.json",
                Optional.of(en), () -> Optional.of(EN));
        assertEquals("Alpha.", m.entries().get("A").entry().message().format());
        return m.problems().stream().map(p -> p.key().orElse("-") + ": " + p.description()).sorted().toList();
    }

    private static List<String> named(int n) {
        return IntStream.rangeClosed(1, n)
                .mapToObj(i -> String.format("X%02d: not one of the 2 expected keys; ignored", i)).toList();
    }

    @Test
    void tenUnexpectedKeysAreAllNamed() {
        assertEquals(named(10), problemsWithExtraKeys(10));
    }

    @Test
    void theEleventhUnexpectedKeyIsCounted() {
        List<String> problems = problemsWithExtraKeys(11);
        assertEquals(11, problems.size());
        assertEquals("-: 1 more keys are not among the 2 expected keys; ignored", problems.get(0));
        assertEquals(10, problems.stream().filter(p -> p.startsWith("X")).count());
    }

    @Test
    void manyUnexpectedKeysAreCountedInOneProblem() {
        List<String> problems = problemsWithExtraKeys(25);
        assertEquals(11, problems.size());
        assertEquals("-: 15 more keys are not among the 2 expected keys; ignored", problems.get(0));
    }

    @Test
    void noUnexpectedKeysNoProblem() {
        assertEquals(List.of(), problemsWithExtraKeys(0));
    }
}
