package dev.errorcatalog;

import dev.errorcatalog.testing.SeedDocument;
import dev.errorcatalog.testing.SeedDocument.Row;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Core's common codes against the common tables of the five source documents, read with the modules' shared
 * reader; here rather than in core, as this module depends on core (core's {@code CommonCodesTest} keeps the rest).
 */
class CommonCodesDocumentsTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final List<String> ENGLISH = List.of("000_1a49b65bb6a47f1a.txt", "002_12e1e7e078075207.txt");
    private static final List<String> CHINESE = List.of("001_ef4515cd2b9e099b.txt", "004_617bda8360d5c2eb.txt");
    private final ErrorCatalog catalog = ErrorCatalog.builder().strict(true).build();

    private static List<Row> commonRows(List<String> documents) {
        return documents.stream().flatMap(d -> SeedDocument.read(d).stream())
                .filter(r -> r.table() == SeedDocument.Table.COMMON).toList();
    }

    @Test
    void theDocumentCopiesAreTheSharedDocuments() {
        org.junit.jupiter.api.Assumptions.assumeTrue(SeedDocument.sharedSeedsPresent(), "../shared/seeds is not beside the checkout");
        for (String d : List.of("000_1a49b65bb6a47f1a.txt", "001_ef4515cd2b9e099b.txt", "002_12e1e7e078075207.txt",
                "003_cceb94865ab093b4.txt", "004_617bda8360d5c2eb.txt")) {
            assertEquals(Optional.empty(), SeedDocument.differenceFromShared(d));
        }
    }

    @Test
    void theCommonSetHoldsTheDocumentsCommonTablesAndTheOfficialOnes() {
        Set<String> union = Stream.concat(commonRows(ENGLISH).stream(), commonRows(CHINESE).stream())
                .map(Row::code).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(32, union.size());
        Set<String> constants = Arrays.stream(CommonCode.values()).map(c -> c.code().value()).collect(Collectors.toCollection(TreeSet::new));
        assertTrue(constants.containsAll(union), () -> "missing: " + union.stream().filter(c -> !constants.contains(c)).toList());
        // the official common tables (38 codes) add six; the drift test checks them against ../shared/sources
        assertEquals(38, constants.size());
        assertEquals(26 + 32 + 26 + 26, commonRows(ENGLISH).size() + commonRows(CHINESE).size());
    }

    @TestFactory
    Stream<DynamicTest> everyCommonRowResolvesToOneOfTheDocumentsWordings() {
        return Stream.concat(
                commonRows(ENGLISH).stream().map(r -> row(r, Locale.ENGLISH, ENGLISH)),
                commonRows(CHINESE).stream().map(r -> row(r, ZH, CHINESE)));
    }

    private DynamicTest row(Row row, Locale locale, List<String> sameLanguage) {
        return DynamicTest.dynamicTest(row.document().substring(0, 3) + " " + row.code(), () -> {
            Resolution r = catalog.resolve("common", row.code(), locale);
            assertEquals(MatchKind.EXACT, r.kind());
            assertEquals(locale, r.locale());
            Set<String> wordings = commonRows(sameLanguage).stream().filter(o -> o.code().equals(row.code()))
                    .map(Row::text).collect(Collectors.toSet());
            assertTrue(wordings.contains(r.message()), row + " resolved to " + r.message());
        });
    }

    @Test
    void coreKeepsTheWordingsOf001ForChineseAnd002ForEnglish() {
        for (Row row : SeedDocument.read("001_ef4515cd2b9e099b.txt")) {
            if (row.table() == SeedDocument.Table.COMMON) {
                assertEquals(row.text(), catalog.resolve("common", row.code(), ZH).message(), row.toString());
            }
        }
        for (Row row : SeedDocument.read("002_12e1e7e078075207.txt")) {
            if (row.table() == SeedDocument.Table.COMMON) {
                assertEquals(row.text(), catalog.resolve("common", row.code(), Locale.ENGLISH).message(), row.toString());
            }
        }
    }

    @Test
    void linksKeepTheirLabelInTheTextAndTheirTargetAsTheHelpLink() {
        for (Row row : commonRows(List.of("001_ef4515cd2b9e099b.txt", "002_12e1e7e078075207.txt"))) {
            for (String link : row.links()) {
                Resolution r = catalog.resolve("common", row.code(), Locale.ENGLISH);
                assertEquals(Optional.of(URI.create(link)), r.helpUrl(), row.toString());
            }
        }
        assertEquals("MFA 错误。", catalog.resolve("common", "AuthFailure.MFAFailure", ZH).message());
    }
}
