package dev.errorcatalog.spring;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Path;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The packaged starter: on a module path it has a stable name, not one made from its file name. */
class StarterJarIT {
    private static final Path JAR = Path.of(System.getProperty("errorcatalog.starter.jar"));

    @Test
    void theJarNamesItsModule() throws IOException {
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertEquals("dev.errorcatalog.spring", jar.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
        ModuleReference module = ModuleFinder.of(JAR).findAll().iterator().next();
        assertEquals("dev.errorcatalog.spring", module.descriptor().name());
    }
}
