package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How a service file on the class path is read: comments and blank lines, the line numbers problems give, the
 * size and entry limits, and errors of the virtual machine, which are not turned into problems.
 */
class ServiceFileReadingTest {
    private static final String DEMO = DemoCatalogProvider.class.getName();

    @TempDir
    Path root;

    private final List<CatalogProblem> problems = new ArrayList<>();

    private URL serviceFile(String text) throws IOException {
        Path file = root.resolve(ProviderDiscovery.SERVICE_FILE);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file.toUri().toURL();
    }

    private ClassLoader loader() throws MalformedURLException {
        return new URLClassLoader(new URL[]{root.toUri().toURL()}, getClass().getClassLoader());
    }

    private List<String> discoveredClasses(ClassLoader loader) {
        return ProviderDiscovery.discover(loader, problems::add).stream().map(p -> p.getClass().getName()).toList();
    }

    private List<String> descriptions() {
        return problems.stream().map(CatalogProblem::description).toList();
    }

    @Test
    void commentsAndBlankLinesAreSkipped() throws IOException {
        serviceFile("# providers of the test module\n\n   \n" + DEMO + "   # the demo product\n#" + DEMO + "\n");
        assertEquals(List.of(DEMO), discoveredClasses(loader()));
        assertEquals(List.of(), problems);
    }

    @Test
    void aLineThatIsNotAClassNameIsReportedWithItsLineNumber() throws IOException {
        URL file = serviceFile("# first\n\nnot a class\n" + DEMO + "\n");
        assertEquals(List.of(DEMO), discoveredClasses(loader()));
        assertEquals(List.of("line 3 of " + file + ", 'not a class', is not a class name"), descriptions());
        assertEquals("(unknown)", problems.get(0).providerClass());
    }

    @Test
    void aFileOfExactlyOneMebibyteIsReadWhole() throws IOException {
        String first = DEMO + "\n";
        serviceFile(first + "\n".repeat((1 << 20) - first.length()));
        assertEquals(List.of(DEMO), discoveredClasses(loader()));
        assertEquals(List.of(), problems);
    }

    @Test
    void aLongerFileIsCutAtOneMebibyteAndSaysSo() throws IOException {
        String first = DEMO + "\n";
        String filler = "\n".repeat((1 << 20) - first.length());
        URL file = serviceFile(first + filler + "dev.errorcatalog.faulty.DoesNotExist\n");
        assertEquals(List.of(DEMO), discoveredClasses(loader()));
        assertEquals(List.of(file + " is more than 1048576 bytes long; only the first 1048576 are read"), descriptions());
    }

    @Test
    void tenThousandEntriesAreAllRead() throws IOException {
        serviceFile((DEMO + "\n").repeat(ProviderDiscovery.MAX_ENTRIES));
        assertEquals(List.of(DEMO), discoveredClasses(loader()));
        assertEquals(List.of(), problems);
    }

    @Test
    void discoveryStopsAtTheEntryPastTenThousand() throws IOException {
        URL file = serviceFile("# many\n" + (DEMO + "\n").repeat(ProviderDiscovery.MAX_ENTRIES)
                + "dev.errorcatalog.faulty.DoesNotExist\n");
        assertEquals(List.of(DEMO), discoveredClasses(loader()));
        assertEquals(List.of("discovery stopped after 10000 entries in service files: line 10002 of " + file
                + " and everything after it were not read"), descriptions());
    }

    @Test
    void aConstructorRunningOutOfMemoryIsNotReportedAsAProblem() throws IOException {
        serviceFile(DEMO + "\ndev.errorcatalog.faulty.ExhaustedConstructorProvider\n");
        ClassLoader loader = loader();
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> ProviderDiscovery.discover(loader, problems::add));
        assertEquals("constructor exhausted on purpose", e.getMessage());
        assertEquals(List.of(), problems);
    }

    @Test
    void aClassLoaderRunningOutOfStackIsReportedByNameAndTheNextLineIsRead() throws IOException {
        serviceFile("dev.errorcatalog.faulty.Deep\n" + DEMO + "\n");
        ClassLoader loader = new URLClassLoader(new URL[]{root.toUri().toURL()}, getClass().getClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                if (name.equals("dev.errorcatalog.faulty.Deep")) {
                    throw new StackOverflowError("loading " + name);
                }
                return super.loadClass(name, resolve);
            }
        };
        // a stack overflow is the thread's own, and over once caught: not the JVM failing, as running out of memory is
        assertEquals(List.of(DEMO), discoveredClasses(loader));
        assertEquals(List.of("dev.errorcatalog.faulty.Deep"), problems.stream().map(CatalogProblem::providerClass).toList());
        assertTrue(problems.get(0).description().contains("java.lang.StackOverflowError: loading dev.errorcatalog.faulty.Deep"),
                problems.get(0).description());
    }

    @Test
    void aClassInitializerRunningOutOfMemoryIsNotReportedAsAProblem() throws IOException {
        serviceFile(DEMO + "\ndev.errorcatalog.faulty.ExhaustedInitializerProvider\n");
        ClassLoader loader = loader();
        OutOfMemoryError e = assertThrows(OutOfMemoryError.class, () -> ProviderDiscovery.discover(loader, problems::add));
        assertEquals("class initializer exhausted on purpose", e.getMessage());
        assertEquals(List.of(), problems);
    }
}
