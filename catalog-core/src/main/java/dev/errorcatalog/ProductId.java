package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * The short lower-case id of a product: {@code vod}, {@code kms}, {@code live}, {@code legacy}. {@code common}
 * names the platform-wide codes in core and is reserved.
 */
@API(status = MAINTAINED, since = "0.1.0")
public record ProductId(String value) implements Comparable<ProductId> {
    /** The longest id accepted. */
    public static final int MAX_LENGTH = 32;
    /** The reserved id of the platform-wide codes. */
    public static final ProductId COMMON = new ProductId("common");

    /**
     * Rejects text that is not a short lower-case id.
     *
     * @throws InvalidProductIdException saying what is wrong with the text
     */
    public ProductId {
        Objects.requireNonNull(value, "value");
        String problem = problem(value);
        if (problem != null) {
            throw new InvalidProductIdException(value, problem);
        }
    }

    /**
     * The id for this text; see the constructor for what is accepted.
     *
     * @throws InvalidProductIdException saying what is wrong with the text
     */
    public static ProductId of(String value) {
        return new ProductId(value);
    }

    /** Whether this is {@code common}. */
    public boolean isCommon() {
        return equals(COMMON);
    }

    private static String problem(String value) {
        if (value.isEmpty()) {
            return "it is empty";
        }
        if (value.length() > MAX_LENGTH) {
            return "it is longer than " + MAX_LENGTH + " characters";
        }
        if (value.charAt(0) < 'a' || value.charAt(0) > 'z') {
            return "it does not start with a lower-case letter";
        }
        for (int i = 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                return "it has the character '" + c + "' at index " + i;
            }
        }
        return null;
    }

    // Written out because the record's own equals and hashCode bootstrap java.lang.runtime.ObjectMethods, which is
    // a good part of a cold start to the first message (catalog-bench).
    @Override
    public boolean equals(Object o) {
        return o instanceof ProductId other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(ProductId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
