package dev.errorcatalog;

import dev.errorcatalog.spi.CatalogProvider;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where each text came from, a product's data version, solutions, and a product whose sources give only Chinese. */
class ProvenanceTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** A product as a module generated from the Chinese SDK alone is: zh-CN only, with a provenance file. */
    static class ChineseOnly implements CatalogProvider {
        private final String id;

        ChineseOnly(String id) {
            this.id = id;
        }

        record Code(ProductId product, ErrorCode code) implements CodeDefinition {
        }

        @Override
        public ProductId product() {
            return ProductId.of(id);
        }

        @Override
        public List<Locale> locales() {
            return List.of(ZH);
        }

        @Override
        public List<Code> codes() {
            return List.of(new Code(product(), ErrorCode.parse("FailedOperation.ZhOnly")),
                    new Code(product(), ErrorCode.parse("ResourceNotFound.Thing")));
        }
    }

    /** The same, with a provenance file that names a source it does not list. */
    static final class BadSheet extends ChineseOnly {
        BadSheet() {
            super("badsheet");
        }
    }

    private final ErrorCatalog catalog = ErrorCatalog.builder().provider(new ChineseOnly("zhonly"))
            .provider(new BadSheet()).build();

    @Test
    void aProductWithoutEnglishAnswersInItsOwnDefaultWithoutAProblem() {
        Resolution r = catalog.resolve("zhonly", "FailedOperation.ZhOnly", Locale.ENGLISH);
        assertEquals(ZH, r.locale());
        assertEquals("操作失败：只有中文。", r.message());
        assertEquals(List.of(), catalog.problems().stream().filter(p -> p.product().equals(Optional.of("zhonly"))).toList());
    }

    @Test
    void everyMessageSaysWhereItCameFrom() {
        Resolution r = catalog.resolve("zhonly", "FailedOperation.ZhOnly", ZH);
        assertEquals(new Source("sdk-zh", Source.Kind.SDK, "tencentcloud-sdk-java", "3.2.11", "Apache-2.0"), r.origin());
        assertEquals("SDK tencentcloud-sdk-java 3.2.11", r.origin().describe());
        assertEquals(List.of("2020-01-01", "2024-07-18"), r.apiVersions());
        Resolution common = catalog.resolve("zhonly", "AuthFailure.SignatureExpire", ZH);
        assertEquals(Source.Kind.DOCUMENT, common.origin().kind(), "core's common codes say where their text came from too");
        assertEquals(Source.CODE, catalog.resolve("zhonly", "Totally.Unknown", ZH).origin());
        ApiError fromServer = new ApiError("Totally.Unknown", Optional.of("server words"), Optional.empty(), ApiVersion.V3,
                java.util.OptionalInt.empty());
        assertEquals(Source.SERVER, catalog.product("zhonly").resolve(fromServer, ZH).origin());
    }

    @Test
    void aSolutionBelongsToItsOwnCodeOnly() {
        Solution s = catalog.resolve("zhonly", "FailedOperation.ZhOnly", ZH).solution().orElseThrow();
        assertEquals(new Solution("请稍后重试。", ZH,
                new Source("error-centre", Source.Kind.ERROR_CENTRE, "Tencent Cloud error centre", "", "")), s);
        Resolution below = catalog.resolve("zhonly", "FailedOperation.ZhOnly.Deeper", ZH);
        assertEquals(MatchKind.PARENT, below.kind());
        assertEquals(Optional.empty(), below.solution());
        assertEquals(List.of(), below.apiVersions());
        assertEquals(Optional.empty(), catalog.resolve("zhonly", "ResourceNotFound.Thing", ZH).solution());
    }

    @Test
    void aProductReportsItsDataVersionAndSources() {
        Provenance p = catalog.product("zhonly").provenance();
        assertEquals(Optional.of("tencentcloud-sdk-java 3.2.11"), p.dataVersion());
        assertEquals(List.of("sdk-zh", "error-centre"), p.sources().stream().map(Source::id).toList());
        assertEquals(Optional.empty(), catalog.product("badsheet").provenance().dataVersion());
    }

    @Test
    void aBrokenProvenanceFileIsReportedAndTheTextsStillAnswer() {
        Resolution r = catalog.resolve("badsheet", "FailedOperation.ZhOnly", ZH);
        assertEquals("操作失败：只有中文。", r.message());
        assertEquals(Source.Kind.PRODUCT_MODULE, r.origin().kind());
        assertEquals(BadSheet.class.getName(), r.origin().title());
        List<CatalogProblem> problems = catalog.problems().stream().filter(p -> p.product().equals(Optional.of("badsheet"))).toList();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(Optional.of("META-INF/errorcatalog/badsheet/provenance.json"), problems.get(0).file());
        assertTrue(problems.get(0).description().startsWith("the provenance file cannot be read: FailedOperation.ZhOnly.message.zh-CN "
                + "names source \"sdk-nowhere\", which \"sources\" does not list (line "), problems.get(0).description());
    }

    @Test
    void aModuleWithoutAProvenanceFileSpeaksForItself() {
        ErrorCatalog demo = ErrorCatalog.builder().provider(new dev.errorcatalog.demo.DemoCatalogProvider()).build();
        Resolution r = demo.resolve("demo", "FailedOperation.DemoBusy", Locale.ENGLISH);
        assertEquals(Source.Kind.PRODUCT_MODULE, r.origin().kind());
        assertEquals(new Provenance(Optional.empty(), List.of(r.origin())), demo.product("demo").provenance());
        assertEquals(List.of(), demo.problems());
    }
}
