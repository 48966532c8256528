package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
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
}
