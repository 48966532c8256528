package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class CodeTableTest {
    @Test
    void prefixesThatSampleAlikeAreToldApartByTheirText() {
        // same length, same characters where the prefix index samples them: one probe chain, two answers
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("AbcdE", "first");
        entries.put("AzcdE", "second");
        CodeTable<String> table = new CodeTable<>(entries);
        assertEquals("first", table.getPrefix("AbcdE.Sub", 5));
        assertEquals("second", table.getPrefix("AzcdE.Sub", 5));
        assertNull(table.getPrefix("AqcdE.Sub", 5));
        assertNull(table.getPrefix("AbcdE.Sub", 4), "a shorter prefix is another key");
        assertNull(table.getPrefix("AxcdE.AbcdE", 5), "a key further on in the text is not its prefix");
        assertEquals("second", table.get("AzcdE"));
    }

    @Test
    void everyKeyIsFoundWholeAndAsAPrefixInAFullTable() {
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (int i = 0; i < 300; i++) {
            entries.put("Category" + i, i);
        }
        CodeTable<Integer> table = new CodeTable<>(entries);
        entries.forEach((code, value) -> {
            assertEquals(value, table.get(code));
            assertEquals(value, table.getPrefix(code + ".Below", code.length()));
        });
        assertNull(table.get("Category300"));
    }

    @Test
    void keysOfOneHashCodeAreFoundWholeAndAsPrefixesAndOthersOfThatHashAreNot() {
        List<String> all = FirstUseScalesTest.collidingCodes("Same.", 7); // 128 keys, one hash code
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (int i = 0; i < all.size(); i += 2) {
            entries.put(all.get(i), i);
        }
        CodeTable<Integer> table = new CodeTable<>(entries);
        for (int i = 0; i < all.size(); i++) {
            String code = all.get(i);
            Integer expected = i % 2 == 0 ? i : null;
            assertEquals(expected, table.get(code), code);
            assertEquals(expected, table.getPrefix(code + ".Sub", code.length()), code);
        }
    }

    @Test
    void prefixesAlikeWhereTheIndexSamplesAreFoundByTheirWholeText() {
        // one length, and the same characters at its start, middle, three quarters and end: one prefix bucket
        Map<String, Integer> entries = new LinkedHashMap<>();
        for (int i = 0; i < 1000; i += 2) {
            entries.put(String.format("A%03dB%dCD", i / 10, i % 10), i);
        }
        CodeTable<Integer> table = new CodeTable<>(entries);
        for (int i = 0; i < 1000; i++) {
            String code = String.format("A%03dB%dCD", i / 10, i % 10);
            Integer expected = i % 2 == 0 ? i : null;
            assertEquals(expected, table.getPrefix(code + ".Sub", code.length()), code);
            assertEquals(expected, table.getPrefix(code, code.length()), code);
            assertNull(table.getPrefix(code + "E.Sub", code.length() + 1), code);
            assertEquals(expected, table.get(code));
        }
    }

    @Test
    void aPrefixIsComparedToAKeyAsItsSubstringWould() {
        for (String key : List.of("A", "AB", "ABC", "ABD", "B", "AA")) {
            for (String text : List.of("AB.C", "ABC.D", "A.B", "B", "AAB")) {
                for (int end = 1; end <= text.length(); end++) {
                    assertEquals(Integer.signum(key.compareTo(text.substring(0, end))),
                            Integer.signum(CodeTable.compareToPrefix(key, text, end)), key + " " + text + " " + end);
                }
            }
        }
    }

    @Test
    void anEmptyTableHoldsNothing() {
        CodeTable<String> table = new CodeTable<>(Map.of());
        assertNull(table.get("A"));
        assertNull(table.getPrefix("A.B", 1));
    }
}
