package dev.errorcatalog.bench;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Product;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ErrorEnvelope;
import dev.errorcatalog.ParsedResponse;
import dev.errorcatalog.vod.VodCode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * One message for one code, by every means a user would pick, over the same VOD codes and zh-CN text. Each
 * benchmark rotates over a fixed array of inputs and returns what a user takes away (a message, a locale, a
 * parsed response), which JMH consumes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LookupBenchmarks {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final int MASK = 255;

    private final String[] codes = new String[MASK + 1];
    private final String[] parentFallbacks = new String[MASK + 1];
    private final String[] commonCodes = new String[MASK + 1];
    private final String[] commonParents = new String[MASK + 1];
    private final String[] unknowns = new String[MASK + 1];
    private final Locale[] locales = new Locale[MASK + 1];
    private final String[] tags = new String[MASK + 1];
    private final String[] envelopes = new String[MASK + 1];
    /** More distinct codes than the catalog remembers fallbacks for: each lookup walks the code. */
    private final String[] manyParentFallbacks = new String[4096];
    private int j;
    private final Map<String, Object> arguments = Map.of("max", 100, "count", 150);
    private int i;

    private Map<String, String> hashMap;
    private ClassLoader propertiesLoader;
    private ResourceBundleMessageSource spring;
    private Map<String, MessageFormat> icu;
    private ErrorCatalog catalog;
    /** The properties files of the JDK's and Spring's contenders; deleted when the trial ends. */
    private Path propertiesDir;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        try {
            prepare();
        } catch (Exception | Error e) {
            // JMH does not tear down a trial whose set-up failed: the folder would stay behind
            try {
                tearDown();
            } catch (RuntimeException | IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        if (propertiesLoader instanceof URLClassLoader loader) {
            loader.close();
        }
        TempDirs.delete(propertiesDir);
        propertiesDir = null;
    }

    private void prepare() throws Exception {
        List<String> vod = Stream.of(VodCode.values()).map(c -> c.code().value()).toList();
        List<String> parents = List.of("InvalidParameterValue.NoSuchThing", "FailedOperation.NotListed", "InternalError.Unheard",
                "ResourceNotFound.Nothing", "LimitExceeded.Other");
        // codes and categories VOD does not list itself, so common answers (VOD's lists name most categories)
        List<String> common = List.of("AuthFailure.SignatureExpire", "AuthFailure.TokenFailure", "NoSuchVersion",
                "ServiceUnavailable", "UnsupportedRegion");
        List<String> commonParent = List.of("ResourceInUse.Locked", "ResourceInsufficient.Disk",
                "InvalidRequest.Odd", "UnsupportedRegion.Far", "ServiceUnavailable.Later");
        List<String> unknown = List.of("Totally.Unknown", "NoSuchCategory", "Nope.Nope.Nope", "Xyz.Abc", "Quite.Unheard");
        List<Locale> seen = List.of(Locale.CHINA, Locale.TAIWAN, Locale.US, Locale.forLanguageTag("zh-Hans-CN"), Locale.FRANCE);
        List<String> tagTexts = List.of("zh-CN", "zh_CN", "en-US,en;q=0.9", "zh-TW, zh-CN;q=0.5", "ZH-cn");
        for (int k = 0; k <= MASK; k++) {
            codes[k] = vod.get(k % vod.size());
            parentFallbacks[k] = parents.get(k % parents.size());
            commonCodes[k] = common.get(k % common.size());
            commonParents[k] = commonParent.get(k % commonParent.size());
            unknowns[k] = unknown.get(k % unknown.size());
            locales[k] = seen.get(k % seen.size());
            tags[k] = tagTexts.get(k % tagTexts.size());
            envelopes[k] = ErrorEnvelope.write(codes[k], "message " + k, "request-" + k);
        }
        for (int k = 0; k < manyParentFallbacks.length; k++) {
            manyParentFallbacks[k] = "InvalidParameterValue.NoSuchThing" + k;
            manyParentFallbacks[k].hashCode(); // as a string a caller has used before would have it
        }

        Map<String, String> zh = PropertiesBundles.messages(ZH);
        hashMap = new HashMap<>(zh);

        propertiesDir = PropertiesBundles.write(TempDirs.create("vodbench"));
        propertiesLoader = new URLClassLoader(new URL[]{url(propertiesDir)}, null);
        spring = new ResourceBundleMessageSource();
        spring.setBasename(PropertiesBundles.BASE_NAME);
        spring.setDefaultEncoding("UTF-8");
        spring.setFallbackToSystemLocale(false);
        spring.setBundleClassLoader(propertiesLoader);

        icu = new HashMap<>();
        zh.forEach((code, pattern) -> icu.put(code, new MessageFormat(pattern, ULocale.SIMPLIFIED_CHINESE)));

        catalog = ErrorCatalog.builder().discover(getClass().getClassLoader()).provider(new BenchCatalogProvider()).strict(true).build();
        // each input measures what its benchmark's name says, whatever the tables hold now
        expect(codes, dev.errorcatalog.MatchKind.EXACT);
        expect(parentFallbacks, dev.errorcatalog.MatchKind.PARENT);
        expect(commonCodes, dev.errorcatalog.MatchKind.COMMON);
        expect(commonParents, dev.errorcatalog.MatchKind.COMMON_PARENT);
        expect(unknowns, dev.errorcatalog.MatchKind.NONE);
    }

    private void expect(String[] inputs, dev.errorcatalog.MatchKind kind) {
        for (String code : inputs) {
            if (catalog.resolve("vod", code, ZH).kind() != kind) {
                throw new IllegalStateException(code + " is answered " + catalog.resolve("vod", code, ZH).explain() + ", not as " + kind);
            }
        }
    }

    private static URL url(Path dir) throws MalformedURLException {
        return dir.toUri().toURL();
    }

    private int next() {
        return i = (i + 1) & MASK;
    }

    @Benchmark
    public String hashMapGet() {
        return hashMap.get(codes[next()]);
    }

    @Benchmark
    public String resourceBundle() {
        return ResourceBundle.getBundle(PropertiesBundles.BASE_NAME, ZH, propertiesLoader).getString(codes[next()]);
    }

    @Benchmark
    public String springMessageSource() {
        return spring.getMessage(codes[next()], null, ZH);
    }

    @Benchmark
    public String icuMessageFormat() {
        return icu.get(codes[next()]).format(Map.of());
    }

    @Benchmark
    public String resolveExactFromTag() {
        Product vod = catalog.product("vod");
        return vod.resolve(codes[next()], vod.locale("zh-CN")).message();
    }

    @Benchmark
    public String resolveExact() {
        return catalog.resolve("vod", codes[next()], ZH).message();
    }

    @Benchmark
    public String resolveParentFallback() {
        return catalog.resolve("vod", parentFallbacks[next()], ZH).message();
    }

    @Benchmark
    public String resolveParentFallbackUncached() {
        return catalog.resolve("vod", manyParentFallbacks[j = (j + 1) & 4095], ZH).message();
    }

    /** The same codes through {@code catalog.message}, for a caller that wants only the text. */
    @Benchmark
    public String messageParentFallbackUncached() {
        return catalog.message("vod", manyParentFallbacks[j = (j + 1) & 4095], ZH);
    }

    /**
     * Not a lookup: the grammar check of every character of the same codes, once ({@code ErrorCode.isValid}). What
     * looking at each character of a code costs, which a code never seen before must have; reported beside the walks.
     */
    @Benchmark
    public boolean checkCodeCharacters() {
        return ErrorCode.isValid(manyParentFallbacks[j = (j + 1) & 4095]);
    }

    @Benchmark
    public String resolveCommonCode() {
        return catalog.resolve("vod", commonCodes[next()], ZH).message();
    }

    @Benchmark
    public String resolveCommonParentFallback() {
        return catalog.resolve("vod", commonParents[next()], ZH).message();
    }

    @Benchmark
    public String resolveUnknown() {
        return catalog.resolve("vod", unknowns[next()], ZH).message();
    }

    @Benchmark
    public String formatWithArguments() {
        next();
        return catalog.resolve(BenchCode.LIMIT_EXCEEDED__FILE_IDS, ZH).message(arguments);
    }

    @Benchmark
    public Locale negotiateLocale() {
        return catalog.product("vod").locale(locales[next()]);
    }

    @Benchmark
    public Locale negotiateTag() {
        return catalog.product("vod").locale(tags[next()]);
    }

    @Benchmark
    public ParsedResponse parseEnvelope() {
        return ErrorEnvelope.parse(envelopes[next()]);
    }
}
