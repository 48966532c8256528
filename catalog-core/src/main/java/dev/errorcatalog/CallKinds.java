package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Which actions are reads, by one rule over the action's name, with the caller's exceptions: an action whose name
 * begins with one of {@link #READ_VERBS} followed by a capital letter, a digit or nothing ({@code DescribeKey},
 * {@code ListAlgorithms}, {@code InquiryPriceRunInstances}) is a {@link CallKind#READ}; any other is a
 * {@link CallKind#WRITE}, since nothing says it is safe to repeat. The official APIs name their actions this way
 * (a verb first); an action the rule misjudges is given its kind with {@link #with(String, CallKind)}. Immutable.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class CallKinds {
    /**
     * The verbs of reads: 6,713 of the official lists' 15,210 actions begin with one of them. Verbs that may
     * read or write ({@code Export}, which starts a task; {@code Verify}, which may be billed) are not among them.
     */
    public static final List<String> READ_VERBS =
            List.of("Describe", "List", "Get", "Query", "Inquire", "Inquiry", "Check", "Search");

    private static final CallKinds STANDARD = new CallKinds(Map.of());

    private final Map<String, CallKind> exceptions;

    private CallKinds(Map<String, CallKind> exceptions) {
        this.exceptions = exceptions;
    }

    /** The rule alone. */
    public static CallKinds standard() {
        return STANDARD;
    }

    /**
     * This rule, with {@code action} (a name, in any product and version) of the given kind:
     * {@code standard().with("Encrypt", CallKind.READ)}.
     *
     * @throws InvalidValueException when {@code action} is not an action's name
     */
    public CallKinds with(String action, CallKind kind) {
        Objects.requireNonNull(kind, "kind");
        if (!ApiAction.isName(Objects.requireNonNull(action, "action"))) {
            throw new InvalidValueException("CallKinds.with(action)", "\"" + Printable.shorten(action, 200)
                    + "\" is not an API action's name (DescribeKey)");
        }
        Map<String, CallKind> more = new HashMap<>(exceptions);
        more.put(action, kind);
        return new CallKinds(Map.copyOf(more));
    }

    /** The kind of an action. */
    public CallKind kindOf(ApiAction action) {
        return kindOf(Objects.requireNonNull(action, "action").name());
    }

    /** The kind of an action of this name; a name that is no action's is a write, as nothing says it is safe. */
    public CallKind kindOf(String action) {
        CallKind given = exceptions.get(Objects.requireNonNull(action, "action"));
        if (given != null) {
            return given;
        }
        for (String verb : READ_VERBS) {
            if (action.startsWith(verb) && (action.length() == verb.length() || startsWord(action.charAt(verb.length())))) {
                return CallKind.READ;
            }
        }
        return CallKind.WRITE;
    }

    private static boolean startsWord(char c) {
        return c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    @Override
    public String toString() {
        return "CallKinds[reads: " + String.join("*, ", READ_VERBS) + "*; exceptions: " + new java.util.TreeMap<>(exceptions) + "]";
    }
}
