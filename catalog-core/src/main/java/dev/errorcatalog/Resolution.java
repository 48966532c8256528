package dev.errorcatalog;

import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.LanguageScripts;
import org.apiguardian.api.API;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * What the catalog answered for a code: the message in the negotiated locale, which entry gave it and how it
 * was found, and the entry's metadata. Never absent: when nothing matches, the message is the server's own
 * message if one was given, otherwise the code itself.
 *
 * <p>Metadata (help link, successor) belongs to the exact entry and is empty after a fallback to a parent;
 * retry advice after a fallback is the ancestor's only when the ancestor says it covers its subcodes.
 * Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class Resolution {
    private final ProductId product;
    private final String requested;
    private final MatchKind kind;
    private final CatalogEntry entry;
    private final Advice retry;
    private final Locale locale;
    private final String message;
    /** What few answers carry; one field for both, so that the answer a lookup allocates stays as small as it was. */
    private final Aside aside;
    /** What a fallback from a subcode to this entry may say about retrying; only on exact answers. */
    final Advice retryForSubcodes;

    private Resolution(ProductId product, String requested, MatchKind kind, CatalogEntry entry, Advice retry,
                       Locale locale, String message, Aside aside, Advice retryForSubcodes) {
        this.aside = aside;
        this.product = product;
        this.requested = requested;
        this.kind = kind;
        this.entry = entry;
        this.retry = retry;
        this.locale = locale;
        this.message = message;
        this.retryForSubcodes = retryForSubcodes;
    }

    /**
     * The answer for the entry's own code, built once per product, locale and code: {@code kind} from
     * {@link FallbackOrder#exactKind}; {@code retry} the entry's advice, or a covering ancestor's when it has none;
     * {@code retryForSubcodes} the advice of the nearest entry at or above it that covers its subcodes.
     */
    static Resolution exact(ProductId asked, CatalogEntry entry, MatchKind kind, Advice retry, Advice retryForSubcodes) {
        return new Resolution(asked, entry.code().value(), kind, entry, retry, entry.locale(), entry.message(),
                Aside.NONE, retryForSubcodes);
    }

    /** The answer for a code below the one {@code ancestor} answers for exactly. */
    static Resolution parent(String requested, Resolution ancestor) {
        MatchKind kind = ancestor.kind == MatchKind.EXACT ? MatchKind.PARENT : MatchKind.COMMON_PARENT;
        return new Resolution(ancestor.product, requested, kind, ancestor.entry, ancestor.retryForSubcodes,
                ancestor.locale, ancestor.message, Aside.NONE, Advice.NONE);
    }

    static Resolution none(ProductId asked, String requested, Locale locale) { // no candidate is held
        return none(asked, requested, locale, Optional.empty(), List.of());
    }

    private static Resolution none(ProductId asked, String requested, Locale locale, Optional<String> serverMessage,
                                   List<Locale> exactTextIn) {
        Optional<String> usable = serverMessage.filter(m -> !m.isBlank());
        return new Resolution(asked, requested, MatchKind.NONE, null, Advice.NONE,
                usable.map(m -> languageOf(m, locale)).orElse(locale), usable.orElse(requested),
                Aside.of(serverMessage, exactTextIn), Advice.NONE);
    }

    /** A server's message's language, by its script ({@link LanguageScripts#languageOf}); without letters, the locale's. */
    static Locale languageOf(String serverMessage, Locale negotiated) { return LanguageScripts.languageOf(serverMessage).orElse(negotiated); }

    Resolution withServerMessage(Optional<String> server) {
        if (server.isEmpty()) {
            return this;
        }
        return entry == null ? none(product, requested, locale, server, aside.exactTextIn())
                : new Resolution(product, requested, kind, entry, retry, locale, message, Aside.of(server, aside.exactTextIn()),
                retryForSubcodes);
    }

    /** This answer, for a failure of {@code check}'s action: {@link #action()} and {@link #explain()} say whether it lists the code. */
    Resolution withAction(ActionCheck check) {
        return new Resolution(product, requested, kind, entry, retry, locale, message, aside.withAction(check), retryForSubcodes);
    }

    /** This answer from another entry, for a code declared without text in this locale, with the locales that word it. */
    Resolution withExactTextIn(List<Locale> locales) {
        return new Resolution(product, requested, kind, entry, retry, locale, message,
                Aside.of(aside.serverMessage(), List.copyOf(locales)), retryForSubcodes);
    }

    /**
     * The product's own locales that have the code's own text, when the product declares the code without text in this
     * answer's locale (answered here by the common code or the closest ancestor); empty otherwise.
     */
    public List<Locale> exactTextIn() {
        return aside.exactTextIn();
    }

    CatalogEntry entry() { return entry; }

    /** The product asked for. */
    public ProductId product() {
        return product;
    }

    /** The code asked for, as given. */
    public String requested() {
        return requested;
    }

    /** How the entry that answered was found. */
    public MatchKind kind() {
        return kind;
    }

    /**
     * Whether an entry for the very code asked for answered: {@link MatchKind#EXACT}, or {@link MatchKind#COMMON}, whose
     * text is about this very code too ({@link #kind()} tells them apart).
     */
    public boolean exact() {
        return kind.isExactCode();
    }

    /**
     * Whether this answers for that typed code: the code asked for is the constant's, in the constant's product (or the
     * constant is a common code). {@code r.is(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED)}.
     */
    public boolean is(CodeDefinition constant) {
        Objects.requireNonNull(constant, "constant");
        return requested.equals(constant.code().value())
                && (product.equals(constant.product()) || constant.product().isCommon());
    }

    /** Whether any entry answered. */
    public boolean found() {
        return entry != null;
    }

    /** The product whose entry answered: the one asked for, or {@code common}. */
    public Optional<ProductId> matchedProduct() {
        return entry == null ? Optional.empty() : Optional.of(entry.product());
    }

    /** The code of the entry that answered: the one asked for or one of its ancestors. */
    public Optional<ErrorCode> matchedCode() {
        return entry == null ? Optional.empty() : Optional.of(entry.code());
    }

    /**
     * The locale the message is really in: after a per-key fallback, the default locale rather than the one negotiated;
     * when the message is the server's own ({@link Source.Kind#SERVER}), the language it is written in, whatever was
     * negotiated.
     */
    public Locale locale() {
        return locale;
    }

    /** The message in {@link #locale()}, with no arguments filled in. */
    public String message() {
        return message;
    }

    /**
     * The message with named arguments filled in; patterns without arguments ignore them.
     *
     * @throws dev.errorcatalog.i18n.InvalidArgumentException when an argument the pattern uses is null or of a type
     *                                                         its format cannot take, naming it
     */
    public String message(Map<String, ?> arguments) {
        Objects.requireNonNull(arguments, "arguments");
        return entry == null ? message : entry.text.entry().message().format(arguments);
    }

    /** The names of the arguments {@link #message()}'s pattern takes ({@code {count}}); empty for most codes. */
    public java.util.Set<String> argumentNames() {
        return entry == null ? java.util.Set.of() : entry.text.entry().message().argumentNames();
    }

    /** A short title, where the source gives one (legacy codes' error type). */
    public Optional<String> title() {
        return entry == null ? Optional.empty() : entry.title();
    }

    /** Further meanings of the same code, beyond the one in {@link #title()} and {@link #message()}. */
    public List<Meaning> variants() {
        return entry == null ? List.of() : entry.variants();
    }

    /** What a caller may do about the error. */
    public RetryAdvice retry() {
        return retry.retry();
    }

    /** Why {@link #retry()} advises so: the entry, rule and text that gave it; empty when the advice is {@code UNKNOWN}. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Optional<RetryEvidence> retryEvidence() {
        return retry.evidence();
    }

    /**
     * Where {@link #message()} came from: the source of the answering entry's text in {@link #locale()}, or
     * {@link Source.Kind#SERVER} / {@link Source.Kind#CODE} when no entry answered.
     */
    public Source origin() {
        if (entry != null) {
            return entry.origin();
        }
        return aside.serverMessage().filter(m -> !m.isBlank()).isPresent() ? Source.SERVER : Source.CODE;
    }

    /** The official text {@link #message()} corrects, when {@link #origin()} is a correction. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Optional<Correction> correction() {
        return entry == null ? Optional.empty() : entry.correction();
    }

    /** What to do about the error, where a source says; only for an exact match, as it is about this very code. */
    public Optional<Solution> solution() {
        return exact() ? entry.solution() : Optional.empty();
    }

    /** The API versions whose code lists hold this code ({@code 2018-07-17}); only for an exact match. */
    public List<String> apiVersions() {
        return exact() ? entry.apiVersions() : List.of();
    }

    /** A page about the error; only for an exact match. */
    public Optional<URI> helpUrl() {
        return exact() ? entry.definition.metadata().helpUrl() : Optional.empty();
    }

    /** For a legacy API 2.0 code, its API 3.0 successor; only for an exact match. */
    public Optional<ErrorCode> successor() {
        return exact() ? entry.definition.metadata().successor() : Optional.empty();
    }

    /** For a failure resolved with the action it came from, whether that action's list names the code. */
    @API(status = EXPERIMENTAL, since = "0.2.0")
    public Optional<ActionCheck> action() {
        return aside.action();
    }

    /** The server's own message, when the code came from a response that had one. */
    public Optional<String> serverMessage() {
        return aside.serverMessage();
    }

    /**
     * The entries looked at, in order, ending with the one that answered:
     * {@code [vod:InvalidParameterValue.Foo, common:InvalidParameterValue.Foo, vod:InvalidParameterValue]}.
     */
    public List<String> path() {
        return FallbackOrder.path(product, requested, matchedProduct().map(p -> p + ":" + entry.code()));
    }

    /**
     * One line for a log: {@code InvalidParameterValue.Foo not in vod; answered with common:InvalidParameterValue}, and
     * when the failure's action does not list the code, {@code ; not listed for kms DescribeKey 2019-01-18: check …}.
     * A code a server sent is quoted visibly and shortened ({@link Printable}): it cannot break the line nor make it long.
     */
    public String explain() {
        String code = Printable.shorten(requested, QUOTED_CODE);
        return switch (kind) {
            case EXACT -> code + " found in " + product;
            case COMMON -> code + notHere(FallbackOrder.describedBefore(product, entry.product())) + "; answered with "
                    + entry.qualifiedName();
            case PARENT, COMMON_PARENT -> code + notHere(FallbackOrder.described(product)) + "; answered with "
                    + entry.qualifiedName();
            case NONE -> code + " not in " + FallbackOrder.described(product) + ", nor any parent code; answered with "
                    + (aside.serverMessage().filter(m -> !m.isBlank()).isPresent() ? "the server's message" : "the code itself");
        } + aside.actionNote();
    }

    /** Why the code itself did not answer: not where the order looked, or no text of its own in this locale. */
    private String notHere(String lookedIn) {
        return aside.exactTextIn().isEmpty() ? " not in " + lookedIn : " is a " + product + " code without " + locale.toLanguageTag()
                + " text (its own is in " + String.join(", ", aside.exactTextIn().stream().map(Locale::toLanguageTag).toList()) + ")";
    }

    /** What {@link #explain()} shows of the code asked for: any code of the grammar whole, a server's megabyte not. */
    static final int QUOTED_CODE = ErrorCode.MAX_LENGTH;

    @Override
    public String toString() {
        return explain() + " [" + locale.toLanguageTag() + "] " + Printable.shorten(message, Printable.MESSAGE_SHOWN);
    }
}
