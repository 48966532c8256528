package dev.errorcatalog.i18n.internal;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How a {@code META-INF/services} file is read, as {@link java.util.ServiceLoader} reads it: UTF-8, one class name a
 * line, {@code #} starting a comment, white space around a name ignored. The one reading of core's discovery, the
 * testkit's contract and the architecture tests.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class ServiceFiles {
    private ServiceFiles() {
    }

    /** The class name a line of a service file gives, without comment and white space; empty for a line that gives none. */
    public static String entry(String line) {
        int hash = line.indexOf('#');
        return (hash >= 0 ? line.substring(0, hash) : line).strip();
    }

    /** The lines of a text as {@link String#lines()} splits them, without the stream it builds on a cold start. */
    public static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            out.add(text.substring(start));
        }
        return out;
    }

    /** The class names every service file for {@code service} that {@code loader} sees gives, in order, each once. */
    public static Set<String> listed(ClassLoader loader, String service) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (URL url : Collections.list(loader.getResources("META-INF/services/" + service))) {
            String text;
            try (InputStream in = url.openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String line : lines(text)) {
                String name = entry(line);
                if (!name.isEmpty()) {
                    names.add(name);
                }
            }
        }
        return names;
    }
}
