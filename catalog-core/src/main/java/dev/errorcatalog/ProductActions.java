package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The API actions of one product and the codes each can return, as the official lists say
 * ({@code product.actions()}): which codes to expect from an action, which actions return a code, and whether a
 * failure's code is one its action lists ({@link #check}). Read from the product's actions file when first asked for
 * ({@link ActionsFile}); a product without one has none. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class ProductActions {
    private final ProductId product;
    private final Optional<Source> source;
    private final ErrorCode[] codes;
    /** In file order: by version, then name. */
    private final ApiAction[] actions;
    /** Per action, its codes as indices into {@link #codes}, in list order. */
    private final int[][] lists;
    /** The indices of {@link #codes} in the order of their text, to find a code by binary search. */
    private final int[] codesInOrder;
    /** The indices of {@link #actions} by name, then version, to find an action by binary search. */
    private final int[] actionsByName;
    /**
     * Per code, the actions listing it as indices into {@link #actions}; made when first asked for, as most uses
     * (a check, an action's codes) never need it. Racy but safe: every thread makes the same arrays.
     */
    private int[][] returning;

    ProductActions(ProductId product, Optional<Source> source, ErrorCode[] codes, ApiAction[] actions, int[][] lists) {
        this.product = product;
        this.source = source;
        this.codes = codes;
        this.actions = actions;
        this.lists = lists;
        this.codesInOrder = order(codes.length, (x, y) -> codes[x].value().compareTo(codes[y].value()));
        this.actionsByName = order(actions.length, (x, y) -> {
            int byName = actions[x].name().compareTo(actions[y].name());
            return byName != 0 ? byName : actions[x].version().compareTo(actions[y].version());
        });
    }

    private static int[] order(int n, java.util.Comparator<Integer> by) {
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) {
            boxed[i] = i;
        }
        java.util.Arrays.sort(boxed, by);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = boxed[i];
        }
        return out;
    }

    /** The index of the code of this text, or -1. */
    private int codeIndex(String code) {
        int lo = 0;
        int hi = codesInOrder.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = codes[codesInOrder[mid]].value().compareTo(code);
            if (c == 0) {
                return codesInOrder[mid];
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** The first position in {@link #actionsByName} of an action of this name, or -1. */
    private int firstNamed(String name) {
        int lo = 0;
        int hi = actionsByName.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (actions[actionsByName[mid]].name().compareTo(name) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < actionsByName.length && actions[actionsByName[lo]].name().equals(name) ? lo : -1;
    }

    private int[][] returning() {
        int[][] made = returning;
        if (made == null) {
            int[] counts = new int[codes.length];
            for (int[] list : lists) {
                for (int c : list) {
                    counts[c]++;
                }
            }
            made = new int[codes.length][];
            for (int c = 0; c < codes.length; c++) {
                made[c] = new int[counts[c]];
            }
            int[] filled = new int[codes.length];
            for (int a = 0; a < actions.length; a++) {
                for (int c : lists[a]) {
                    made[c][filled[c]++] = a;
                }
            }
            returning = made;
        }
        return made;
    }

    static ProductActions none(ProductId product) {
        return new ProductActions(product, Optional.empty(), new ErrorCode[0], new ApiAction[0], new int[0][]);
    }

    /** The product. */
    public ProductId product() {
        return product;
    }

    /** Where the lists came from ({@code SDK tencentcloud-sdk-go 1.3.166}); empty for a product without lists. */
    public Optional<Source> source() {
        return source;
    }

    /** Whether the product has no action lists at all. */
    public boolean isEmpty() {
        return actions.length == 0;
    }

    /** Every action, by API version (oldest first), then by name. */
    public List<ApiAction> all() {
        return List.of(actions);
    }

    /** The action of this name in the newest API version that has it. */
    public Optional<ApiAction> find(String name) {
        int at = firstNamed(Objects.requireNonNull(name, "name"));
        if (at < 0) {
            return Optional.empty();
        }
        while (at + 1 < actionsByName.length && actions[actionsByName[at + 1]].name().equals(name)) {
            at++;
        }
        return Optional.of(actions[actionsByName[at]]);
    }

    /** The action of this name in this API version. */
    public Optional<ApiAction> find(String name, String version) {
        Objects.requireNonNull(version, "version");
        for (int at = firstNamed(Objects.requireNonNull(name, "name")); at >= 0 && at < actionsByName.length
                && actions[actionsByName[at]].name().equals(name); at++) {
            if (actions[actionsByName[at]].version().equals(version)) {
                return Optional.of(actions[actionsByName[at]]);
            }
        }
        return Optional.empty();
    }

    /** The codes the action's list names, in the list's order; empty for an action the lists do not have. */
    public List<ErrorCode> codes(ApiAction action) {
        int a = indexOf(Objects.requireNonNull(action, "action"));
        if (a < 0) {
            return List.of();
        }
        List<ErrorCode> out = new ArrayList<>(lists[a].length);
        for (int c : lists[a]) {
            out.add(codes[c]);
        }
        return Collections.unmodifiableList(out);
    }

    /** The actions whose lists name this very code (not its parent), by API version, then name. */
    public List<ApiAction> returning(String code) {
        int c = codeIndex(Objects.requireNonNull(code, "code"));
        if (c < 0) {
            return List.of();
        }
        int[] listing = returning()[c];
        List<ApiAction> out = new ArrayList<>(listing.length);
        for (int a : listing) {
            out.add(actions[a]);
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Whether a failure's code is one its action lists: listed, a common code (any action may return one), not
     * listed (the call may have gone to another product, version or endpoint than meant), or an action the lists do
     * not have.
     */
    public ActionCheck check(String code, ApiAction action) {
        Objects.requireNonNull(code, "code");
        int a = indexOf(Objects.requireNonNull(action, "action"));
        ActionCheck.Listing listing;
        if (a < 0 || lists[a].length == 0) {
            listing = ActionCheck.Listing.UNKNOWN_ACTION;
        } else if (listed(lists[a], codeIndex(code))) {
            listing = ActionCheck.Listing.LISTED;
        } else {
            listing = Common.CODES.contains(code) ? ActionCheck.Listing.COMMON : ActionCheck.Listing.NOT_LISTED;
        }
        return new ActionCheck(code, action, listing);
    }

    private static boolean listed(int[] list, int code) {
        if (code >= 0) {
            for (int c : list) {
                if (c == code) {
                    return true;
                }
            }
        }
        return false;
    }

    private int indexOf(ApiAction action) {
        if (!action.product().equals(product)) {
            return -1;
        }
        for (int at = firstNamed(action.name()); at >= 0 && at < actionsByName.length
                && actions[actionsByName[at]].name().equals(action.name()); at++) {
            if (actions[actionsByName[at]].version().equals(action.version())) {
                return actionsByName[at];
            }
        }
        return -1;
    }

    /** The common codes' names, made when a code first fails a check. */
    private static final class Common {
        static final Set<String> CODES = names();

        private static Set<String> names() {
            Set<String> names = new HashSet<>();
            for (CommonCode c : CommonCode.values()) {
                names.add(c.definition().code().value());
            }
            return Set.copyOf(names);
        }
    }

    @Override
    public String toString() {
        return "ProductActions[" + product + ", " + actions.length + " actions, " + codes.length + " codes"
                + source.map(s -> ", " + s.describe()).orElse("") + "]";
    }
}
