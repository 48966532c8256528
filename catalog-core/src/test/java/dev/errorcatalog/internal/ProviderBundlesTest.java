package dev.errorcatalog.internal;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.i18n.internal.MessageBundle;
import dev.errorcatalog.spi.CatalogProvider;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one way to a provider's bundle: each way a provider can fail is a problem in fixed words, never a throw. */
class ProviderBundlesTest {
    private static final ProductId SOLO = ProductId.of("solo");
    private static final byte[] JSON = "{\"FailedOperation.Solo\": \"Solo.\"}".getBytes(StandardCharsets.UTF_8);

    /** What the test gives: a path (or what it throws) and a stream (or what opening throws). */
    private static final class Given implements CatalogProvider {
        Object path = "solo/en.json";
        Object opened = new ByteArrayInputStream(JSON);

        @Override
        public ProductId product() {
            return SOLO;
        }

        @Override
        public List<Locale> locales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of(CodeDefinition.of("solo", "FailedOperation.Solo", CodeMetadata.NONE));
        }

        @Override
        public String bundlePath(Locale locale) {
            if (path instanceof RuntimeException e) {
                throw e;
            }
            if (path instanceof Error e) {
                throw e;
            }
            return (String) path;
        }

        @Override
        public Optional<InputStream> openBundle(Locale locale) throws IOException {
            if (opened instanceof IOException e) {
                throw e;
            }
            if (opened instanceof RuntimeException e) {
                throw e;
            }
            if (opened instanceof Error e) {
                throw e;
            }
            return Optional.ofNullable((InputStream) opened);
        }
    }

    /** A stream that counts its closes, and fails to read or close as told. */
    private static final class Stream extends InputStream {
        private final InputStream in;
        private final Throwable onRead;
        private final Throwable onClose;
        int closed;

        Stream(byte[] bytes, Throwable onRead, Throwable onClose) {
            this.in = new ByteArrayInputStream(bytes);
            this.onRead = onRead;
            this.onClose = onClose;
        }

        @Override
        public int read() throws IOException {
            fail(onRead);
            return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            fail(onRead);
            return in.read(b, off, len);
        }

        @Override
        public void close() throws IOException {
            closed++;
            fail(onClose);
        }

        private static void fail(Throwable t) throws IOException {
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
        }
    }

    private static List<String> problems(ProviderBundles.Bundle b) {
        return b.problems().stream().map(p -> p.file().orElse("-") + ": " + p.description()).toList();
    }

    private static byte[] content(ProviderBundles.Bundle b) throws IOException {
        try (InputStream in = b.content().orElseThrow()) {
            return in.readAllBytes();
        }
    }

    @Test
    void aSoundBundleIsItsPathAndItsBytesReadWholeAndClosed() throws IOException {
        Given p = new Given();
        Stream stream = new Stream(JSON, null, null);
        p.opened = stream;
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.ENGLISH);
        assertEquals("solo/en.json", b.path());
        assertEquals(List.of(), b.problems());
        assertArrayEquals(JSON, content(b));
        assertArrayEquals(JSON, content(b), "each call a stream of its own");
        assertNotSame(b.content().orElseThrow(), b.content().orElseThrow());
        assertEquals(1, stream.closed);
    }

    @Test
    void aPathThatIsNullIsAProblemOfTheProviderAndADescriptionStandsIn() throws IOException {
        Given p = new Given();
        p.path = null;
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.SIMPLIFIED_CHINESE);
        assertEquals("(the zh-CN bundle of solo)", b.path());
        assertEquals(List.of("-: bundlePath(zh-CN) returned null"), problems(b));
        assertArrayEquals(JSON, content(b), "the path only names the bundle: opening it is openBundle's");
    }

    @Test
    void aPathThatThrowsIsAProblemWithItsCausesAndADescriptionStandsIn() throws IOException {
        Given p = new Given();
        p.path = new IllegalStateException("no path", new IOException("disk gone"));
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.ENGLISH);
        assertEquals("(the en bundle of solo)", b.path());
        assertEquals(List.of("-: bundlePath(en) threw java.lang.IllegalStateException: no path;"
                + " caused by java.io.IOException: disk gone"), problems(b));
        assertArrayEquals(JSON, content(b));
    }

    @Test
    void aPathThatThrowsAnErrorIsAProblemToo() {
        Given p = new Given();
        p.path = new NoClassDefFoundError("unlinked");
        assertEquals(List.of("-: bundlePath(en) threw java.lang.NoClassDefFoundError: unlinked"),
                problems(ProviderBundles.read(p, SOLO, Locale.ENGLISH)));
    }

    @Test
    void aMissingFileIsAProblemNamingItsPath() {
        Given p = new Given();
        p.opened = null;
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.ENGLISH);
        assertEquals(List.of("solo/en.json: the bundle file is missing"), problems(b));
        assertFalse(b.content().isPresent());
    }

    @Test
    void anOpeningThatThrowsIsAProblemNamingThePathOrItsStandIn() {
        Given p = new Given();
        p.opened = new IOException("cannot open");
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.ENGLISH);
        assertEquals(List.of("solo/en.json: the bundle cannot be read: java.io.IOException: cannot open"), problems(b));
        assertFalse(b.content().isPresent());
        p.path = null;
        p.opened = new ExceptionInInitializerError("no class");
        assertEquals(List.of("-: bundlePath(en) returned null",
                        "(the en bundle of solo): the bundle cannot be read: java.lang.ExceptionInInitializerError: no class"),
                problems(ProviderBundles.read(p, SOLO, Locale.ENGLISH)));
    }

    @Test
    void aStreamThatFailsToReadIsAProblemAndIsClosed() {
        Given p = new Given();
        Stream stream = new Stream(JSON, new IllegalStateException("read failed"), null);
        p.opened = stream;
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.ENGLISH);
        assertEquals(List.of("solo/en.json: the bundle cannot be read: java.lang.IllegalStateException: read failed"), problems(b));
        assertFalse(b.content().isPresent(), "nothing of a file read in part");
        assertEquals(1, stream.closed);
    }

    @Test
    void aStreamThatFailsToCloseSaysNothingOfWhatWasRead() throws IOException {
        Given p = new Given();
        p.opened = new Stream(JSON, null, new IOException("close failed"));
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.ENGLISH);
        assertEquals(List.of(), b.problems());
        assertArrayEquals(JSON, content(b));
        p.opened = new Stream(JSON, null, new NoClassDefFoundError("close unlinked"));
        assertEquals(List.of(), ProviderBundles.read(p, SOLO, Locale.ENGLISH).problems());
    }

    @Test
    void whatTheFirstUseCannotBearPropagatesFromEveryCall() {
        for (Error unbearable : List.of(new OutOfMemoryError("on purpose"), new StackOverflowError("on purpose"))) {
            Given path = new Given();
            path.path = unbearable;
            assertSame(unbearable, assertThrows(VirtualMachineError.class, () -> ProviderBundles.read(path, SOLO, Locale.ENGLISH)));
            Given open = new Given();
            open.opened = unbearable;
            assertSame(unbearable, assertThrows(VirtualMachineError.class, () -> ProviderBundles.read(open, SOLO, Locale.ENGLISH)));
            Given read = new Given();
            read.opened = new Stream(JSON, unbearable, null);
            assertSame(unbearable, assertThrows(VirtualMachineError.class, () -> ProviderBundles.read(read, SOLO, Locale.ENGLISH)));
            Given close = new Given();
            close.opened = new Stream(JSON, null, unbearable);
            assertSame(unbearable, assertThrows(VirtualMachineError.class, () -> ProviderBundles.read(close, SOLO, Locale.ENGLISH)));
        }
    }

    @Test
    void anEndlessStreamIsReadOneBytePastTheLimitForTheBundleReaderToRefuse() throws IOException {
        Given p = new Given();
        p.opened = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) ' ');
                return len;
            }
        };
        ProviderBundles.Bundle b = ProviderBundles.read(p, SOLO, Locale.ENGLISH);
        assertEquals(MessageBundle.MAX_BYTES + 1, content(b).length);
        MessageBundle.Read refused = null;
        try {
            refused = MessageBundle.read(b.content().orElseThrow(), "solo", Locale.ENGLISH, b.path());
        } catch (dev.errorcatalog.i18n.BundleFormatException e) {
            assertTrue(e.problem().description().contains("more than " + MessageBundle.MAX_BYTES + " bytes long"),
                    e.problem().description());
        }
        assertEquals(null, refused, "refused");
    }

    @Test
    void aProblemHasNoNullParts() {
        assertThrows(NullPointerException.class, () -> new ProviderBundles.Problem(null, "what"));
        assertThrows(NullPointerException.class, () -> new ProviderBundles.Problem(Optional.empty(), null));
    }
}
