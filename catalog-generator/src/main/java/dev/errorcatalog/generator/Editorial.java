package dev.errorcatalog.generator;

import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.RetryAdvice;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a product's maintainers add to the sources, in one JSON file: their own translations where no source words a
 * code in a language, English for the error centre's solutions, corrections of official texts whose meaning is
 * wrong, retry advice (where the rules derive none, or overriding theirs with a reason), a short note on a code where
 * a reader needs the reason, and their verdicts on what the review of the official texts flagged.
 * <pre>{@code
 * {"messages": {"en": {"Code": "Text."}}, "solutions": {"en": {"Code": "Text."}},
 *  "corrections": {"en": {"Code": {"replaces": "The official text.", "text": "The right text.", "why": "Evidence."}}},
 *  "retry": {"InvalidParameter": "DO_NOT_RETRY", "Code": {"advice": "DO_NOT_RETRY", "why": "Why the rules are wrong here."}},
 *  "retryCoversSubcodes": ["InvalidParameter"],
 *  "notes": {"ResourceUnavailable": "Why it has no advice."},
 *  "reviewed": {"zh-CN": {"Code": {"text": "The text flagged.", "verdict": "Why it is right as it is."}}}}
 * }</pre>
 *
 * @param messages            language tag to code to text
 * @param solutions           language tag to code to text
 * @param retry               code to advice
 * @param retryCoversSubcodes codes whose advice holds for every subcode
 * @param notes               code to a one-line note, written above its constant
 * @param retryWhy            code to the reason of advice that overrides the rules'
 * @param corrections         language tag to code to a correction of the official text
 * @param reviewed            language tag to code to the verdict on a flagged text kept as it is
 * @param file                where the file is, for errors
 */
record Editorial(Map<String, Map<String, String>> messages, Map<String, Map<String, String>> solutions,
                 Map<String, RetryAdvice> retry, Set<String> retryCoversSubcodes, Map<String, String> notes,
                 Map<String, String> retryWhy, Map<String, Map<String, Fix>> corrections,
                 Map<String, Map<String, Verdict>> reviewed, String file) {

    public static final Editorial NONE = new Editorial(Map.of(), Map.of(), Map.of(), Set.of(), Map.of());

    Editorial(Map<String, Map<String, String>> messages, Map<String, Map<String, String>> solutions,
              Map<String, RetryAdvice> retry, Set<String> retryCoversSubcodes, Map<String, String> notes) {
        this(messages, solutions, retry, retryCoversSubcodes, notes, Map.of(), Map.of(), Map.of(), "the maintainers' data");
    }

    /** A correction: the official text it replaces (exactly as the catalog would show it), the right text, and why. */
    record Fix(String replaces, String text, String why) {
    }

    /** Why a text the review flagged is right as it is; {@code text} is the text read, so a changed text is read again. */
    record Verdict(String text, String verdict) {
    }

    public Optional<Fix> correction(String tag, String code) {
        return Optional.ofNullable(corrections.getOrDefault(tag, Map.of()).get(code));
    }

    public Optional<String> message(String tag, String code) {
        return Optional.ofNullable(messages.getOrDefault(tag, Map.of()).get(code));
    }

    public Optional<String> solution(String tag, String code) {
        return Optional.ofNullable(solutions.getOrDefault(tag, Map.of()).get(code));
    }

    /** @throws SourceFormatException naming the file and line of what does not fit the shape above */
    public static Editorial read(Path file) {
        String where = file.toString();
        try (InputStream in = Inputs.open(file); JsonParser p = new JsonFactory().createParser(ObjectReadContext.empty(), in)) {
            expect(p, JsonToken.START_OBJECT, where, "the file must be a JSON object");
            Map<String, Map<String, String>> messages = new TreeMap<>();
            Map<String, Map<String, String>> solutions = new TreeMap<>();
            Map<String, RetryAdvice> retry = new TreeMap<>();
            Set<String> covering = new TreeSet<>();
            Map<String, String> notes = new TreeMap<>();
            Map<String, String> retryWhy = new TreeMap<>();
            Map<String, Map<String, Fix>> corrections = new TreeMap<>();
            Map<String, Map<String, Verdict>> reviewed = new TreeMap<>();
            String name;
            while ((name = p.nextName()) != null) {
                switch (name) {
                    case "messages" -> byLanguage(p, where, messages);
                    case "solutions" -> byLanguage(p, where, solutions);
                    case "notes" -> notes.putAll(strings(p, where));
                    case "retry" -> {
                        expect(p, JsonToken.START_OBJECT, where, "expected an object of code to advice");
                        String code;
                        while ((code = code(p, where)) != null) {
                            JsonToken t = p.nextToken();
                            String advice;
                            if (t == JsonToken.START_OBJECT) {
                                Map<String, String> f = fields(p, where, "retry of " + code, Set.of("advice", "why"));
                                advice = f.get("advice");
                                retryWhy.put(code, f.get("why"));
                            } else if (t == JsonToken.VALUE_STRING) {
                                advice = p.getString();
                            } else {
                                throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "retry of " + code
                                        + " must be an advice or {\"advice\": ..., \"why\": ...}");
                            }
                            try {
                                retry.put(code, RetryAdvice.valueOf(advice));
                            } catch (IllegalArgumentException e) {
                                throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), "retry of " + code
                                        + ": no advice " + Inputs.quote(advice) + " (known: "
                                        + java.util.Arrays.toString(RetryAdvice.values()) + ")");
                            }
                        }
                    }
                    case "retryCoversSubcodes" -> {
                        expect(p, JsonToken.START_ARRAY, where, "retryCoversSubcodes must be an array of codes");
                        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                            int line = p.currentTokenLocation().getLineNr();
                            if (t != JsonToken.VALUE_STRING) {
                                throw new SourceFormatException(where, line, "retryCoversSubcodes must be an array of codes");
                            }
                            covering.add(validCode(p.getString(), where, line));
                        }
                    }
                    case "corrections" -> byLanguage(p, where, corrections, (code, f) -> new Fix(f.get("replaces"), f.get("text"),
                            f.get("why")), Set.of("replaces", "text", "why"));
                    case "reviewed" -> byLanguage(p, where, reviewed, (code, f) -> new Verdict(f.get("text"), f.get("verdict")),
                            Set.of("text", "verdict"));
                    default -> throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(),
                            "unknown field " + Inputs.quote(name) + " (known: messages, solutions, corrections, retry, "
                                    + "retryCoversSubcodes, notes, reviewed)");
                }
            }
            return new Editorial(messages, solutions, retry, covering, notes, retryWhy, corrections, reviewed, where);
        } catch (JacksonException e) {
            throw new SourceFormatException(where, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static void byLanguage(JsonParser p, String where, Map<String, Map<String, String>> into) {
        expect(p, JsonToken.START_OBJECT, where, "expected an object of language tag to texts");
        String tag;
        while ((tag = p.nextName()) != null) {
            into.put(tag, strings(p, where));
        }
    }

    /** Language tag to code to an object of the given fields, each required, each a string. */
    private static <T> void byLanguage(JsonParser p, String where, Map<String, Map<String, T>> into,
                                       java.util.function.BiFunction<String, Map<String, String>, T> make, Set<String> names) {
        expect(p, JsonToken.START_OBJECT, where, "expected an object of language tag to codes");
        String tag;
        while ((tag = p.nextName()) != null) {
            expect(p, JsonToken.START_OBJECT, where, "expected an object of code to " + names);
            Map<String, T> byCode = new TreeMap<>();
            String code;
            while ((code = code(p, where)) != null) {
                expect(p, JsonToken.START_OBJECT, where, tag + " " + code + " must be an object of " + names);
                byCode.put(code, make.apply(code, fields(p, where, tag + " " + code, names)));
            }
            into.put(tag, byCode);
        }
    }

    /** The string fields of an object whose start was read, each of {@code names} required and no other. */
    private static Map<String, String> fields(JsonParser p, String where, String what, Set<String> names) {
        Map<String, String> f = new TreeMap<>();
        String name;
        while ((name = p.nextName()) != null) {
            int line = p.currentTokenLocation().getLineNr();
            if (!names.contains(name)) {
                throw new SourceFormatException(where, line, what + ": unknown field " + Inputs.quote(name) + " (known: "
                        + String.join(", ", new TreeSet<>(names)) + ")");
            }
            expect(p, JsonToken.VALUE_STRING, where, what + ": " + name + " must be a string");
            String v = Inputs.wellFormed(p.getString(), where, line);
            if (v.isBlank()) {
                throw new SourceFormatException(where, line, what + ": " + name + " is empty");
            }
            f.put(name, v);
        }
        if (!f.keySet().equals(names)) {
            Set<String> missing = new TreeSet<>(names);
            missing.removeAll(f.keySet());
            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), what + " needs " + String.join(", ", missing));
        }
        return f;
    }

    /** An object of code to text: every key an error code, every text one a UTF-8 file can hold. */
    private static Map<String, String> strings(JsonParser p, String where) {
        expect(p, JsonToken.START_OBJECT, where, "expected an object of code to text");
        Map<String, String> out = new TreeMap<>();
        String code;
        while ((code = code(p, where)) != null) {
            expect(p, JsonToken.VALUE_STRING, where, code + " must be a string");
            out.put(code, Inputs.wellFormed(p.getString(), where, p.currentTokenLocation().getLineNr()));
        }
        return out;
    }

    /** The next key of an object of codes, null at its end; a key that is not an error code names its line. */
    private static String code(JsonParser p, String where) {
        String code = p.nextName();
        return code == null ? null : validCode(code, where, p.currentTokenLocation().getLineNr());
    }

    private static String validCode(String code, String where, int line) {
        if (!ErrorCode.isValid(code)) {
            throw new SourceFormatException(where, line, Inputs.quote(code) + " is not an error code");
        }
        return code;
    }

    private static void expect(JsonParser p, JsonToken token, String where, String problem) {
        if (p.nextToken() != token) {
            throw new SourceFormatException(where, p.currentTokenLocation().getLineNr(), problem);
        }
    }
}
