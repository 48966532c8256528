package dev.errorcatalog.internal;

import dev.errorcatalog.ProductId;
import dev.errorcatalog.i18n.internal.MessageBundle;
import dev.errorcatalog.spi.CatalogProvider;
import org.apiguardian.api.API;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The one way to a provider's bundle, for the catalog and the testkit's contract alike, so that the two report a
 * provider's faults the same way and in the same words: the bundle's path for reports, its content, and, where the
 * provider failed (threw, an {@link Error} too, or gave null), the problems that say so instead of the failure.
 * Only what the reader cannot bear propagates: a {@link VirtualMachineError}, the stack overflow included, since a
 * product's first use runs on the caller's stack and an overflow there may be the caller's own depth.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ProviderBundles {
    private ProviderBundles() {
    }

    /**
     * A problem with a provider's bundle.
     *
     * @param file        the bundle's path (or what stands in for it); empty when the problem is with the provider's
     *                    {@code bundlePath} itself, for the reader to name the provider there
     * @param description what is wrong
     */
    public record Problem(Optional<String> file, String description) {
        /** Rejects null components. */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(description, "description");
        }
    }

    /** A locale's bundle as far as it could be had. Immutable. */
    public static final class Bundle {
        private final String path;
        private final List<Problem> problems;
        private final byte[] content;

        private Bundle(String path, List<Problem> problems, byte[] content) {
            this.path = path;
            this.problems = List.copyOf(problems);
            this.content = content;
        }

        /** The provider's {@code bundlePath}, or a description of the bundle when it threw or gave null. */
        public String path() {
            return path;
        }

        /** What went wrong on the way to the content, in the order met; empty when nothing did. */
        public List<Problem> problems() {
            return problems;
        }

        /**
         * The file's bytes, read whole (up to one byte past {@link MessageBundle#MAX_BYTES}, for the bundle reader to
         * refuse), each call a stream of its own; empty when the file is missing or could not be read.
         */
        public Optional<InputStream> content() {
            return content == null ? Optional.empty() : Optional.of(new ByteArrayInputStream(content));
        }
    }

    /**
     * Asks the provider for the path of a locale's bundle and opens and reads it, closing the stream after.
     *
     * @param product the provider's product, named where a description stands in for the path
     */
    public static Bundle read(CatalogProvider provider, ProductId product, Locale locale) {
        List<Problem> problems = new ArrayList<>(2);
        String path = path(provider, product, locale, problems);
        byte[] content = null;
        InputStream stream = null;
        try {
            Optional<InputStream> in = provider.openBundle(locale);
            if (in.isPresent()) {
                stream = in.get();
                content = stream.readNBytes(MessageBundle.MAX_BYTES + 1);
            } else {
                problems.add(new Problem(Optional.of(path), "the bundle file is missing"));
            }
        } catch (Throwable e) { // an Error from the provider's openBundle or stream too: its product goes on without the file
            Throwables.rethrowAtFirstUse(e);
            problems.add(new Problem(Optional.of(path), "the bundle cannot be read: " + Throwables.describe(e)));
        } finally {
            closeAfterReading(stream);
        }
        return new Bundle(path, problems, content);
    }

    /**
     * The provider's {@code bundlePath}, which names the bundle in reports (opening it is {@code openBundle}'s
     * business); when it throws or gives null, that is a problem and a description stands in for it.
     */
    private static String path(CatalogProvider provider, ProductId product, Locale locale, List<Problem> problems) {
        String tag = locale.toLanguageTag();
        try {
            String given = provider.bundlePath(locale);
            if (given != null) {
                return given;
            }
            problems.add(new Problem(Optional.empty(), "bundlePath(" + tag + ") returned null"));
        } catch (Throwable e) {
            Throwables.rethrowAtFirstUse(e);
            problems.add(new Problem(Optional.empty(), "bundlePath(" + tag + ") threw " + Throwables.describe(e)));
        }
        return "(the " + tag + " bundle of " + product + ")";
    }

    /**
     * Closes a provider's stream once it was read: whole, or up to a failure already reported. A failure to close
     * says nothing of what was read, so it is not a problem (which would fail a strict catalog over a bundle it has
     * whole); and there is no lesser kind of report to make of it. The catalog's provenance file is closed so too.
     */
    public static void closeAfterReading(InputStream stream) {
        if (stream == null) {
            return;
        }
        try {
            stream.close();
        } catch (Throwable e) {
            Throwables.rethrowAtFirstUse(e);
        }
    }
}
