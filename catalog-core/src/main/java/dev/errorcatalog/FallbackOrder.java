package dev.errorcatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fallback order, written once. For product {@code P} and code {@code C} the candidates are, level by level from
 * {@code C} up to its category, each of {@link #scopes(ProductId) the scopes}: {@code P:C}, {@code common:C},
 * {@code P:parent(C)}, {@code common:parent(C)}, … Text that is not a well-formed code has one level, itself.
 *
 * <p>A product's table is merged in this order, so at one level it holds the entry of the first scope that has the
 * code; for a code the table does not hold, the answer is then its {@link #closestAncestor} in the table, and
 * {@link Resolution#path()} is {@link #candidates} up to the one that answered. {@link TableAssembler} merges the
 * tables by {@link #scopes}, retry advice included; an entry's {@link MatchKind} and {@link Resolution#explain()} say
 * where in this order it stands ({@link #exactKind}, {@link #describedBefore}). Changing the order is an edit here.
 */
final class FallbackOrder {
    private FallbackOrder() {
    }

    /** The scopes looked at on each level, in order: the product's own entries before the common ones. */
    static List<ProductId> scopes(ProductId product) {
        return product.isCommon() ? List.of(ProductId.COMMON) : List.of(product, ProductId.COMMON);
    }

    /** Every candidate of {@code code} in order, as {@code product:code}. */
    static List<String> candidates(ProductId product, String code) {
        List<String> out = new ArrayList<>();
        List<ProductId> scopes = scopes(product);
        boolean walkUp = CodeGrammar.isValid(code);
        int end = code.length();
        do { // the text's own level is always looked up, even the empty text's
            String level = code.substring(0, end);
            scopes.forEach(s -> out.add(s + ":" + level));
            end = nextLevel(code, end, walkUp);
        } while (end > 0);
        return out;
    }

    /** The candidates looked at, ending with {@code answered} ({@code product:code}); all of them when none answered. */
    static List<String> path(ProductId product, String code, Optional<String> answered) {
        List<String> all = candidates(product, code);
        int at = answered.map(all::indexOf).orElse(-1);
        return List.copyOf(at < 0 ? all : all.subList(0, at + 1));
    }

    /**
     * The value a table merged in this order holds for the closest ancestor level of {@code code} (the code's own
     * level is the caller's exact lookup), or null; null too for text that is not a code. One backward pass over the
     * text checks each part against {@link CodeGrammar} and probes each level as its dot is reached, deepest first;
     * the table holds only well-formed codes, so a held level vouches for the text in front of it. Makes no substring
     * and allocates nothing.
     */
    static <V> V closestAncestor(String code, CodeTable<V> table) {
        if (code.length() > CodeGrammar.MAX_LENGTH) {
            return null;
        }
        for (int dot = CodeGrammar.dotBefore(code, code.length()); dot > 0; dot = CodeGrammar.dotBefore(code, dot)) {
            V held = table.getPrefix(code, dot);
            if (held != null) {
                return held;
            }
        }
        return null;
    }

    /** Where the level above {@code code.substring(0, end)} ends, or 0 at the category (or for text that is not a code). */
    private static int nextLevel(String code, int end, boolean walkUp) {
        return walkUp ? Math.max(0, code.lastIndexOf('.', end - 1)) : 0;
    }

    /** How an entry of {@code answering}'s for the very code asked of {@code product} was found: by the level's first scope or a later one. */
    static MatchKind exactKind(ProductId product, ProductId answering) {
        return scopes(product).indexOf(answering) == 0 ? MatchKind.EXACT : MatchKind.COMMON;
    }

    /** The scopes of a level as a sentence says them: {@code vod nor common}. */
    static String described(ProductId product) {
        return String.join(" nor ", scopes(product).stream().map(ProductId::value).toList());
    }

    /** The scopes of a level looked at before {@code answering}'s, as a sentence says them: {@code vod}. */
    static String describedBefore(ProductId product, ProductId answering) {
        List<ProductId> scopes = scopes(product);
        return String.join(" nor ", scopes.subList(0, Math.max(0, scopes.indexOf(answering))).stream().map(ProductId::value).toList());
    }
}
