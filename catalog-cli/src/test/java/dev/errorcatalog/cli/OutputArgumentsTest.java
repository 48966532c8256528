package dev.errorcatalog.cli;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OutputArgumentsTest {
    @Test
    void aValueThatReadsAsANumberIsGivenAsOneWhateverItsSize() {
        Output output = new Output();
        output.args.add("n=5");
        output.args.add("limit=12345678901234567890");
        output.args.add("ratio=1.5");
        output.args.add("name=abc");
        Map<String, Object> arguments = output.arguments();
        assertEquals(5L, arguments.get("n"));
        assertEquals(new BigDecimal("12345678901234567890"), arguments.get("limit"), "too large for a long, still a number");
        assertEquals(new BigDecimal("1.5"), arguments.get("ratio"));
        assertEquals("abc", arguments.get("name"));
        assertEquals("12,345,678,901,234,567,890",
                new MessageFormat("{limit, number}", ULocale.ENGLISH).format(Map.of("limit", arguments.get("limit"))));
    }

    @Test
    void aNumberTooLargeToFormatPromptlyIsGivenAsText() {
        // ICU takes seconds to format a number of a hundred thousand digits, and refuses one of a billion only after a while
        Output output = new Output();
        String digits = "9".repeat(100_000);
        output.args.add("digits=" + digits);
        output.args.add("magnitude=1e999999999");
        output.args.add("long=" + "9".repeat(Output.MAX_NUMBER_DIGITS));
        Map<String, Object> arguments = output.arguments();
        assertEquals(digits, arguments.get("digits"));
        assertEquals("1e999999999", arguments.get("magnitude"));
        assertEquals(new BigDecimal("9".repeat(Output.MAX_NUMBER_DIGITS)), arguments.get("long"), "as long as a number may be");
    }
}
