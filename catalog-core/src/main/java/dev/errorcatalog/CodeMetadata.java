package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * What the catalog knows of a code besides its messages. It belongs to the exact entry: a message may fall back
 * to a parent code, this does not, except retry advice whose entry {@linkplain #retryCoversSubcodes() says it
 * holds for every subcode} (all of {@code RequestLimitExceeded.*} is throttling).
 *
 * @param retry               what a caller may do about the error
 * @param retryCoversSubcodes whether {@code retry} also holds for subcodes the catalog does not list
 * @param helpUrl             a page that explains the error, from the link in the source document
 * @param successor           for a legacy API 2.0 code, the API 3.0 code with the same meaning
 */
@API(status = MAINTAINED, since = "0.1.0")
public record CodeMetadata(RetryAdvice retry, boolean retryCoversSubcodes, Optional<URI> helpUrl,
                           Optional<ErrorCode> successor) {
    /** Nothing known: retry advice {@code UNKNOWN}, no help page, no successor. */
    public static final CodeMetadata NONE = new CodeMetadata(RetryAdvice.UNKNOWN, false, Optional.empty(), Optional.empty());

    /** Rejects null components. */
    public CodeMetadata {
        Objects.requireNonNull(retry, "retry");
        Objects.requireNonNull(helpUrl, "helpUrl");
        Objects.requireNonNull(successor, "successor");
    }

    /** Only retry advice, for this code alone. */
    public static CodeMetadata retry(RetryAdvice retry) {
        return NONE.withRetry(retry);
    }

    /** This metadata with other retry advice, keeping whether it covers the subcodes. */
    public CodeMetadata withRetry(RetryAdvice advice) {
        return new CodeMetadata(advice, retryCoversSubcodes, helpUrl, successor);
    }

    /** The same retry advice for every subcode of this code, listed or not. */
    public CodeMetadata coveringSubcodes() {
        return new CodeMetadata(retry, true, helpUrl, successor);
    }

    /**
     * This metadata with a help page.
     *
     * @throws InvalidValueException when {@code url} is not a URI
     */
    public CodeMetadata withHelpUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new InvalidValueException("CodeMetadata.withHelpUrl(url)", "'" + Printable.shorten(url, 80)
                    + "' is not a URI: " + Printable.of(e.getReason()) + " at index " + e.getIndex(), e);
        }
        return new CodeMetadata(retry, retryCoversSubcodes, Optional.of(uri), successor);
    }

    /** This metadata with the API 3.0 code that replaces a legacy one. */
    public CodeMetadata withSuccessor(String code) {
        return new CodeMetadata(retry, retryCoversSubcodes, helpUrl, Optional.of(ErrorCode.parse(code)));
    }
}
