package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.STABLE;

/**
 * A dotted error code, {@code Category} or {@code Category.Subcode} (deeper nesting is allowed), validated
 * once when made. Each segment is an ASCII letter followed by ASCII letters and digits.
 * {@code InvalidParameterValue.FileIdsTooMany} has the parent {@code InvalidParameterValue}, which has none.
 */
@API(status = STABLE, since = "0.1.0")
public final class ErrorCode implements Comparable<ErrorCode> {
    /** No real code comes near this; longer text is refused before it is looked at. */
    public static final int MAX_LENGTH = CodeGrammar.MAX_LENGTH;

    private final String value;
    private final ErrorCode parent;

    private ErrorCode(String value, ErrorCode parent) {
        this.value = value;
        this.parent = parent;
    }

    /**
     * @throws InvalidErrorCodeException saying what is wrong with the text
     */
    public static ErrorCode parse(String text) {
        String problem = problem(text);
        if (problem != null) {
            throw new InvalidErrorCodeException(String.valueOf(text), problem);
        }
        return build(text);
    }

    /** The code, or empty when the text is not one. */
    public static Optional<ErrorCode> tryParse(String text) {
        return problem(text) == null ? Optional.of(build(text)) : Optional.empty();
    }

    /** Whether the text is a well-formed code; costs a scan, no allocation. */
    public static boolean isValid(CharSequence text) {
        return CodeGrammar.isValid(text);
    }

    private static ErrorCode build(String text) {
        int dot = text.lastIndexOf('.');
        return new ErrorCode(text, dot < 0 ? null : build(text.substring(0, dot)));
    }

    /** Why the text is not a code, or null when it is one. */
    static String problem(CharSequence text) {
        return CodeGrammar.problem(text);
    }

    /** The code one level up: {@code A.B.C} → {@code A.B} → {@code A} → none. */
    public Optional<ErrorCode> parent() {
        return Optional.ofNullable(parent);
    }

    /** The first segment. */
    public ErrorCode category() {
        return parent == null ? this : parent.category();
    }

    /** Whether this code is {@code other} or one of its subcodes. */
    public boolean isWithin(ErrorCode other) {
        return value.equals(other.value) || (value.startsWith(other.value) && value.charAt(other.value.length()) == '.');
    }

    /**
     * The name of the code's typed constant: upper snake case, a double underscore for the dot, so the split is
     * kept: {@code InvalidParameterValue.FileIdsTooMany} → {@code INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY},
     * {@code InternalError.DBError} → {@code INTERNAL_ERROR__DB_ERROR}.
     */
    public String constantName() {
        StringBuilder name = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '.') {
                name.append("__");
                continue;
            }
            if (i > 0 && Character.isUpperCase(c)) {
                char before = value.charAt(i - 1);
                boolean wordStart = Character.isLowerCase(before) || Character.isDigit(before)
                        || (Character.isUpperCase(before) && i + 1 < value.length() && Character.isLowerCase(value.charAt(i + 1)));
                if (wordStart) {
                    name.append('_');
                }
            }
            name.append(Character.toUpperCase(c));
        }
        return name.toString();
    }

    /** The code as text, e.g. {@code InvalidParameterValue.FileIdsTooMany}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ErrorCode c && c.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public int compareTo(ErrorCode o) {
        return value.compareTo(Objects.requireNonNull(o).value);
    }

    @Override
    public String toString() {
        return value;
    }
}
