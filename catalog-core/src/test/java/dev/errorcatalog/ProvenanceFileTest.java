package dev.errorcatalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A provenance file whose fields have the wrong shape is refused, saying which field and where. */
class ProvenanceFileTest {
    private static final String SOURCE = "{\"id\": \"sdk-zh\", \"kind\": \"SDK\", \"title\": \"tencentcloud-sdk-java\"}";

    private static ProvenanceFile read(String json) {
        return ProvenanceFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "demo.Provider");
    }

    private static String refusal(String json) {
        return assertThrows(IllegalArgumentException.class, () -> read(json)).getMessage();
    }

    @Test
    void aWellFormedFileIsRead() {
        ProvenanceFile file = read("{\"product\": \"demo\", \"dataVersion\": \"v1\", \"sources\": [" + SOURCE + "],"
                + " \"codes\": {\"AuthFailure\": {\"apiVersions\": [\"2019-01-18\"], \"message\": {\"zh-CN\": \"sdk-zh\"},"
                + " \"solution\": {\"zh-CN\": \"sdk-zh\"}}}}");
        assertEquals(List.of("2019-01-18"), file.apiVersions("AuthFailure"));
        assertEquals("sdk-zh", file.messageOrigin("AuthFailure", Locale.SIMPLIFIED_CHINESE).id());
        assertEquals("sdk-zh", file.solutionOrigin("AuthFailure", Locale.SIMPLIFIED_CHINESE).id());
        assertEquals(List.of(), file.apiVersions("Other"));
    }

    @Test
    void theFileMustBeAnObject() {
        assertEquals("the file must be an object, found an array (line 1, column 2)", refusal("[]"));
    }

    @Test
    void theProductMustBeAString() {
        assertEquals("product must be a string, found a number (line 1, column 15)", refusal("{\"product\": 12}"));
    }

    @Test
    void theDataVersionMustBeAString() {
        assertEquals("dataVersion must be a string, found a boolean (line 1, column 21)", refusal("{\"dataVersion\": true}"));
    }

    @Test
    void theSourcesMustBeAnArray() {
        assertEquals("sources must be an array, found an object (line 1, column 14)", refusal("{\"sources\": {}}"));
    }

    @Test
    void aFieldOfASourceMustBeAString() {
        assertEquals("sources.title must be a string, found a number (line 1, column 36)",
                refusal("{\"sources\": [{\"id\": \"x\", \"title\": 3}]}"));
    }

    @Test
    void theCodesMustBeAnObject() {
        assertEquals("codes must be an object, found an array (line 1, column 12)", refusal("{\"codes\": []}"));
    }

    @Test
    void aCodeMustBeAnObject() {
        assertEquals("AuthFailure must be an object, found a string (line 1, column 28)",
                refusal("{\"codes\": {\"AuthFailure\": \"x\"}}"));
    }

    @Test
    void theApiVersionsOfACodeMustBeAnArray() {
        assertEquals("AuthFailure.apiVersions must be an array, found a string (line 1, column 44)",
                refusal("{\"codes\": {\"AuthFailure\": {\"apiVersions\": \"2019-01-18\"}}}"));
    }

    @Test
    void theMessageOriginsOfACodeMustBeAnObject() {
        assertEquals("AuthFailure.message must be an object, found an array (line 1, column 120)",
                refusal("{\"sources\": [" + SOURCE + "], \"codes\": {\"AuthFailure\": {\"message\": [\"sdk-zh\"]}}}"));
    }

    @Test
    void anOriginMustBeAString() {
        assertEquals("AuthFailure.solution.zh-CN must be a string, found null (line 1, column 54)",
                refusal("{\"codes\": {\"AuthFailure\": {\"solution\": {\"zh-CN\": null}}}}"));
    }

    @Test
    void aCodesRetryEvidenceIsGivenForItsOwnAdviceOnly() {
        ProvenanceFile file = read("{\"codes\": {\"AuthFailure\": {\"retry\": {\"advice\": \"CLOCK_SKEW\", \"rule\": \"clock-skew\","
                + " \"evidence\": \"name\"}}}}");
        assertEquals(java.util.Optional.of(new RetryEvidence(RetryAdvice.CLOCK_SKEW, "demo:AuthFailure", "clock-skew", "name")),
                file.retryEvidence("AuthFailure", RetryAdvice.CLOCK_SKEW, "demo:AuthFailure"));
        assertEquals(java.util.Optional.empty(), file.retryEvidence("AuthFailure", RetryAdvice.TRANSIENT, "demo:AuthFailure"),
                "evidence for other advice than the code's (an overlay's) is none");
        assertEquals(java.util.Optional.empty(), file.retryEvidence("Other", RetryAdvice.CLOCK_SKEW, "demo:Other"));
    }

    @Test
    void theFileACatalogHoldsReadsTheEvidenceAndLetsItGo() {
        ProvenanceFile held = ProvenanceFile.read(new ByteArrayInputStream(("{\"codes\": {\"AuthFailure\": {\"retry\":"
                + " {\"advice\": \"CLOCK_SKEW\", \"rule\": \"clock-skew\", \"evidence\": \"name\"}}}}").getBytes(StandardCharsets.UTF_8)),
                "demo.Provider", java.util.Map.of(), false);
        assertEquals(java.util.Optional.empty(), held.retryEvidence("AuthFailure", RetryAdvice.CLOCK_SKEW, "demo:AuthFailure"));
        assertThrows(IllegalArgumentException.class, () -> ProvenanceFile.read(new ByteArrayInputStream(
                "{\"codes\": {\"AuthFailure\": {\"retry\": {\"advice\": \"NO\"}}}}".getBytes(StandardCharsets.UTF_8)),
                "demo.Provider", java.util.Map.of(), false), "a held file still checks what it lets go");
    }

    @Test
    void aRetryNamesAnAdviceThereIs() {
        assertEquals("AuthFailure.retry names no advice \"SOMETIMES\" (line 1, column 60)",
                refusal("{\"codes\": {\"AuthFailure\": {\"retry\": {\"advice\": \"SOMETIMES\"}}}}"));
        assertEquals("AuthFailure.retry.rule must be a string, found a number (line 1, column 65)",
                refusal("{\"codes\": {\"AuthFailure\": {\"retry\": {\"advice\": \"BUSY\", \"rule\": 1}}}}"));
    }

    @Test
    void aCorrectionNamesTheSourceItCorrectsAmongTheFilesSources() {
        ProvenanceFile file = read("{\"sources\": [" + SOURCE + "], \"codes\": {\"AuthFailure\": {\"corrected\": {\"zh-CN\":"
                + " {\"source\": \"sdk-zh\", \"replaces\": \"旧\", \"why\": \"因为\"}}}}}");
        Correction c = file.correction("AuthFailure", Locale.SIMPLIFIED_CHINESE).orElseThrow();
        assertEquals("sdk-zh", c.corrected().id());
        assertEquals("旧", c.replaced());
        assertEquals("因为", c.why());
        assertEquals(java.util.Optional.empty(), file.correction("AuthFailure", Locale.ENGLISH));
        assertEquals("AuthFailure.corrected.en names source \"sdk-en\", which \"sources\" does not list (line 1, column 185)",
                refusal("{\"sources\": [" + SOURCE + "], \"codes\": {\"AuthFailure\": {\"corrected\": {\"en\":"
                        + " {\"source\": \"sdk-en\", \"replaces\": \"old\", \"why\": \"because\"}}}}}"));
    }
}
