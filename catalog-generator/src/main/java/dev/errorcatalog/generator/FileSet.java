package dev.errorcatalog.generator;

import org.apiguardian.api.API;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Files as the generator would write them, relative path to content: written to disk by {@link #writeTo}, or
 * compared with what is there by {@link #differences}, which is how the drift check works.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class FileSet {
    private final Map<String, String> files = new TreeMap<>();

    /** An empty set, to {@link #put} files into. */
    public FileSet() {
    }

    /**
     * @param path relative, of plain names separated by {@code /}: no {@code .} or {@code ..}, nothing absolute
     * @throws OutputPathException when the path is not such, and so could name a file outside the folder written to
     */
    public FileSet put(String path, String content) {
        if (!isPlainRelative(path)) {
            throw new OutputPathException(path, "not a relative path of plain names inside the folder written to");
        }
        files.put(path, content);
        return this;
    }

    private static boolean isPlainRelative(String path) {
        if (path.isEmpty()) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")
                    || part.chars().anyMatch(c -> c < 0x20 || c == 0x7f || c == '\\' || c == ':')) {
                return false;
            }
        }
        return true;
    }

    public Map<String, String> files() {
        return java.util.Collections.unmodifiableMap(files);
    }

    /**
     * Writes every file under {@code root} (created if need be; it may itself be a link, as the caller named it).
     * Nothing is written outside it: below it, a symbolic link anywhere on a file's path, or anything but a folder
     * or a regular file where one is written, is refused before any file is written, as writing through it would
     * write where it points. Refusing, rather than replacing the link, leaves what someone put there as it was and
     * says so. Each file is written to a new file beside it and renamed over it, which replaces the name, not the
     * content: a hard link to the old file keeps its content.
     *
     * @throws OutputPathException when a path below {@code root} is a link, or not a folder or regular file
     */
    public void writeTo(Path root) {
        Map<String, byte[]> encoded = new LinkedHashMap<>();
        files.forEach((path, content) -> encoded.put(path, utf8(path, content)));
        try {
            Files.createDirectories(root);
            // every path is checked before the first file is written: a refusal leaves the folder as it was
            for (String path : encoded.keySet()) {
                check(root, path);
            }
            Path real = root.toRealPath();
            for (Map.Entry<String, byte[]> f : encoded.entrySet()) {
                write(root, real, f.getKey(), f.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] utf8(String path, String content) {
        try {
            ByteBuffer b = StandardCharsets.UTF_8.newEncoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).encode(CharBuffer.wrap(content));
            return Arrays.copyOf(b.array(), b.limit());
        } catch (CharacterCodingException e) {
            // the readers refuse half a surrogate pair where they find it: reaching here is the generator's fault
            throw new IllegalStateException(path + ": the generated text is not Unicode: " + e.getMessage(), e);
        }
    }

    /** Each part of the path below {@code root}, not following links: a folder, then the file, or nothing yet. */
    private static void check(Path root, String path) throws IOException {
        String[] parts = path.split("/");
        Path p = root;
        for (int i = 0; i < parts.length; i++) {
            p = p.resolve(parts[i]);
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException absent) {
                return;
            }
            if (a.isSymbolicLink()) {
                throw new OutputPathException(p.toString(), "a symbolic link (to " + Inputs.quote(String.valueOf(Files.readSymbolicLink(p)))
                        + "); the generator writes nothing through a link: remove it, or write to a new folder");
            }
            boolean last = i == parts.length - 1;
            if (!last && !a.isDirectory()) {
                throw new OutputPathException(p.toString(), "not a folder, where the generator writes one");
            }
            if (last && !a.isRegularFile()) {
                throw new OutputPathException(p.toString(), "not a regular file, where the generator writes one");
            }
        }
    }

    private static void write(Path root, Path real, String path, byte[] content) throws IOException {
        String[] parts = path.split("/");
        Path dir = root;
        for (int i = 0; i < parts.length - 1; i++) {
            dir = dir.resolve(parts[i]);
            try {
                Files.createDirectory(dir); // never follows a link in its last part
            } catch (FileAlreadyExistsException exists) {
                // checked above; the real path below tells if it changed since
            }
        }
        // a link put in the way since the check would make the folder's real path another
        Path expected = real.resolve(String.join("/", Arrays.asList(parts).subList(0, parts.length - 1)));
        if (!dir.toRealPath().equals(expected)) {
            throw new OutputPathException(dir.toString(), "changed while the generator wrote to it: it leads to "
                    + Inputs.quote(dir.toRealPath().toString()));
        }
        String name = parts[parts.length - 1];
        Path temporary = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
        try {
            // a new file, or none: CREATE_NEW follows no link
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                out.write(content);
            }
            // renaming replaces the name (a link there included), never writing to what it pointed to
            try {
                Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** For each file that differs from its copy under {@code root}: the path and its first differing line. */
    public Map<String, String> differences(Path root) {
        Map<String, String> out = new TreeMap<>();
        files.forEach((path, content) -> firstDifference(root.resolve(path), content).ifPresent(d -> out.put(path, d)));
        return out;
    }

    private static Optional<String> firstDifference(Path file, String expected) {
        if (!Files.isRegularFile(file)) {
            return Optional.of("missing");
        }
        String actual;
        try {
            actual = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (actual.equals(expected)) {
            return Optional.empty();
        }
        String[] a = actual.split("\n", -1);
        String[] e = expected.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, e.length); i++) {
            String x = i < a.length ? a[i] : "(end of file)";
            String y = i < e.length ? e[i] : "(end of file)";
            if (!x.equals(y)) {
                return Optional.of("line " + (i + 1) + ": committed " + x.strip() + " but the sources give " + y.strip());
            }
        }
        return Optional.of("differs");
    }
}
