package dev.errorcatalog.i18n.json;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.errorcatalog.i18n.Printable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;

/**
 * How written JSON escapes a character, the one rule for the envelope writer and the command line's JSON: JSON's
 * own escapes, and {@code \u005cuXXXX} for DEL and for what {@link Printable} shows as an escape (C1 controls, line
 * and paragraph separators, bidirectional controls, the byte order mark). They differ in one thing, on purpose:
 * whether surrogates are escaped too ({@link #ESCAPING_SURROGATES}, so an envelope written back holds no lone
 * surrogate that UTF-8 could not carry) or written as they are ({@link #KEEPING_SURROGATES}: the command line,
 * where a character beyond U+FFFF, an emoji, is written as itself).
 */
@API(status = INTERNAL, since = "0.1.0")
public final class JsonEscapes extends CharacterEscapes {
    /** Every surrogate escaped as well: for an envelope, which is read back. */
    public static final JsonEscapes ESCAPING_SURROGATES = new JsonEscapes(true);
    /** Surrogates written as they are: a character beyond U+FFFF is written as itself. */
    public static final JsonEscapes KEEPING_SURROGATES = new JsonEscapes(false);

    private final int[] ascii = CharacterEscapes.standardAsciiEscapesForJSON();
    private final boolean surrogates;

    private JsonEscapes(boolean surrogates) {
        this.surrogates = surrogates;
        ascii[0x7f] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
        if (ch > 0xffff) {
            return null;
        }
        boolean escape = Character.isSurrogate((char) ch) ? surrogates : Printable.isShownEscaped((char) ch);
        return escape ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
}
