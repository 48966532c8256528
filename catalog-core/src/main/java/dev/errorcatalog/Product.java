package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import org.apiguardian.api.API;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One product of a catalog, as {@code ZoneId} is one zone of the time-zone rules: what it is (id, locales, codes,
 * provider, provenance) and how it answers (resolve, message, entries, the exception for a failure).
 *
 * <pre>{@code
 * Product vod = catalog.product("vod");
 * Locale asked = vod.localeOfHeader(request.getHeader("Accept-Language"));   // lenient, as a browser sends it
 * Resolution r = vod.resolve("InvalidParameterValue.FileIdsTooMany", asked);
 * }</pre>
 *
 * <p>Choosing a locale is its own step: {@link #locale(Locale)} and {@link #locale(List)} take the closest the
 * product ships; {@link #locale(String)} reads a tag or a list strictly (text that is not one is an error naming it);
 * {@link #localeOfHeader(String)} reads a header as a browser sends it and never throws. Every answering method takes
 * a {@link Locale} and answers in the product's locale closest to it.
 *
 * <p>A catalog makes one handle per product when it is built; the handle reads the product's bundles the first time
 * one of its locales is used, as the catalog does. Thread-safe; its answers are fixed.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Product {
    private final ProductId id;
    /**
     * Made on first use for a deferred product; written once, under this handle's lock. Read without one, and not
     * volatile, on every lookup: a thread that sees the scope sees it whole (what it answers from is in final fields),
     * and one that does not yet see it takes the lock and finds it made.
     */
    private ProductScope scope;
    private final DeferredProduct deferred;

    Product(ProductScope scope) {
        this.id = scope.id;
        this.scope = scope;
        this.deferred = null;
    }

    Product(DeferredProduct deferred) {
        this.id = deferred.id;
        this.deferred = deferred;
    }

    /** The product id. */
    public ProductId id() {
        return id;
    }

    /** The locales it ships, the default (English) first. */
    public List<Locale> locales() {
        return scope().negotiator.supported();
    }

    /** The codes it declares itself, with those its overlays add, in declaration order (common codes not included). */
    public List<ErrorCode> codes() {
        return scope().layeredDefinitions().stream().map(CodeDefinition::code).toList();
    }

    /** The class name of the provider that serves it. */
    public String provider() {
        return scope().providerName;
    }

    /** Where the provider class was loaded from (its jar or folder), when known. */
    public Optional<String> source() {
        return scope().source;
    }

    /** Where its texts came from and the version of its data (read from its provenance file when first asked). */
    public Provenance provenance() {
        return scope().provenanceFile().provenance;
    }

    /** Its locale closest to {@code locale} (CLDR distances), or its default when none is close. */
    public Locale locale(Locale locale) {
        return scope().negotiator.negotiate(Objects.requireNonNull(locale, "locale"));
    }

    /** Its locale closest to the first of a priority list it can serve (a servlet request's locales). */
    public Locale locale(List<Locale> priorityList) {
        return scope().negotiator.negotiate(List.copyOf(priorityList));
    }

    /**
     * Its locale closest to a tag ({@code zh-CN}, {@code zh_CN}) or an Accept-Language list ({@code zh-CN, en;q=0.8}),
     * read strictly.
     *
     * @throws dev.errorcatalog.i18n.InvalidLanguageTagException when the text is not a tag or a list of tags
     */
    public Locale locale(String tagOrList) {
        return scope().negotiator.negotiate(Objects.requireNonNull(tagOrList, "tagOrList"));
    }

    /**
     * Its locale closest to an Accept-Language header as a browser sends it. Never throws for the header: malformed
     * items are skipped, and a header with no usable tag gives the default, as does {@code null}, what a servlet
     * request's {@code getHeader} returns when there is none.
     */
    public Locale localeOfHeader(String acceptLanguage) {
        return scope().negotiator.negotiateHeader(acceptLanguage);
    }

    /**
     * Resolves a code in its locale closest to {@code locale}: {@code P:C}, {@code common:C}, {@code P:parent(C)},
     * … (see {@link ErrorCatalog}); an unknown code never throws.
     *
     * @throws InvalidErrorCodeException when the text is not a code at all
     */
    public Resolution resolve(String code, Locale locale) {
        return scope().resolve(Objects.requireNonNull(code, "code"), Objects.requireNonNull(locale, "locale"),
                Optional.empty(), true);
    }

    /**
     * Resolves the code of an error a server sent. A code that is not well-formed does not throw here: the result
     * answers with the server's message, since that is all there is.
     */
    public Resolution resolve(ApiError error, Locale locale) {
        return scope().resolve(error.code(), Objects.requireNonNull(locale, "locale"), error.message(), false);
    }

    /**
     * Only the message of {@link #resolve(String, Locale)}: the stored string of the entry that answers, or the code
     * itself when none does. Allocates nothing, also for a code never seen before.
     *
     * @throws InvalidErrorCodeException when the text is not a code at all
     */
    public String message(String code, Locale locale) {
        return scope().message(Objects.requireNonNull(code, "code"), Objects.requireNonNull(locale, "locale"));
    }

    /** Every code it declares, resolved exactly in its locale closest to {@code locale}, in declaration order. */
    public List<Resolution> entries(Locale locale) {
        return scope().table(locale(locale)).inOrder().stream().filter(r -> r.kind() == MatchKind.EXACT).toList();
    }

    /** A server's error as an exception to throw from the call that got it; {@link RetryPredicate} reads its advice. */
    public ApiErrorException failure(ApiError error, Locale locale) {
        return new ApiErrorException(error, resolve(error, locale));
    }

    /**
     * Its API actions and the codes each can return, as the official lists say; read when first asked for, never by a
     * lookup. Empty for a product whose module ships no lists.
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public ProductActions actions() {
        return scope().actions();
    }

    /**
     * Resolves the code of an error a server sent in answer to {@code action}, as {@link #resolve(ApiError, Locale)},
     * and says whether the action's list names the code ({@link Resolution#action()}; {@link Resolution#explain()} says
     * so when it does not).
     *
     * @throws InvalidValueException when the action is another product's
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Resolution resolve(ApiError error, Locale locale, ApiAction action) {
        return resolve(error, locale).withAction(actions().check(error.code(), own(action)));
    }

    /**
     * {@link #failure(ApiError, Locale)} for an error answering {@code action}: {@link RetryPredicate} then decides by
     * the action's kind too ({@link CallKinds}).
     *
     * @throws InvalidValueException when the action is another product's
     */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public ApiErrorException failure(ApiError error, Locale locale, ApiAction action) {
        return new ApiErrorException(error, resolve(error, locale, action));
    }

    private ApiAction own(ApiAction action) {
        if (!Objects.requireNonNull(action, "action").product().equals(id)) {
            throw new InvalidValueException("Product.resolve(action)", "the action " + action + " is not one of " + id
                    + "'s: resolve it in its own product");
        }
        return action;
    }

    ProductScope scope() {
        ProductScope s = scope;
        return s != null ? s : made();
    }

    private synchronized ProductScope made() {
        if (scope == null) {
            scope = deferred.make();
        }
        return scope;
    }

    @Override
    public String toString() {
        ProductScope s = scope; // not made for a string: a collection's product is read when used
        return "Product[" + id + ", " + (s != null ? s.providerName : deferred.collectionName) + "]";
    }
}
