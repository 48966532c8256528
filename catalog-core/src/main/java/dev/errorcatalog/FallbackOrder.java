package dev.errorcatalog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The fallback order, written once. For product {@code P} and code {@code C} the candidates are, level by level from
 * {@code C} up to its category, each of {@link #scopes(ProductId) the scopes}: {@code P:C}, {@code common:C},
 * {@code P:parent(C)}, {@code common:parent(C)}, … Text that is not a well-formed code has one level, itself.
 *
 * <p>A product's table is merged in this order (at one level the first scope that has the code holds it), the walk
 * for a code the table does not hold follows it and counts the candidates it looks at, and
 * {@link Resolution#path()} lists that many of {@link #candidates}. Changing the order is an edit here.
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
        int end = code.length();
        boolean walkUp = CodeGrammar.isValid(code);
        while (true) {
            String level = code.substring(0, end);
            scopes.forEach(s -> out.add(s + ":" + level));
            end = walkUp ? code.lastIndexOf('.', end - 1) : -1;
            if (end < 0) {
                return out;
            }
        }
    }

    /**
     * The first candidate a table merged in this order holds, and how many candidates were looked at to find it (all
     * of them when none is held).
     */
    record Walk<V>(V found, int steps) {
    }

    /**
     * Walks the candidates of {@code code} against {@code table}, whose entry at a level belongs to the first scope
     * that has it.
     *
     * @param scopes {@link #scopes} of the product asked for, computed once by the caller so the walk allocates nothing
     * @param owner  the scope an entry of the table belongs to
     */
    static <V> Walk<V> walk(List<ProductId> scopes, String code, CodeTable<V> table, Function<V, ProductId> owner) {
        int steps = 0;
        int end = code.length();
        boolean walkUp = CodeGrammar.isValid(code);
        while (true) {
            V v = table.getPrefix(code, end);
            for (int i = 0; i < scopes.size(); i++) {
                steps++;
                if (v != null && owner.apply(v).equals(scopes.get(i))) {
                    return new Walk<>(v, steps);
                }
            }
            end = walkUp ? code.lastIndexOf('.', end - 1) : -1;
            if (end < 0) {
                return new Walk<>(null, steps);
            }
        }
    }

    /** The scopes of a level as a sentence says them: {@code vod nor common}. */
    static String described(ProductId product) {
        return String.join(" nor ", scopes(product).stream().map(ProductId::value).toList());
    }
}
