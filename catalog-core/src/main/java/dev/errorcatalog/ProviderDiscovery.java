package dev.errorcatalog;

import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.internal.ServiceFiles;
import dev.errorcatalog.internal.Throwables;
import dev.errorcatalog.spi.CatalogProvider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds the providers a class loader can see. Those in named modules come from {@link ServiceLoader}; those listed
 * in {@code META-INF/services} files on the class path are read here, one line at a time, and each class is loaded
 * and created here, so that whatever goes wrong with one (not found, built for a newer Java, truncated, a missing
 * superclass or dependency, not a provider, a constructor that throws) is reported under the name its line gives,
 * and the next line is read. Nothing is parsed out of the JDK's messages.
 */
final class ProviderDiscovery<S> {
    static final String SERVICE_FILE = "META-INF/services/" + CatalogProvider.class.getName();
    /** A service file can list many providers, but not this many; past it, discovery stops and says so. */
    static final int MAX_ENTRIES = 10_000;
    private static final int MAX_FILE_BYTES = 1 << 20;
    private static final String UNKNOWN = "(unknown)";

    private final Class<S> service;
    private final String serviceFile;
    private final ClassLoader loader;
    private final Consumer<CatalogProblem> problems;
    private final List<S> found = new ArrayList<>();

    private ProviderDiscovery(Class<S> service, ClassLoader loader, Consumer<CatalogProblem> problems) {
        this.service = service;
        this.serviceFile = "META-INF/services/" + service.getName();
        this.loader = loader;
        this.problems = problems;
    }

    static List<CatalogProvider> discover(ClassLoader loader, Consumer<CatalogProblem> problems) {
        return discover(CatalogProvider.class, loader, problems);
    }

    /** The implementations of {@code service} (a provider, or a collection of products) the loader can see. */
    static <S> List<S> discover(Class<S> service, ClassLoader loader, Consumer<CatalogProblem> problems) {
        ProviderDiscovery<S> d = new ProviderDiscovery<>(service, loader, problems);
        Throwable moduleFailure = service.getModule().isNamed() ? d.fromModules() : null;
        boolean firstFailed = d.fromClassPath();
        if (moduleFailure != null && !firstFailed) {
            d.problem(UNKNOWN, "a provider in a named module could not be loaded: " + Throwables.describe(moduleFailure));
        }
        return d.found;
    }

    /**
     * The providers of named modules, which {@link ServiceLoader} gives before any from the class path; stops at the
     * first one from the class path, or at a failure, which is then either the class path's first entry failing
     * (reported again, by name, when that entry is read) or a named module's.
     */
    private Throwable fromModules() {
        Iterator<ServiceLoader.Provider<S>> it = ServiceLoader.load(service, loader).stream().iterator();
        for (int i = 0; i < MAX_ENTRIES; i++) {
            ServiceLoader.Provider<S> p;
            try {
                if (!it.hasNext()) {
                    return null;
                }
                p = it.next();
            } catch (Throwable e) {
                Throwables.rethrowIfFatal(e);
                return e;
            }
            if (!p.type().getModule().isNamed()) {
                return null;
            }
            try {
                found.add(p.get());
            } catch (Throwable e) {
                Throwables.rethrowIfFatal(e);
                problem(p.type().getName(), "could not be instantiated: " + Throwables.describe(e));
            }
        }
        return null;
    }

    /** Reads every service file in order; returns whether the first entry read failed. */
    private boolean fromClassPath() {
        List<URL> files;
        try {
            files = Collections.list(loader.getResources(serviceFile));
        } catch (IOException | RuntimeException e) {
            problem(UNKNOWN, "the service files " + serviceFile + " cannot be listed: " + e);
            return false;
        }
        Set<String> seen = new HashSet<>();
        int entries = 0;
        Boolean firstFailed = null;
        for (URL file : files) {
            List<String> lines = lines(file);
            for (int n = 0; n < lines.size(); n++) {
                String line = lines.get(n);
                String name = ServiceFiles.entry(line);
                if (name.isEmpty()) {
                    continue;
                }
                if (++entries > MAX_ENTRIES) {
                    problem(UNKNOWN, "discovery stopped after " + MAX_ENTRIES + " entries in service files: line " + (n + 1)
                            + " of " + file + " and everything after it were not read");
                    return Boolean.TRUE.equals(firstFailed);
                }
                if (!isClassName(name)) {
                    problem(UNKNOWN, "line " + (n + 1) + " of " + file + ", '" + Printable.shorten(name, 120)
                            + "', is not a class name");
                    firstFailed = firstFailed == null ? Boolean.TRUE : firstFailed;
                    continue;
                }
                if (seen.add(name)) {
                    boolean ok = create(name, file);
                    firstFailed = firstFailed == null ? !ok : firstFailed;
                }
            }
        }
        return Boolean.TRUE.equals(firstFailed);
    }

    private List<String> lines(URL file) {
        byte[] bytes;
        InputStream in = null;
        try {
            in = file.openStream();
            bytes = in.readNBytes(MAX_FILE_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            problem(UNKNOWN, file + " cannot be read: " + e);
            return List.of();
        } finally {
            try {
                if (in != null) {
                    in.close();
                }
            } catch (IOException | RuntimeException e) {
                // the lines read are whole, or their failure is reported: a stream failing to close says nothing of them
            }
        }
        if (bytes.length > MAX_FILE_BYTES) {
            problem(UNKNOWN, file + " is more than " + MAX_FILE_BYTES + " bytes long; only the first " + MAX_FILE_BYTES + " are read");
            bytes = java.util.Arrays.copyOf(bytes, MAX_FILE_BYTES);
        }
        return ServiceFiles.lines(new String(bytes, StandardCharsets.UTF_8));
    }

    /** Loads and creates one listed provider; whatever fails is reported under {@code name}. */
    private boolean create(String name, URL file) {
        Class<?> type;
        try {
            type = Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            return problem(name, "listed in " + file + " but not found");
        } catch (Throwable e) { // LinkageError: a newer Java's class file, a truncated one, a missing superclass
            Throwables.rethrowIfFatal(e);
            return problem(name, "listed in " + file + " but cannot be loaded: " + Throwables.describe(e));
        }
        if (type.getModule().isNamed()) {
            return true; // ServiceLoader finds a named module's providers through its module, as it would here
        }
        if (!service.isAssignableFrom(type)) {
            return problem(name, "is not a " + service.getName());
        }
        try {
            found.add(service.cast(type.getConstructor().newInstance()));
            return true;
        } catch (NoSuchMethodException e) {
            return problem(name, "could not be instantiated: it has no public no-argument constructor");
        } catch (InvocationTargetException e) {
            Throwables.rethrowIfFatal(e.getCause());
            return problem(name, "could not be instantiated: its constructor threw " + Throwables.describe(e.getCause()));
        } catch (Throwable e) {
            Throwables.rethrowIfFatal(e);
            return problem(name, "could not be instantiated: " + Throwables.describe(e));
        }
    }

    private static boolean isClassName(String name) {
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.codePointAt(0))) {
                return false;
            }
            for (int i = Character.charCount(part.codePointAt(0)); i < part.length(); ) {
                int c = part.codePointAt(i);
                if (!Character.isJavaIdentifierPart(c)) {
                    return false;
                }
                i += Character.charCount(c);
            }
        }
        return true;
    }

    private boolean problem(String providerClass, String description) {
        problems.accept(new CatalogProblem(Optional.empty(), providerClass, Optional.empty(), Optional.empty(), description));
        return false;
    }
}
