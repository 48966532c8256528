package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * The first use of a product (registering it, reading its bundle and provenance file, building its table) and the
 * walk to a code's parent stay linear in its number of codes whatever the codes are. Codes alike where the prefix
 * index samples them, and codes sharing one {@link String#hashCode()}, each took many seconds (quadratic) before.
 */
class FirstUseScalesTest {
    /**
     * Far above what the linear first use takes (one to two seconds alone, up to ten on a machine busy with other
     * builds); below the quadratic one's (about 46 s for the first case, about 50 s for the second).
     */
    private static final Duration BOUND = Duration.ofSeconds(30);

    @Test
    void aHundredThousandCodesAlikeWhereThePrefixIndexLooksAreReadyAndWalkedInLinearTime() {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            // one length, and the same characters at its start, middle, three quarters and end
            codes.add(String.format("InvalidParameterValue.X%06dZ", i));
        }
        ScriptedProvider provider = provider("alike", codes);
        ErrorCatalog catalog = assertTimeoutPreemptively(BOUND, () -> {
            ErrorCatalog c = ErrorCatalog.builder().provider(provider).build();
            for (int i = 0; i < codes.size(); i++) { // each walks to its parent through the prefix index
                assertEquals(MatchKind.PARENT, c.resolve("alike", codes.get(i) + ".Deeper", Locale.ENGLISH).kind());
            }
            return c;
        });
        assertAnswers(catalog, "alike", codes);
    }

    @Test
    void codesOfOneHashAreReadyInLinearTime() {
        List<String> codes = collidingCodes("InvalidParameter.", 16);
        assertEquals(1, codes.stream().mapToInt(String::hashCode).distinct().count());
        ScriptedProvider provider = provider("collide", codes);
        ErrorCatalog catalog = assertTimeoutPreemptively(BOUND, () -> {
            ErrorCatalog c = ErrorCatalog.builder().provider(provider).build();
            assertEquals("sheet-source", c.resolve("collide", codes.get(codes.size() - 1), Locale.ENGLISH).origin().title());
            for (String code : codes) { // each found among all the others of its hash, and walked to from below
                assertEquals(MatchKind.EXACT, c.resolve("collide", code, Locale.ENGLISH).kind());
                assertEquals(MatchKind.PARENT, c.resolve("collide", code + ".Deeper", Locale.ENGLISH).kind());
            }
            return c;
        });
        assertAnswers(catalog, "collide", codes);
    }

    /** {@code prefix} followed by every string of {@code blocks} blocks of "Aa" or "BB", which share a hash code. */
    static List<String> collidingCodes(String prefix, int blocks) {
        List<String> out = new ArrayList<>();
        for (int bits = 0; bits < 1 << blocks; bits++) {
            StringBuilder s = new StringBuilder(prefix);
            for (int b = 0; b < blocks; b++) {
                s.append((bits >>> b & 1) == 0 ? "Aa" : "BB");
            }
            out.add(s.toString());
        }
        return out;
    }

    /** A provider of the codes, each with a text in its bundle and a source in its provenance file. */
    private static ScriptedProvider provider(String product, List<String> codes) {
        StringBuilder bundle = new StringBuilder("{");
        StringBuilder sheet = new StringBuilder("{\"sources\": [{\"id\": \"s\", \"kind\": \"TRANSLATION\", \"title\": \"sheet-source\"}],"
                + " \"codes\": {");
        for (int i = 0; i < codes.size(); i++) {
            String sep = i == 0 ? "" : ",";
            bundle.append(sep).append('"').append(codes.get(i)).append("\": \"Text ").append(i).append(".\"");
            sheet.append(sep).append('"').append(codes.get(i)).append("\": {\"message\": {\"en\": \"s\"}}");
        }
        bundle.append('}');
        sheet.append("}}");
        ScriptedProvider p = new ScriptedProvider(product, Map.of(Locale.ENGLISH, bundle.toString()), codes.toArray(String[]::new));
        byte[] sheetBytes = sheet.toString().getBytes(StandardCharsets.UTF_8);
        p.openProvenance = () -> Optional.of(new ByteArrayInputStream(sheetBytes));
        return p;
    }

    private static void assertAnswers(ErrorCatalog catalog, String product, List<String> codes) {
        assertEquals(List.of(), catalog.problems());
        for (int i : new int[]{0, 1, codes.size() / 2, codes.size() - 1}) {
            Resolution r = catalog.product(product).resolve(codes.get(i), Locale.ENGLISH);
            assertEquals(MatchKind.EXACT, r.kind());
            assertEquals("Text " + i + ".", r.message());
            Resolution sub = catalog.product(product).resolve(codes.get(i) + ".Deeper", Locale.ENGLISH);
            assertEquals(MatchKind.PARENT, sub.kind());
            assertEquals("Text " + i + ".", sub.message());
        }
        assertEquals(MatchKind.COMMON_PARENT, catalog.product(product).resolve(codes.get(0) + "x", Locale.ENGLISH).kind());
        assertEquals(codes.size(), catalog.product(product).entries(Locale.ENGLISH).size());
    }
}
