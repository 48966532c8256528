package dev.errorcatalog;

import dev.errorcatalog.i18n.json.JsonInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A product's provenance file, {@code META-INF/errorcatalog/<product>/provenance.json}, as the generator writes it:
 * <pre>{@code
 * {"product": "kms", "dataVersion": "...",
 *  "sources": [{"id": "sdk-zh", "kind": "SDK", "title": "tencentcloud-sdk-java", "version": "3.2.11", "licence": "Apache-2.0"}],
 *  "codes": {"AuthFailure": {"apiVersions": ["2019-01-18"], "message": {"en": "sdk-en", "zh-CN": "sdk-zh"},
 *                            "solution": {"zh-CN": "error-centre"},
 *                            "retry": {"advice": "THROTTLED", "rule": "throttling", "evidence": "name: ..."},
 *                            "corrected": {"en": {"source": "sdk-en", "replaces": "...", "why": "..."}}}}}
 * }</pre>
 * A corrected message's origin is a source of kind {@code CORRECTION}; {@code corrected} names the source it replaces.
 * A module without one gets {@link #none}: every text then comes from "the product module".
 */
final class ProvenanceFile {
    /** Read isolated and bounded like a bundle (it comes from the same module), with room for deeper nesting. */
    private static final int MAX_BYTES = 16 << 20;
    private static final JsonFactory JSON = JsonInput.readOnce(16, MAX_BYTES, 16 << 20).build();

    final Provenance provenance;
    private final Source fallback;
    private final Map<String, Code> codes;

    /** What the file says of one code; {@code retry} is null where the file gives no evidence for its advice. */
    record Code(List<String> apiVersions, Map<String, Source> message, Map<String, Source> solution, Retry retry,
                Map<String, Correction> corrected) {
    }

    /** Why a code has its advice: the rule and what it read. */
    record Retry(RetryAdvice advice, String rule, String evidence) {
    }

    private ProvenanceFile(Provenance provenance, Source fallback, Map<String, Code> codes) {
        this.provenance = provenance;
        this.fallback = fallback;
        this.codes = codes;
    }

    static ProvenanceFile none(String provider) {
        Source module = Source.productModule(provider);
        return new ProvenanceFile(new Provenance(Optional.empty(), List.of(module)), module, Map.of());
    }

    Source messageOrigin(String code, Locale locale) {
        Code c = codes.get(code);
        return c == null ? fallback : c.message.getOrDefault(locale.toLanguageTag(), fallback);
    }

    Source solutionOrigin(String code, Locale locale) {
        Code c = codes.get(code);
        return c == null ? fallback : c.solution.getOrDefault(locale.toLanguageTag(), fallback);
    }

    /** The evidence for a code's advice, where the file gives it for that very advice. */
    Optional<RetryEvidence> retryEvidence(String code, RetryAdvice advice, String decidedBy) {
        Code c = codes.get(code);
        return c == null || c.retry == null || c.retry.advice != advice ? Optional.empty()
                : Optional.of(new RetryEvidence(advice, decidedBy, c.retry.rule, c.retry.evidence));
    }

    Optional<Correction> correction(String code, Locale locale) {
        Code c = codes.get(code);
        return c == null ? Optional.empty() : Optional.ofNullable(c.corrected.get(locale.toLanguageTag()));
    }

    List<String> apiVersions(String code) {
        Code c = codes.get(code);
        return c == null ? List.of() : c.apiVersions;
    }

    /**
     * @throws IllegalArgumentException saying what is wrong and where, when the file is not a provenance file
     */
    static ProvenanceFile read(InputStream in, String provider) {
        return read(in, provider, Map.of(), true);
    }

    /**
     * @param codes         the product's code strings by themselves, so that the file's keys are those instances rather
     *                      than copies (a catalog of every product holds some sixteen thousand)
     * @param retryEvidence whether to keep each code's retry evidence: a text per advised code, asked for rarely, so the
     *                      file a catalog holds reads it and lets it go ({@link ProviderFiles#retryEvidence} reads it again)
     */
    static ProvenanceFile read(InputStream in, String provider, Map<String, String> codes, boolean retryEvidence) {
        String text;
        try {
            text = JsonInput.readUtf8(in, MAX_BYTES); // strictly: the parser alone would replace bytes that are not UTF-8
        } catch (JsonInput.RefusedInput e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (JsonParser p = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, "the file");
            Optional<String> version = Optional.empty();
            Map<String, Source> sources = new LinkedHashMap<>();
            Map<String, Code> byCode = new HashMap<>();
            String name;
            while ((name = p.nextName()) != null) {
                JsonToken t = p.nextToken();
                switch (name) {
                    case "product" -> expect(p, t, JsonToken.VALUE_STRING, name);
                    case "dataVersion" -> {
                        expect(p, t, JsonToken.VALUE_STRING, name);
                        version = Optional.of(p.getString());
                    }
                    case "sources" -> {
                        expect(p, t, JsonToken.START_ARRAY, name);
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            Source s = source(p);
                            sources.put(s.id(), s);
                        }
                    }
                    case "codes" -> {
                        expect(p, t, JsonToken.START_OBJECT, name);
                        String code;
                        // most codes of a product share their origins and versions: one instance each, not one per code
                        Map<Code, Code> shared = new HashMap<>();
                        while ((code = p.nextName()) != null) {
                            expect(p, p.nextToken(), JsonToken.START_OBJECT, code);
                            Code read = code(p, code, sources, retryEvidence);
                            Code same = shared.putIfAbsent(read, read);
                            byCode.put(codes.getOrDefault(code, code), same != null ? same : read);
                        }
                    }
                    default -> throw problem(p, "unknown field \"" + name + "\"");
                }
            }
            // HashMaps, never written after: Map.copyOf's probing is quadratic in codes of one hash code
            return new ProvenanceFile(new Provenance(version, List.copyOf(sources.values())), Source.productModule(provider),
                    Collections.unmodifiableMap(byCode));
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage() + JsonInput.where(e.getLocation()), e);
        }
    }

    private static Source source(JsonParser p) {
        Map<String, String> f = strings(p, "sources");
        String kind = f.getOrDefault("kind", "");
        try {
            return new Source(required(p, f, "id"), Source.Kind.valueOf(kind), required(p, f, "title"),
                    f.getOrDefault("version", ""), f.getOrDefault("licence", ""));
        } catch (IllegalArgumentException e) {
            throw problem(p, "unknown source kind \"" + kind + "\"");
        }
    }

    private static String required(JsonParser p, Map<String, String> fields, String name) {
        String v = fields.get(name);
        if (v == null) {
            throw problem(p, "a source has no \"" + name + "\"");
        }
        return v;
    }

    private static Code code(JsonParser p, String code, Map<String, Source> sources, boolean retryEvidence) {
        List<String> versions = new ArrayList<>();
        Map<String, Source> message = Map.of();
        Map<String, Source> solution = Map.of();
        Retry retry = null;
        Map<String, Correction> corrected = Map.of();
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "apiVersions" -> {
                    expect(p, t, JsonToken.START_ARRAY, code + ".apiVersions");
                    while (p.nextToken() == JsonToken.VALUE_STRING) {
                        versions.add(p.getString());
                    }
                }
                case "message" -> message = origins(p, t, code + ".message", sources);
                case "solution" -> solution = origins(p, t, code + ".solution", sources);
                case "retry" -> {
                    expect(p, t, JsonToken.START_OBJECT, code + ".retry");
                    Map<String, String> f = strings(p, code + ".retry");
                    String advice = f.getOrDefault("advice", "");
                    try {
                        Retry read = new Retry(RetryAdvice.valueOf(advice), f.getOrDefault("rule", ""), f.getOrDefault("evidence", ""));
                        retry = retryEvidence ? read : null;
                    } catch (IllegalArgumentException e) {
                        throw problem(p, code + ".retry names no advice \"" + advice + "\"");
                    }
                }
                case "corrected" -> corrected = corrections(p, t, code + ".corrected", sources);
                default -> throw problem(p, "unknown field \"" + code + "." + name + "\"");
            }
        }
        return new Code(List.copyOf(versions), message, solution, retry, corrected);
    }

    /** An object of string fields, read to its end. */
    private static Map<String, String> strings(JsonParser p, String at) {
        Map<String, String> f = new HashMap<>();
        String name;
        while ((name = p.nextName()) != null) {
            expect(p, p.nextToken(), JsonToken.VALUE_STRING, at + "." + name);
            f.put(name, p.getString());
        }
        return f;
    }

    private static Map<String, Correction> corrections(JsonParser p, JsonToken t, String at, Map<String, Source> sources) {
        expect(p, t, JsonToken.START_OBJECT, at);
        Map<String, Correction> byTag = new HashMap<>();
        String tag;
        while ((tag = p.nextName()) != null) {
            expect(p, p.nextToken(), JsonToken.START_OBJECT, at + "." + tag);
            Map<String, String> f = strings(p, at + "." + tag);
            Source s = sources.get(f.getOrDefault("source", ""));
            if (s == null) {
                throw problem(p, at + "." + tag + " names source \"" + f.getOrDefault("source", "") + "\", which \"sources\" does not list");
            }
            byTag.put(tag, new Correction(s, f.getOrDefault("replaces", ""), f.getOrDefault("why", "")));
        }
        return Collections.unmodifiableMap(byTag);
    }

    private static Map<String, Source> origins(JsonParser p, JsonToken t, String at, Map<String, Source> sources) {
        expect(p, t, JsonToken.START_OBJECT, at);
        Map<String, Source> byTag = new HashMap<>();
        String tag;
        while ((tag = p.nextName()) != null) {
            expect(p, p.nextToken(), JsonToken.VALUE_STRING, at + "." + tag);
            Source s = sources.get(p.getString());
            if (s == null) {
                throw problem(p, at + "." + tag + " names source \"" + p.getString() + "\", which \"sources\" does not list");
            }
            byTag.put(tag, s);
        }
        return Collections.unmodifiableMap(byTag);
    }

    private static void expect(JsonParser p, JsonToken found, JsonToken wanted, String what) {
        if (found != wanted) {
            throw problem(p, what + " must be " + JsonInput.describe(wanted) + ", found " + JsonInput.describe(found));
        }
    }

    private static IllegalArgumentException problem(JsonParser p, String what) {
        return new IllegalArgumentException(what + JsonInput.where(p.currentLocation()));
    }
}
