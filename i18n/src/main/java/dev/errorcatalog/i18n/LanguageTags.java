package dev.errorcatalog.i18n;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;

/**
 * Parses locales given as text: one tag in BCP 47 or Java form, in any case ({@code zh-CN}, {@code zh_CN},
 * {@code ZH-cn}, {@code zh-Hans-CN}), or an Accept-Language style list with weights.
 */
public final class LanguageTags {
    /** Longer input is refused before any parsing; real tags and headers are far shorter. */
    public static final int MAX_LENGTH = 1024;

    private LanguageTags() {
    }

    /** One language tag. {@code und} and {@code *} mean "no preference" and give {@link Locale#ROOT}. */
    public static Locale parse(String tag) {
        String text = checked(tag).strip();
        if (text.isEmpty()) {
            throw new InvalidLanguageTagException(tag, "it is empty");
        }
        if (text.equals("*")) {
            return Locale.ROOT;
        }
        try {
            // Java's Locale.toString() form uses '_'; BCP 47 uses '-'. Builder validates and normalizes case, but
            // knows "und" only in lower case.
            return new Locale.Builder().setLanguageTag(fromJavaForm(text).toLowerCase(Locale.ROOT)).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidLanguageTagException(tag, "ill-formed at index " + e.getErrorIndex());
        }
    }

    /**
     * BCP 47 for Java's {@code Locale.toString()} form, which puts the script last after {@code _#}
     * ({@code zh_CN_#Hans} is {@code zh-Hans-CN}); other text with {@code _} for {@code -}.
     */
    private static String fromJavaForm(String text) {
        int mark = text.indexOf("_#");
        if (mark < 0) {
            return text.replace('_', '-');
        }
        String[] parts = text.substring(0, mark).split("_", -1);
        String script = text.substring(mark + 2);
        StringBuilder tag = new StringBuilder(parts[0]).append('-').append(script);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) {
                tag.append('-').append(parts[i]);
            }
        }
        return tag.toString();
    }

    /**
     * A priority list, most wanted first: {@code "zh-CN, zh;q=0.9, en;q=0.5"}. A single tag is a list of one.
     * Entries with weight 0 are dropped, as HTTP says; equal weights keep their written order.
     */
    public static List<Locale> parseList(String header) {
        String text = checked(header);
        record Weighted(Locale locale, double weight) {
        }
        List<Weighted> items = new ArrayList<>();
        for (String item : text.split(",", -1)) {
            String trimmed = item.strip();
            if (trimmed.isEmpty()) {
                if (text.strip().isEmpty()) {
                    throw new InvalidLanguageTagException(header, "it is empty");
                }
                continue; // "en,,zh" and a trailing comma are tolerated, as browsers send them
            }
            String[] parts = trimmed.split(";", -1);
            double weight = 1.0;
            for (int i = 1; i < parts.length; i++) {
                weight = weight(header, parts[i].strip());
            }
            Locale locale = parse(parts[0]); // checked even when weighted 0
            if (weight > 0) {
                items.add(new Weighted(locale, weight));
            }
        }
        items.sort(Comparator.comparingDouble(Weighted::weight).reversed());
        return items.stream().map(Weighted::locale).toList();
    }

    /**
     * An Accept-Language header as a browser or a client sends it, read leniently: every item that is not a tag, or
     * whose weight is not a number from 0 to 1, is skipped, and the usable rest is kept in priority order. Never
     * throws for any text; text with no usable tag at all (also text over {@link #MAX_LENGTH}) gives an empty list,
     * which negotiates to the default. {@link #parseList(String)} is the strict reading.
     */
    public static List<Locale> parseHeader(String header) {
        if (header == null || header.length() > MAX_LENGTH) {
            return List.of();
        }
        List<Locale> usable = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (String item : header.split(",", -1)) {
            try {
                List<Locale> one = parseList(item);
                if (!one.isEmpty()) {
                    usable.add(one.get(0));
                    weights.add(weightOf(item));
                }
            } catch (InvalidLanguageTagException skipped) {
                // a malformed item does not spoil the others, as browsers and servers treat it
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < usable.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble((Integer i) -> weights.get(i)).reversed());
        return order.stream().map(usable::get).toList();
    }

    /** The weight of one item already read by {@link #parseList(String)}: its q, or 1. */
    private static double weightOf(String item) {
        String[] parts = item.split(";", -1);
        return parts.length > 1 ? Double.parseDouble(parts[parts.length - 1].strip().substring(2).strip()) : 1.0;
    }

    private static double weight(String header, String parameter) {
        if (!parameter.startsWith("q=") && !parameter.startsWith("Q=")) {
            throw new InvalidLanguageTagException(header, "unexpected parameter '" + parameter + "', only q=weight is allowed");
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
        throw new InvalidLanguageTagException(header, "weight '" + value + "' is not a number from 0 to 1");
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
