package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
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
    /** Per code, the actions listing it as indices into {@link #actions}. */
    private final int[][] returning;
    private final Map<String, Integer> codeIndex;
    /** Per name, its actions' indices, oldest version first. */
    private final Map<String, int[]> byName;

    ProductActions(ProductId product, Optional<Source> source, ErrorCode[] codes, ApiAction[] actions, int[][] lists) {
        this.product = product;
        this.source = source;
        this.codes = codes;
        this.actions = actions;
        this.lists = lists;
        this.codeIndex = new HashMap<>(codes.length * 2);
        for (int i = 0; i < codes.length; i++) {
            codeIndex.put(codes[i].value(), i);
        }
        int[] counts = new int[codes.length];
        for (int[] list : lists) {
            for (int c : list) {
                counts[c]++;
            }
        }
        this.returning = new int[codes.length][];
        for (int c = 0; c < codes.length; c++) {
            returning[c] = new int[counts[c]];
        }
        int[] filled = new int[codes.length];
        Map<String, int[]> names = new HashMap<>(actions.length * 2);
        for (int a = 0; a < actions.length; a++) {
            for (int c : lists[a]) {
                returning[c][filled[c]++] = a;
            }
            int[] seen = names.get(actions[a].name());
            int[] more = seen == null ? new int[1] : java.util.Arrays.copyOf(seen, seen.length + 1);
            more[more.length - 1] = a;
            names.put(actions[a].name(), more);
        }
        this.byName = names;
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
        int[] found = byName.get(Objects.requireNonNull(name, "name"));
        return found == null ? Optional.empty() : Optional.of(actions[found[found.length - 1]]);
    }

    /** The action of this name in this API version. */
    public Optional<ApiAction> find(String name, String version) {
        Objects.requireNonNull(version, "version");
        int[] found = byName.get(Objects.requireNonNull(name, "name"));
        if (found != null) {
            for (int a : found) {
                if (actions[a].version().equals(version)) {
                    return Optional.of(actions[a]);
                }
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
        Integer c = codeIndex.get(Objects.requireNonNull(code, "code"));
        if (c == null) {
            return List.of();
        }
        List<ApiAction> out = new ArrayList<>(returning[c].length);
        for (int a : returning[c]) {
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
        } else if (listed(lists[a], codeIndex.get(code))) {
            listing = ActionCheck.Listing.LISTED;
        } else {
            listing = Common.CODES.contains(code) ? ActionCheck.Listing.COMMON : ActionCheck.Listing.NOT_LISTED;
        }
        return new ActionCheck(code, action, listing);
    }

    private static boolean listed(int[] list, Integer code) {
        if (code != null) {
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
        int[] found = byName.get(action.name());
        if (found != null) {
            for (int a : found) {
                if (actions[a].version().equals(action.version())) {
                    return a;
                }
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
