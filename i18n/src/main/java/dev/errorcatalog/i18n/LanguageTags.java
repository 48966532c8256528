package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Parses locales given as text: one tag in BCP 47 or Java form, in any case ({@code zh-CN}, {@code zh_CN},
 * {@code ZH-cn}, {@code zh-Hans-CN}, {@code Locale.toString()} such as {@code zh_CN_#Hans_u-nu-hanidec}), or an
 * Accept-Language style list with weights. A tag is ASCII: any other character is refused, never folded to a letter
 * (the Kelvin sign is not a k). Every index in an error message is into the text as it was given.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class LanguageTags {
    /** Longer input is refused before any parsing; real tags and headers are far shorter. */
    public static final int MAX_LENGTH = 1024;

    private LanguageTags() {
    }

    /** One item of a list: a tag and its weight; weight 0 is a refusal. */
    record Range(Locale locale, double weight) {
    }

    /** Why a piece of text is not a tag, with any index already into the whole text given. */
    private static final class NotATag extends Exception {
        NotATag(String reason) {
            super(reason, null, false, false);
        }
    }

    /**
     * One language tag. {@code und} and {@code *} mean "no preference" and give {@link Locale#ROOT}. Java's
     * {@code Locale.toString()} form is read whole: {@code zh_CN_#Hans}, {@code zh_CN_#Hans_u-nu-hanidec},
     * {@code en_US_#u-ca-japanese}, {@code de__POSIX}, {@code ja_JP_JP_#u-ca-japanese}.
     */
    public static Locale parse(String tag) {
        String text = checked(tag);
        try {
            return tag(text, 0, text.length());
        } catch (NotATag e) {
            throw new InvalidLanguageTagException(text, text.strip(), e.getMessage());
        }
    }

    /**
     * A priority list, most wanted first: {@code "zh-CN, zh;q=0.9, en;q=0.5"}. A single tag is a list of one.
     * Entries with weight 0 are dropped, as HTTP says; equal weights keep their written order. A list of locales
     * cannot say what was refused: {@link LocaleNegotiator#negotiate(String)} reads the text itself and never answers
     * with a refused language.
     *
     * @throws InvalidLanguageTagException naming the whole text as {@link InvalidLanguageTagException#input()} and
     *                                     the item that is wrong as {@link InvalidLanguageTagException#item()}
     */
    public static List<Locale> parseList(String header) {
        return byWeight(ranges(header));
    }

    /**
     * An Accept-Language header as a browser or a client sends it, read leniently: every item that is not a tag, or
     * whose weight is not a number from 0 to 1, is skipped, and the usable rest is kept in priority order. Never
     * throws for any text; text with no usable tag at all (also text over {@link #MAX_LENGTH}) gives an empty list,
     * which negotiates to the default. {@link #parseList(String)} is the strict reading. As there, refusals are
     * dropped; {@link LocaleNegotiator#negotiateHeader(String)} reads the text itself and honours them.
     */
    public static List<Locale> parseHeader(String header) {
        return byWeight(headerRanges(header));
    }

    /** Every item of a list in written order, weight 0 included; strict, as {@link #parseList(String)}. */
    static List<Range> ranges(String header) {
        String text = checked(header);
        if (text.isBlank()) {
            throw new InvalidLanguageTagException(text, text.strip(), "it is empty");
        }
        List<Range> ranges = new ArrayList<>();
        int number = 0;
        for (int start = 0; start <= text.length(); ) {
            int end = itemEnd(text, start);
            number++;
            String item = text.substring(start, end).strip();
            if (!item.isEmpty()) { // "en,,zh" and a trailing comma are tolerated, as browsers send them
                try {
                    ranges.add(range(text, start, end));
                } catch (NotATag e) {
                    String which = item.equals(text.strip()) ? "" : "item " + number + " '" + Printable.shorten(item, 40) + "': ";
                    throw new InvalidLanguageTagException(text, item, which + e.getMessage());
                }
            }
            start = end + 1;
        }
        return ranges;
    }

    /** Every usable item of a header in written order, weight 0 included; lenient, as {@link #parseHeader(String)}. */
    static List<Range> headerRanges(String header) {
        if (header == null || header.length() > MAX_LENGTH) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        for (int start = 0; start <= header.length(); ) {
            int end = itemEnd(header, start);
            try {
                ranges.add(range(header, start, end));
            } catch (NotATag skipped) {
                // a malformed item does not spoil the others, as browsers and servers treat it
            }
            start = end + 1;
        }
        return ranges;
    }

    /** The locales wanted, most wanted first: weight 0 dropped, equal weights in written order (the sort is stable). */
    static List<Locale> byWeight(List<Range> ranges) {
        return ranges.stream().filter(r -> r.weight() > 0)
                .sorted(Comparator.comparingDouble(Range::weight).reversed()).map(Range::locale).toList();
    }

    private static int itemEnd(String text, int start) {
        int comma = text.indexOf(',', start);
        return comma < 0 ? text.length() : comma;
    }

    /** One item, {@code tag} or {@code tag;q=weight}, at [start, end) of the text. */
    private static Range range(String text, int start, int end) throws NotATag {
        ascii(text, start, end);
        int semicolon = text.indexOf(';', start);
        int tagEnd = semicolon < 0 || semicolon > end ? end : semicolon;
        double weight = 1.0;
        for (int p = tagEnd; p < end; ) {
            int next = text.indexOf(';', p + 1);
            int parameterEnd = next < 0 || next > end ? end : next;
            weight = weight(text, p + 1, parameterEnd);
            p = parameterEnd;
        }
        return new Range(tag(text, start, tagEnd), weight); // the tag is checked even when weighted 0
    }

    private static double weight(String text, int start, int end) throws NotATag {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String parameter = text.substring(start, end).strip();
        if (!parameter.startsWith("q=") && !parameter.startsWith("Q=")) {
            throw new NotATag("unexpected parameter '" + parameter + "' at index " + start + ", only q=weight is allowed");
        }
        int valueStart = start + 2;
        while (valueStart < end && Character.isWhitespace(text.charAt(valueStart))) {
            valueStart++;
        }
        String value = parameter.substring(2).strip();
        try {
            double weight = Double.parseDouble(value);
            if (weight >= 0 && weight <= 1 && value.matches("[0-9.]+")) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below with the same words as an out-of-range weight
        }
        throw new NotATag("weight '" + value + "' at index " + valueStart + " is not a number from 0 to 1");
    }

    /** A tag is ASCII; Unicode case folding would otherwise turn the Kelvin sign into k or a dotless i into I. */
    private static void ascii(String text, int start, int end) throws NotATag {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) > 0x7f) {
                throw new NotATag(String.format("character U+%04X at index %d is not ASCII", text.codePointAt(i), i));
            }
        }
    }

    /** One tag at [start, end) of the text, white space around it ignored. */
    private static Locale tag(String text, int start, int end) throws NotATag {
        ascii(text, start, end);
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            throw new NotATag("it is empty");
        }
        if (end - start == 1 && text.charAt(start) == '*') {
            return Locale.ROOT;
        }
        int mark = text.indexOf("_#", start);
        if (mark >= 0 && mark < end) {
            return build(javaForm(text, start, mark, end));
        }
        Pieces bcp47 = new Pieces(text);
        bcp47.add(start, end);
        try {
            return bcp47.build();
        } catch (IllformedLocaleException e) {
            if (contains(text, start, end, '_') && !contains(text, start, end, '-')) {
                try {
                    // Java's form without a script or extensions: de__POSIX, no_NO_NY, en_US_WIN
                    return javaForm(text, start, end, end).build();
                } catch (IllformedLocaleException alsoNot) {
                    // reported as BCP 47, the reading the text was first given
                }
            }
            throw new NotATag("ill-formed at index " + bcp47.textIndex(e.getErrorIndex()));
        }
    }

    private static Locale build(Pieces pieces) throws NotATag {
        try {
            return pieces.build();
        } catch (IllformedLocaleException e) {
            throw new NotATag("ill-formed at index " + pieces.textIndex(e.getErrorIndex()));
        }
    }

    /**
     * Java's {@code Locale.toString()}: {@code language_COUNTRY_VARIANT} up to {@code mark}, then, after {@code _#},
     * the script and the extensions ({@code zh_CN_#Hans_u-nu-hanidec}, {@code en_US_#u-ca-japanese}), put in BCP 47
     * order. The variant, which Java does not hold to BCP 47 ({@code JP} of {@code ja_JP_JP}), is written as
     * {@link Locale#toLanguageTag()} writes such a variant, {@code x-lvariant-JP}, which gives a variant of any form
     * the same locale.
     */
    private static Pieces javaForm(String text, int start, int mark, int end) {
        int languageEnd = indexOf(text, start, mark, '_');
        int regionStart = Math.min(languageEnd + 1, mark);
        int regionEnd = indexOf(text, regionStart, mark, '_');
        int variantStart = Math.min(regionEnd + 1, mark);
        int scriptStart = Math.min(mark + 2, end);
        int scriptEnd = scriptStart;
        while (scriptEnd < end && Character.isLetter(text.charAt(scriptEnd))) {
            scriptEnd++;
        }
        // a script is four letters; extensions start with a one-letter singleton
        boolean script = scriptEnd - scriptStart == 4 && (scriptEnd == end || isSeparator(text.charAt(scriptEnd)));
        int extensionsStart = script ? scriptEnd + 1 : scriptStart;

        Pieces pieces = new Pieces(text);
        if (languageEnd == start) {
            pieces.literal("und", start);
        } else {
            pieces.add(start, languageEnd);
        }
        if (script) {
            pieces.add(scriptStart, scriptEnd);
        }
        if (regionEnd > regionStart) {
            pieces.add(regionStart, regionEnd);
        }
        if (script ? scriptEnd < end : mark < end) { // "zh_CN_#" and "zh_CN_#Hans_" end in an empty subtag
            pieces.add(extensionsStart, end);
        }
        if (variantStart < mark) {
            boolean privateUse = extensionsStart < end && isPrivateUse(text, extensionsStart, end);
            pieces.literal(privateUse ? "lvariant" : "x-lvariant", variantStart);
            pieces.add(variantStart, mark);
        }
        return pieces;
    }

    /** Whether the extensions at [start, end) have a private use part ({@code x-...}), which is always the last. */
    private static boolean isPrivateUse(String text, int start, int end) {
        for (int p = start; p < end; p++) {
            char c = text.charAt(p);
            if ((c == 'x' || c == 'X') && (p == start || isSeparator(text.charAt(p - 1)))
                    && (p + 1 == end || isSeparator(text.charAt(p + 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSeparator(char c) {
        return c == '-' || c == '_';
    }

    private static int indexOf(String text, int start, int end, char c) {
        int i = text.indexOf(c, start);
        return i < 0 || i > end ? end : i;
    }

    private static boolean contains(String text, int start, int end, char c) {
        return indexOf(text, start, end, c) < end;
    }

    /**
     * A BCP 47 tag put together from pieces of the text ({@code _} read as {@code -}), remembering where each came
     * from, so that an error index of {@link Locale.Builder} points into the text as it was given.
     */
    private static final class Pieces {
        private final String text;
        private final StringBuilder tag = new StringBuilder();
        /** Per piece: where it starts in the tag, where it starts and ends in the text. */
        private final List<int[]> from = new ArrayList<>();

        Pieces(String text) {
            this.text = text;
        }

        void add(int start, int end) {
            separate();
            from.add(new int[] {tag.length(), start, end});
            int languageEnd = tag.length() == 0 ? indexOf(text, start, end, '-') : start;
            languageEnd = Math.min(languageEnd, indexOf(text, start, end, '_'));
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                // Builder knows "und" only in lower case; ASCII only here, so this lower-casing folds nothing else
                tag.append(c == '_' ? '-' : i < languageEnd && c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }

        /** Text that is not in the input, such as {@code und} for an empty language; errors in it point at {@code at}. */
        void literal(String s, int at) {
            separate();
            from.add(new int[] {tag.length(), at, at});
            tag.append(s);
        }

        private void separate() {
            if (tag.length() > 0) {
                tag.append('-');
            }
        }

        Locale build() {
            return new Locale.Builder().setLanguageTag(tag.toString()).build();
        }

        int textIndex(int tagIndex) {
            int[] piece = from.get(0);
            for (int[] p : from) {
                if (p[0] <= tagIndex) {
                    piece = p;
                }
            }
            return Math.min(piece[1] + Math.max(0, tagIndex - piece[0]), piece[2]);
        }
    }

    private static String checked(String text) {
        if (text == null) {
            throw new InvalidLanguageTagException("null", "no text was given");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidLanguageTagException(text, "it is longer than " + MAX_LENGTH + " characters");
        }
        return text;
    }
}
