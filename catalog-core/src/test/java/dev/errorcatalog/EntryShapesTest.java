package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Entries with a title and variants come through to the answer; how problems, providers and responses name themselves. */
class EntryShapesTest {

    @Test
    void aTitleAndVariantsAreFormattedIntoTheAnswer() {
        ScriptedProvider p = new ScriptedProvider("shapes", Map.of(Locale.ENGLISH,
                "{\"FailedOperation.Shaped\": {\"message\": \"It failed.\", \"title\": \"Failure\","
                        + " \"variants\": [{\"title\": \"Busy\", \"message\": \"It is busy.\"}, {\"message\": \"It is off.\"}]}}"),
                "FailedOperation.Shaped");
        ErrorCatalog catalog = ErrorCatalog.builder().provider(p).strict(true).build();
        Resolution r = catalog.resolve("shapes", "FailedOperation.Shaped", Locale.ENGLISH);
        assertEquals("It failed.", r.message());
        assertEquals(Optional.of("Failure"), r.title());
        assertEquals(List.of(new Meaning(Optional.of("Busy"), "It is busy."), new Meaning(Optional.empty(), "It is off.")),
                r.variants());
    }

    @Test
    void aProblemNamesItsProductClassFileAndKey() {
        CatalogProblem p = new CatalogProblem(Optional.of("demo"), "demo.Provider", Optional.of("demo/en.json"),
                Optional.of("FailedOperation"), "no usable text in en");
        assertEquals("product demo (demo.Provider) file demo/en.json key 'FailedOperation': no usable text in en", p.toString());
        CatalogProblem q = new CatalogProblem(Optional.empty(), "demo.Provider", Optional.empty(), Optional.empty(), "threw");
        assertEquals("(demo.Provider): threw", q.toString());
    }

    @Test
    void anEnumProviderNamesItsEnumAndProduct() {
        DemoCatalogProvider provider = new DemoCatalogProvider();
        assertEquals(DemoCode.class, provider.codeType());
        assertEquals("dev.errorcatalog.demo.DemoCatalogProvider[demo]", provider.toString());
    }

    @Test
    void aFailureHasTheVersionOfItsEnvelope() {
        assertEquals(ApiVersion.V3, ErrorEnvelope.parse("{\"Response\":{\"Error\":{\"Code\":\"AuthFailure\",\"Message\":\"m\"},"
                + "\"RequestId\":\"r\"}}").version());
        assertEquals(ApiVersion.V2, ErrorEnvelope.parse("{\"code\":4000,\"message\":\"m\"}").version());
    }
}
