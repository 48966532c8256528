package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.Printable;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every code of every official list (both SDK editions' enums, every product, every API version) is somewhere in the
 * catalog: in its product's committed facts, in each language whose enum words it (unless that text is absent, a
 * placeholder, the code itself or in the wrong script), or in the VOD, KMS and Live modules, or in its product's
 * {@code omitted} with why. And no text of the facts is in the wrong script.
 */
class OfficialListsInFactsTest {
    private static final Path PROJECT = Path.of("..").toAbsolutePath().normalize();
    private static final Path SOURCES = PROJECT.resolve("../shared/sources").normalize();
    private static final Map<String, String> SDKS = Map.of("zh-CN", "tencentcloud-sdk-java-3.2.11", "en", "tencentcloud-sdk-java-intl-en-3.1.16");

    @Test
    void everyOfficialCodeIsInTheFactsInEachLanguageItsEnumWordsOrInAModuleOrOmittedWithWhy() throws IOException {
        assumeTrue(Files.isDirectory(SOURCES), "../shared/sources is not beside the checkout");
        Set<String> modules = ProductList.of(PROJECT).products().stream().map(ProductList.Product::id).collect(Collectors.toSet());
        Map<String, ProductData> facts = new HashMap<>();
        Map<String, String> moduleProvenance = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<String, String> sdk : new TreeMap<>(SDKS).entrySet()) {
            String language = sdk.getKey();
            SdkSources sources = SdkSources.open(SOURCES.resolve(sdk.getValue()));
            for (String product : sources.products()) {
                for (SdkSources.EnumFile file : sources.product(product).orElseThrow().values()) {
                    for (SdkEnumParser.Constant c : file.constantsOrNone()) {
                        checked++;
                        String where = product + " " + Printable.of(c.code()) + " (" + file.relative() + ":" + c.line() + ")";
                        if (modules.contains(product)) {
                            String provenance = moduleProvenance.computeIfAbsent(product, p -> read("catalog-" + p
                                    + "/src/main/resources/META-INF/errorcatalog/" + p + "/provenance.json"));
                            if (!provenance.contains("\n    \"" + c.code() + "\": {")) {
                                problems.add(where + ": not in module catalog-" + product);
                            }
                            continue;
                        }
                        ProductData data = facts.computeIfAbsent(product, p -> Facts.read(PROJECT.resolve(Refresh.FACTS + p + ".json")));
                        ProductData.Entry entry = data.entries().stream().filter(e -> e.code().equals(c.code())).findFirst().orElse(null);
                        if (entry == null) {
                            String prefix = (ErrorCode.isValid(c.code()) ? c.code() : Printable.shorten(c.code(), 80)) + ": ";
                            if (data.omitted().stream().noneMatch(o -> o.startsWith(prefix) && o.length() > prefix.length())) {
                                problems.add(where + ": neither in the facts nor omitted with why");
                            }
                            continue;
                        }
                        boolean worded = Texts.present(c.comment(), c.code()).map(t -> Texts.plain(t, new ArrayList<>()))
                                .filter(t -> LanguageScripts.fits(t, Locale.forLanguageTag(language))).isPresent();
                        if (worded && !entry.messages().containsKey(language)) {
                            problems.add(where + ": its " + language + " enum words it, the facts have no " + language + " text");
                        }
                    }
                }
            }
        }
        for (ProductData data : facts.values()) {
            for (ProductData.Entry e : data.entries()) {
                e.messages().forEach((language, text) -> {
                    if (!LanguageScripts.fits(text.text(), Locale.forLanguageTag(language))) {
                        problems.add(data.product() + " " + e.code() + ": " + language + " text in the wrong script");
                    }
                });
            }
        }
        assertEquals(List.of(), problems, () -> problems.size() + " problem(s)");
        assertTrue(checked > 25_000, "both SDKs' constants were read: " + checked);
    }

    private static String read(String file) {
        try {
            return Files.readString(PROJECT.resolve(file));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
