package dev.errorcatalog.i18n.internal;

import dev.errorcatalog.i18n.Message;
import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * What a bundle holds for one key: the message, and where a plain string is not enough, a short title and
 * further readings of the same key (variants), each with its own title and message.
 *
 * <p>In the JSON file the common case is a plain string; the object form is
 * {@code {"title": "...", "message": "...", "solution": "...", "variants": [{"title": "...", "message": "..."}]}}.
 * A solution says what the reader can do about the error, where a source gives one.
 */
@API(status = INTERNAL, since = "0.1.0")
public record BundleEntry(Message message, Optional<Message> title, List<Variant> variants, Optional<Message> solution) {

    /** Rejects null components; copies the variants. */
    public BundleEntry {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(title, "title");
        variants = List.copyOf(variants);
        Objects.requireNonNull(solution, "solution");
    }

    /** An entry without a solution. */
    public BundleEntry(Message message, Optional<Message> title, List<Variant> variants) {
        this(message, title, variants, Optional.empty());
    }

    /** An entry with a message only. */
    public static BundleEntry of(Message message) {
        return new BundleEntry(message, Optional.empty(), List.of());
    }

    /** Another reading of the same key, as a source document that lists one code several times gives it. */
    public record Variant(Optional<Message> title, Message message) {
        /** Rejects null components. */
        public Variant {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(message, "message");
        }
    }

    /** Every pattern of the entry with a field name for reports: {@code message}, {@code title}, {@code variants[0].message}. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        fields.add(new Field("message", message));
        title.ifPresent(t -> fields.add(new Field("title", t)));
        solution.ifPresent(t -> fields.add(new Field("solution", t, false)));
        for (int i = 0; i < variants.size(); i++) {
            Variant v = variants.get(i);
            int n = i;
            v.title().ifPresent(t -> fields.add(new Field("variants[" + n + "].title", t)));
            fields.add(new Field("variants[" + n + "].message", v.message()));
        }
        return fields;
    }

    /**
     * One named pattern of an entry.
     *
     * @param inEveryLocale whether every locale's entry must have the field too; a solution need not, as a source
     *                      may publish it in one language only
     */
    public record Field(String name, Message message, boolean inEveryLocale) {
        /** A field every locale's entry must have. */
        public Field(String name, Message message) {
            this(name, message, true);
        }
    }
}
