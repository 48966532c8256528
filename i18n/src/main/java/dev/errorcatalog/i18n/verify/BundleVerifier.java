package dev.errorcatalog.i18n.verify;

import dev.errorcatalog.i18n.BundleFormatException;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.LanguageScripts;
import dev.errorcatalog.i18n.Printable;
import dev.errorcatalog.i18n.internal.BundleEntry;
import dev.errorcatalog.i18n.internal.MessageBundle;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Checks a set of bundles against a key set and against each other, the way a build should before they ship:
 * every file reads and every pattern parses; each locale holds exactly the expected keys (none missing, none
 * extra); each key has the same fields and argument names in every locale; no message is empty; and each text
 * is in its locale's script (Chinese text has Han characters, English text has none).
 *
 * <p>Usable from any test framework, and from a build tool: the report lists every problem.
 * <pre>{@code
 * VerificationReport report = BundleVerifier.of("vod", codes)
 *     .bundle(Locale.ENGLISH, "vod/en.json", () -> open("vod/en.json"))
 *     .bundle(Locale.SIMPLIFIED_CHINESE, "vod/zh-CN.json", () -> open("vod/zh-CN.json"))
 *     .verify();
 * }</pre>
 * The first bundle given is the reference the others' fields and arguments are compared with.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class BundleVerifier {

    /** Opens a bundle file; empty when there is no such file. */
    @FunctionalInterface
    public interface Source {
        /** @return the file's content, or empty when there is no such file */
        Optional<InputStream> open() throws IOException;
    }

    /** @param keys the keys this bundle must hold, when not the verifier's own */
    private record Given(Locale locale, String file, Source source, Optional<Set<String>> keys) {
    }

    private final String owner;
    private final Set<String> expected;
    private final List<Given> bundles = new ArrayList<>();

    private BundleVerifier(String owner, Collection<String> expected) {
        this.owner = Objects.requireNonNull(owner, "owner");
        this.expected = new LinkedHashSet<>(expected);
    }

    /**
     * @param owner        whose bundles these are (a product id), named in every problem
     * @param expectedKeys the keys every bundle must hold, no more and no fewer
     */
    public static BundleVerifier of(String owner, Collection<String> expectedKeys) {
        return new BundleVerifier(owner, expectedKeys);
    }

    /** Adds the bundle of one locale; the first added is the reference. */
    public BundleVerifier bundle(Locale locale, String file, Source source) {
        bundles.add(new Given(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(file, "file"),
                Objects.requireNonNull(source, "source"), Optional.empty()));
        return this;
    }

    /**
     * Adds the bundle of one locale that holds only some of the keys: those its sources word in that language (a
     * product whose codes are not all worded in every language). It must hold exactly {@code keys}, each of them one
     * of the expected keys; fields and arguments are compared with the reference where both hold a key.
     */
    public BundleVerifier bundle(Locale locale, String file, Source source, Collection<String> keys) {
        bundles.add(new Given(Objects.requireNonNull(locale, "locale"), Objects.requireNonNull(file, "file"),
                Objects.requireNonNull(source, "source"), Optional.of(new LinkedHashSet<>(keys))));
        return this;
    }

    /**
     * Reads every bundle added and reports what is wrong.
     *
     * @throws InvalidValueException when no bundle was added
     */
    public VerificationReport verify() {
        List<BundleProblem> problems = new ArrayList<>();
        if (bundles.isEmpty()) {
            throw new InvalidValueException("BundleVerifier.verify()", "no bundles to verify for '" + Printable.shorten(owner, 80)
                    + "': add them with bundle(locale, file, source) first");
        }
        List<MessageBundle> read = new ArrayList<>();
        for (Given g : bundles) {
            Optional<MessageBundle> b = read(g, problems);
            if (b.isPresent()) {
                read.add(b.get());
                keys(b.get(), g.keys().orElse(expected), problems);
                scripts(b.get(), problems);
            }
        }
        if (!read.isEmpty()) {
            MessageBundle reference = read.get(0);
            read.stream().skip(1).forEach(b -> agree(reference, b, problems));
        }
        return new VerificationReport(owner, problems);
    }

    private Optional<MessageBundle> read(Given g, List<BundleProblem> problems) {
        Optional<InputStream> in;
        try {
            in = g.source.open();
        } catch (IOException | UncheckedIOException e) {
            problems.add(BundleProblem.ofFile(owner, g.locale, g.file, "cannot be opened: " + e.getMessage()));
            return Optional.empty();
        }
        if (in.isEmpty()) {
            problems.add(BundleProblem.ofFile(owner, g.locale, g.file, "the file is missing"));
            return Optional.empty();
        }
        try {
            MessageBundle.Read r = MessageBundle.read(in.get(), owner, g.locale, g.file);
            problems.addAll(r.problems());
            return Optional.of(r.bundle());
        } catch (BundleFormatException e) {
            problems.add(e.problem());
        } finally {
            try {
                in.get().close();
            } catch (IOException | RuntimeException e) {
                // what was read is whole or already reported; a stream failing to close has nothing to say of it
            }
        }
        return Optional.empty();
    }

    private void keys(MessageBundle b, Set<String> wanted, List<BundleProblem> problems) {
        Set<String> reported = problems.stream()
                .filter(p -> p.file().equals(b.file()) && p.locale().equals(b.locale()))
                .flatMap(p -> p.key().stream())
                .collect(Collectors.toSet());
        for (String key : wanted) {
            if (!expected.contains(key)) {
                problems.add(BundleProblem.ofKey(owner, b.locale(), b.file(), key, "said to be in this bundle but not one of the expected keys"));
            } else if (!b.entries().containsKey(key) && !reported.contains(key)) {
                problems.add(BundleProblem.ofKey(owner, b.locale(), b.file(), key, "missing: the key is expected but has no entry"));
            }
        }
        for (String key : b.entries().keySet()) {
            if (!wanted.contains(key)) {
                problems.add(BundleProblem.ofKey(owner, b.locale(), b.file(), key, expected.contains(key)
                        ? "extra: the key is expected, but not in this bundle" : "extra: the key is not one of the expected keys"));
            }
        }
    }

    private void scripts(MessageBundle b, List<BundleProblem> problems) {
        b.entries().forEach((key, entry) -> entry.fields().forEach(f ->
                LanguageScripts.misfit(f.message().pattern(), b.locale()).ifPresent(why ->
                        problems.add(BundleProblem.ofKey(owner, b.locale(), b.file(), key, f.name() + " " + why)))));
    }

    /**
     * Same fields and the same argument names per field as the reference bundle; a solution may be in some locales
     * only (a source publishes it in one language), so it is compared only where both have one.
     */
    private void agree(MessageBundle reference, MessageBundle b, List<BundleProblem> problems) {
        for (Map.Entry<String, BundleEntry> e : b.entries().entrySet()) {
            String key = e.getKey();
            Optional<BundleEntry> ref = reference.entry(key);
            if (ref.isEmpty()) {
                continue; // reported by the key check
            }
            Map<String, Set<String>> mine = arguments(e.getValue());
            Map<String, Set<String>> theirs = arguments(ref.get());
            for (BundleEntry.Field f : e.getValue().fields()) {
                if (!f.inEveryLocale() && !theirs.containsKey(f.name())) {
                    mine.remove(f.name());
                }
            }
            for (BundleEntry.Field f : ref.get().fields()) {
                if (!f.inEveryLocale() && !mine.containsKey(f.name())) {
                    theirs.remove(f.name());
                }
            }
            if (!mine.keySet().equals(theirs.keySet())) {
                problems.add(BundleProblem.ofKey(owner, b.locale(), b.file(), key, "has the fields " + new TreeSet<>(mine.keySet())
                        + " but " + reference.locale().toLanguageTag() + " has " + new TreeSet<>(theirs.keySet())));
                continue;
            }
            mine.forEach((field, names) -> {
                if (!names.equals(theirs.get(field))) {
                    problems.add(BundleProblem.ofKey(owner, b.locale(), b.file(), key, field + " uses the arguments "
                            + new TreeSet<>(names) + " but " + reference.locale().toLanguageTag() + " uses "
                            + new TreeSet<>(theirs.get(field))));
                }
            });
        }
    }

    private static Map<String, Set<String>> arguments(BundleEntry entry) {
        return entry.fields().stream().collect(Collectors.toMap(BundleEntry.Field::name, f -> f.message().argumentNames(),
                (a, b) -> a, java.util.HashMap::new));
    }
}
