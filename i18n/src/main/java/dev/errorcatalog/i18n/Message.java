package dev.errorcatalog.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.apiguardian.api.API;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * One ICU MessageFormat pattern, parsed once. A pattern without arguments is formatted once, here, and
 * {@link #format()} returns that stored string: no formatting work when the message is asked for.
 *
 * <p>Apostrophes follow ICU's default (DOUBLE_OPTIONAL) mode, so {@code doesn't} comes out as written, with
 * or without arguments. Immutable and thread-safe.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class Message {
    /** How deep arguments may nest in a pattern; far beyond any real message, far below what ICU's parser survives. */
    public static final int MAX_NESTING = 32;

    private final String pattern;
    private final Locale locale;
    private final Set<String> argumentNames;
    private final String formatted;
    /** Only for patterns with arguments; ICU formats are not thread-safe, so each use works on a clone. */
    private final MessageFormat format;

    private Message(String pattern, Locale locale, Set<String> argumentNames, String formatted, MessageFormat format) {
        this.pattern = pattern;
        this.locale = locale;
        this.argumentNames = argumentNames;
        this.formatted = formatted;
        this.format = format;
    }

    /**
     * Parses a pattern for a locale (the locale decides number and date formats inside arguments).
     *
     * @throws InvalidPatternException when the pattern does not parse or numbers its arguments
     */
    public static Message compile(String pattern, Locale locale) {
        Objects.requireNonNull(pattern, "pattern");
        if (isPlainText(pattern)) {
            // Most messages are plain text: ICU would give them back unchanged, so it is not even loaded for them.
            return new Message(pattern, locale, Set.of(), pattern, null);
        }
        if (nesting(pattern) > MAX_NESTING) {
            // ICU's parser recurses once per level: thousands of levels would overflow the stack.
            throw new InvalidPatternException(pattern, "arguments are nested more than " + MAX_NESTING + " levels deep");
        }
        MessageFormat format;
        try {
            format = new MessageFormat(pattern, ULocale.forLocale(locale));
        } catch (IllegalArgumentException e) {
            throw new InvalidPatternException(pattern, e.getMessage());
        }
        Set<String> names = Set.copyOf(format.getArgumentNames());
        if (names.isEmpty()) {
            return new Message(pattern, locale, names, format.format(Map.of()), null);
        }
        if (!format.usesNamedArguments()) {
            throw new InvalidPatternException(pattern, "arguments must be named ({fileId}), not numbered ({0})");
        }
        return new Message(pattern, locale, names, format.format(Map.of()), format);
    }

    /**
     * Whether ICU would format the pattern to itself: no braces (no arguments, nothing to quote) and no doubled
     * apostrophe; a lone apostrophe is literal in ICU's default mode.
     */
    static boolean isPlainText(String pattern) {
        return pattern.indexOf('{') < 0 && pattern.indexOf('}') < 0 && !pattern.contains("''");
    }

    /** The deepest run of open braces; quoted braces are counted too, so this is never less than ICU's nesting. */
    static int nesting(String pattern) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        return max;
    }

    /** The ICU MessageFormat pattern, as written. */
    public String pattern() {
        return pattern;
    }

    /** The locale the pattern formats numbers and plurals in. */
    public Locale locale() {
        return locale;
    }

    /** The names of the pattern's arguments. */
    public Set<String> argumentNames() {
        return argumentNames;
    }

    /** Whether the pattern has arguments to fill in. */
    public boolean hasArguments() {
        return format != null;
    }

    /** The message with no arguments supplied; an argument left out shows as its placeholder, e.g. {@code {name}}. */
    public String format() {
        return formatted;
    }

    /**
     * The message with named arguments; names the pattern does not use are ignored.
     *
     * @throws InvalidArgumentException when an argument the pattern uses is null, or of a type its format cannot take
     *                                  (text for {@code {count, number}}), naming the argument and the pattern
     */
    public String format(Map<String, ?> arguments) {
        if (format == null || arguments.isEmpty()) {
            return formatted;
        }
        for (String name : argumentNames) {
            if (arguments.containsKey(name) && arguments.get(name) == null) {
                throw new InvalidArgumentException(pattern, name, null, "an argument must have a value");
            }
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> args = (Map<String, Object>) arguments;
        try {
            return format.clone().format(args);
        } catch (IllegalArgumentException e) {
            throw wrongType(args, e);
        }
    }

    /** ICU says only what it could not format: the argument is found by formatting each alone. */
    private InvalidArgumentException wrongType(Map<String, Object> arguments, IllegalArgumentException e) {
        for (String name : argumentNames) {
            if (arguments.containsKey(name)) {
                try {
                    format.clone().format(Map.of(name, arguments.get(name)));
                } catch (IllegalArgumentException alone) {
                    return new InvalidArgumentException(pattern, name, arguments.get(name), alone.getMessage());
                }
            }
        }
        return new InvalidArgumentException(pattern, String.join(", ", argumentNames), arguments, e.getMessage());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Message m && m.pattern.equals(pattern) && m.locale.equals(locale);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode() * 31 + locale.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
