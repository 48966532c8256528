package dev.errorcatalog.spi;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Resolution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A product and its overlay in two jars on one class path, both with the default bundle and provenance paths: each
 * reads its own files, whichever jar comes first.
 */
class OwnResourceTest {
    private static final String PACKAGE = "dev.errorcatalog.splitjars.";
    private static final String BUNDLE = "META-INF/errorcatalog/split/en.json";
    private static final String PROVENANCE = "META-INF/errorcatalog/split/provenance.json";

    @Test
    void aProductAndItsOverlayEachReadTheirOwnJarInEitherOrder(@TempDir Path dir) throws Exception {
        Path product = jar(dir.resolve("split.jar"), "SplitProduct",
                "{\"FailedOperation\": \"Operation failed.\", \"FailedOperation.Shipped\": \"As shipped.\"}", "split 1.0");
        Path overlay = jar(dir.resolve("acme.jar"), "SplitOverlay",
                "{\"FailedOperation.Shipped\": \"As ACME says it.\", \"FailedOperation.Added\": \"Added by ACME.\"}", "ACME 2.0");
        for (List<Path> order : List.of(List.of(product, overlay), List.of(overlay, product))) {
            try (URLClassLoader loader = new OwnClassesFirst(order)) {
                CatalogProvider shipped = provider(loader, "SplitProduct");
                CatalogProvider acme = provider(loader, "SplitOverlay");
                assertTrue(read(shipped.openProvenance().orElseThrow()).contains("split 1.0"), order.toString());
                assertTrue(read(acme.openProvenance().orElseThrow()).contains("ACME 2.0"), order.toString());
                assertTrue(read(acme.openBundle(Locale.ENGLISH).orElseThrow()).contains("Added by ACME."), order.toString());

                ErrorCatalog catalog = ErrorCatalog.builder().provider(shipped).provider(acme).build();
                assertEquals("As ACME says it.", catalog.resolve("split", "FailedOperation.Shipped", Locale.ENGLISH).message());
                Resolution added = catalog.resolve("split", "FailedOperation.Added", Locale.ENGLISH);
                assertEquals("Added by ACME.", added.message(), order.toString());
                assertTrue(added.exact());
                assertEquals("Operation failed.", catalog.resolve("split", "FailedOperation.Other", Locale.ENGLISH).message());
                assertEquals(List.of(), catalog.loadAll(), order.toString());
            }
        }
    }

    @Test
    void aFileOnlyAnotherJarHasIsNotTheProvidersOwn(@TempDir Path dir) throws Exception {
        Path product = jar(dir.resolve("split.jar"), "SplitProduct", "{\"FailedOperation.Shipped\": \"As shipped.\"}", null);
        Path overlay = jar(dir.resolve("acme.jar"), "SplitOverlay", null, "ACME 2.0");
        try (URLClassLoader loader = new OwnClassesFirst(List.of(overlay, product))) {
            assertFalse(provider(loader, "SplitOverlay").openBundle(Locale.ENGLISH).isPresent());
            assertFalse(provider(loader, "SplitProduct").openProvenance().isPresent());
        }
    }

    @Test
    void aResourceLiesInAJarInAFolderOrInANestedJar() throws Exception {
        assertTrue(OwnResource.isIn(new URL("jar:file:/libs/split.jar!/" + BUNDLE), "file:/libs/split.jar"));
        assertFalse(OwnResource.isIn(new URL("jar:file:/libs/acme.jar!/" + BUNDLE), "file:/libs/split.jar"));
        assertFalse(OwnResource.isIn(new URL("jar:file:/libs/split.jar.old!/" + BUNDLE), "file:/libs/split.jar"));
        assertTrue(OwnResource.isIn(new URL("file:/app/classes/" + BUNDLE), "file:/app/classes/"));
        assertFalse(OwnResource.isIn(new URL("file:/app/classes-acme/" + BUNDLE), "file:/app/classes/"));
        assertFalse(OwnResource.isIn(new URL("file:/libs/split.jar2/" + BUNDLE), "file:/libs/split.jar"));
        String nested = "jar:file:/app.jar!/BOOT-INF/lib/split.jar!/";
        assertTrue(OwnResource.isIn(new URL(nested + BUNDLE), nested));
        assertFalse(OwnResource.isIn(new URL("jar:file:/app.jar!/BOOT-INF/lib/acme.jar!/" + BUNDLE), nested));
    }

    /** A jar holding one provider class and, where given, its English bundle and a provenance file of that data version. */
    private static Path jar(Path jar, String simpleName, String bundle, String provenance) throws IOException {
        String entry = (PACKAGE + simpleName).replace('.', '/') + ".class";
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             InputStream classBytes = OwnResourceTest.class.getClassLoader().getResourceAsStream(entry)) {
            put(out, entry, classBytes.readAllBytes());
            if (bundle != null) {
                put(out, BUNDLE, bundle.getBytes(StandardCharsets.UTF_8));
            }
            if (provenance != null) {
                put(out, PROVENANCE, ("{\"product\": \"split\", \"dataVersion\": \"" + provenance + "\", \"sources\": [], \"codes\": {}}")
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static CatalogProvider provider(ClassLoader loader, String simpleName) throws ReflectiveOperationException {
        return (CatalogProvider) loader.loadClass(PACKAGE + simpleName).getDeclaredConstructor().newInstance();
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Defines the test's provider classes from the jars, as an application's class path would; the rest from the parent. */
    private static final class OwnClassesFirst extends URLClassLoader {
        OwnClassesFirst(List<Path> jars) throws IOException {
            super(new URL[]{jars.get(0).toUri().toURL(), jars.get(1).toUri().toURL()}, OwnResourceTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.startsWith(PACKAGE)) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> c = findLoadedClass(name);
                return c != null ? c : findClass(name);
            }
        }
    }
}
