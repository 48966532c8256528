package dev.errorcatalog.i18n.internal;

import dev.errorcatalog.i18n.BundleFormatException;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.InvalidPatternException;
import dev.errorcatalog.i18n.Message;
import dev.errorcatalog.i18n.json.JsonInput;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a bundle file with Jackson's streaming parser: no tree, no data binding, little start-up cost. */
final class BundleReader {
    private static final int MAX_BYTES = MessageBundle.MAX_BYTES;
    /**
     * A bundle is an object of strings or small objects; anything deeper is not a bundle. A message longer than
     * {@link MessageBundle#MAX_MESSAGE_LENGTH} is one entry's problem (left out and reported, the rest of the file
     * kept), so the reader's own string limit is far above it.
     */
    private static final JsonFactory JSON = JsonInput.readOnce(8, MAX_BYTES, 16 << 20).build();

    private final String owner;
    private final Locale locale;
    private final String file;
    private final List<BundleProblem> problems = new ArrayList<>();

    BundleReader(String owner, Locale locale, String file) {
        this.owner = owner;
        this.locale = locale;
        this.file = file;
    }

    MessageBundle.Read read(InputStream in) {
        String text;
        try {
            // Decoded here, strictly: the name-table-free parser reads bytes through a decoder that replaces bad ones
            text = JsonInput.readUtf8(in, MAX_BYTES);
        } catch (JsonInput.RefusedInput e) {
            throw new BundleFormatException(BundleProblem.ofFile(owner, locale, file, e.getMessage()), e);
        } catch (IOException e) {
            throw new BundleFormatException(BundleProblem.ofFile(owner, locale, file, "cannot be read: " + e), e);
        }
        Map<String, BundleEntry> entries = new LinkedHashMap<>();
        try (JsonParser p = JSON.createParser(tools.jackson.core.ObjectReadContext.empty(), text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw fileProblem("the top level must be a JSON object of key: message", p, null);
            }
            String key;
            while ((key = p.nextName()) != null) {
                JsonToken value = p.nextToken();
                if (entries.containsKey(key)) {
                    keyProblem(key, "the key appears more than once; the first one is kept");
                    p.skipChildren();
                    continue;
                }
                Optional<BundleEntry> entry = entry(p, key, value);
                if (entry.isPresent()) {
                    entries.put(key, entry.get());
                }
            }
            if (p.nextToken() != null) {
                throw fileProblem("unexpected content after the top-level object", p, null);
            }
        } catch (JacksonException e) {
            throw fileProblem("not valid JSON: " + e.getOriginalMessage(), null, e);
        }
        return new MessageBundle.Read(new MessageBundle(owner, locale, file, entries), problems);
    }

    private Optional<BundleEntry> entry(JsonParser p, String key, JsonToken value) {
        if (value == JsonToken.VALUE_STRING) {
            Optional<Message> m = message(key, "message", p.getString());
            return m.isPresent() ? Optional.of(BundleEntry.of(m.get())) : Optional.empty(); // no lambda: cold start
        }
        if (value != JsonToken.START_OBJECT) {
            keyProblem(key, "the value must be a message string or an object with \"message\", found " + JsonInput.describe(value));
            p.skipChildren();
            return Optional.empty();
        }
        Fields fields = fields(p, key, "");
        List<BundleEntry.Variant> variants = new ArrayList<>();
        boolean ok = fields.ok;
        for (int i = 0; i < fields.variants.size(); i++) {
            Fields v = fields.variants.get(i);
            ok &= v.ok && v.message.isPresent();
            if (v.ok && v.message.isEmpty()) {
                keyProblem(key, "variants[" + i + "] has no \"message\"");
            }
            v.message.ifPresent(m -> variants.add(new BundleEntry.Variant(v.title, m)));
        }
        if (fields.ok && fields.message.isEmpty()) {
            keyProblem(key, "the object has no \"message\"");
        }
        if (!ok || fields.message.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BundleEntry(fields.message.get(), fields.title, variants, fields.solution));
    }

    private static final class Fields {
        Optional<Message> message = Optional.empty();
        Optional<Message> title = Optional.empty();
        Optional<Message> solution = Optional.empty();
        final List<Fields> variants = new ArrayList<>();
        boolean ok = true;
    }

    /** Reads the fields of an entry object or of one of its variants; {@code at} prefixes field names in reports. */
    private Fields fields(JsonParser p, String key, String at) {
        Fields f = new Fields();
        String name;
        while ((name = p.nextName()) != null) {
            JsonToken t = p.nextToken();
            switch (name) {
                case "message", "title", "solution" -> {
                    if (name.equals("solution") && !at.isEmpty()) {
                        keyProblem(key, at + "\"solution\" belongs to the entry itself, not to a variant");
                        p.skipChildren();
                        f.ok = false;
                    } else if (t != JsonToken.VALUE_STRING) {
                        keyProblem(key, at + "\"" + name + "\" must be a string, found " + JsonInput.describe(t));
                        p.skipChildren();
                        f.ok = false;
                    } else {
                        Optional<Message> m = message(key, at + name, p.getString());
                        f.ok &= m.isPresent();
                        switch (name) {
                            case "message" -> f.message = m;
                            case "title" -> f.title = m;
                            default -> f.solution = m;
                        }
                    }
                }
                case "variants" -> {
                    if (!at.isEmpty() || t != JsonToken.START_ARRAY) {
                        keyProblem(key, at + "\"variants\" must be an array of objects on the entry itself");
                        p.skipChildren();
                        f.ok = false;
                        continue;
                    }
                    JsonToken item;
                    for (int i = 0; (item = p.nextToken()) != JsonToken.END_ARRAY; i++) {
                        String here = "variants[" + i + "]";
                        if (item != JsonToken.START_OBJECT) {
                            keyProblem(key, here + " must be an object, found " + JsonInput.describe(item));
                            p.skipChildren();
                            f.ok = false;
                            continue;
                        }
                        f.variants.add(fields(p, key, here + "."));
                    }
                }
                default -> {
                    keyProblem(key, "unknown field \"" + at + name + "\" (known: message, title, solution, variants)");
                    p.skipChildren();
                    f.ok = false;
                }
            }
        }
        return f;
    }

    private Optional<Message> message(String key, String field, String pattern) {
        if (pattern.isBlank()) {
            keyProblem(key, field + " is empty");
            return Optional.empty();
        }
        if (pattern.length() > MessageBundle.MAX_MESSAGE_LENGTH) {
            keyProblem(key, field + " is " + pattern.length() + " characters long, longer than " + MessageBundle.MAX_MESSAGE_LENGTH);
            return Optional.empty();
        }
        try {
            return Optional.of(Message.compile(pattern, locale));
        } catch (InvalidPatternException e) {
            keyProblem(key, field + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private void keyProblem(String key, String description) {
        problems.add(BundleProblem.ofKey(owner, locale, file, key, description));
    }

    private BundleFormatException fileProblem(String description, JsonParser p, JacksonException cause) {
        TokenStreamLocation at = p != null ? p.currentLocation() : cause.getLocation();
        return new BundleFormatException(BundleProblem.ofFile(owner, locale, file, description + JsonInput.where(at)), cause);
    }
}
