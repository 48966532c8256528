package dev.errorcatalog.bench;

import dev.errorcatalog.i18n.internal.MessageBundle;
import dev.errorcatalog.vod.VodCatalogProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The VOD messages as the JDK's and Spring's users keep them: UTF-8 properties, {@code vodbench.properties} (en,
 * the parent) and {@code vodbench_zh_CN.properties}, written from the catalog's own bundles so every contender
 * holds the same codes and text.
 */
final class PropertiesBundles {
    static final String BASE_NAME = "vodbench";

    private PropertiesBundles() {
    }

    static Path write(Path dir) {
        try {
            Files.createDirectories(dir);
            write(dir.resolve(BASE_NAME + ".properties"), Locale.ENGLISH);
            write(dir.resolve(BASE_NAME + "_zh_CN.properties"), Locale.SIMPLIFIED_CHINESE);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The zh-CN messages of VOD by code, read from the module's bundle. */
    static Map<String, String> messages(Locale locale) {
        VodCatalogProvider vod = new VodCatalogProvider();
        try (InputStream in = vod.openBundle(locale).orElseThrow()) {
            MessageBundle bundle = MessageBundle.read(in, "vod", locale, vod.bundlePath(locale)).bundle();
            Map<String, String> messages = new java.util.LinkedHashMap<>();
            bundle.entries().forEach((code, entry) -> messages.put(code, entry.message().pattern()));
            return messages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, Locale locale) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> e : messages(locale).entrySet()) {
                w.write(e.getKey() + "=" + e.getValue().replace("\\", "\\\\") + "\n");
            }
        }
    }
}
