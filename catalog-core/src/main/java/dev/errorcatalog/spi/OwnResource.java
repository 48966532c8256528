package dev.errorcatalog.spi;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.security.CodeSource;
import java.util.Enumeration;
import java.util.Optional;

/**
 * A resource of the jar or folder a provider class came from. On the class path every provider of a product asks for
 * the same default path, and the class loader hands out the first file of that name it finds, whichever jar holds
 * it: an overlay would read the product's bundles, or the product the overlay's, depending on the order of jars.
 */
final class OwnResource {
    private OwnResource() {
    }

    static Optional<InputStream> open(Class<?> owner, String path) throws IOException {
        ClassLoader loader = owner.getClassLoader();
        CodeSource source = owner.getProtectionDomain().getCodeSource();
        if (owner.getModule().isNamed() || loader == null || source == null || source.getLocation() == null) {
            // a named module reads its own resources; without a known origin the loader's answer is all there is
            return Optional.ofNullable(owner.getResourceAsStream("/" + path));
        }
        String origin = source.getLocation().toExternalForm();
        for (Enumeration<URL> all = loader.getResources(path); all.hasMoreElements(); ) {
            URL url = all.nextElement();
            if (isIn(url, origin)) {
                return Optional.of(url.openStream());
            }
        }
        return Optional.empty(); // none, or only other jars have a file of that name: not this provider's
    }

    /**
     * Whether a resource's URL lies in a class path entry: {@code jar:file:/x.jar!/…} in {@code file:/x.jar}, a
     * folder's {@code file:/classes/…} in {@code file:/classes/}, and a nested jar's {@code jar:nested:…!/…} in its
     * own {@code jar:nested:…!/}.
     */
    static boolean isIn(URL resource, String origin) {
        String url = resource.toExternalForm();
        return url.startsWith(origin) ? origin.endsWith("/") : url.startsWith("jar:" + origin + "!/");
    }
}
