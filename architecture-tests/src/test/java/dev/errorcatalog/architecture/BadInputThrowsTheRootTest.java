package dev.errorcatalog.architecture;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.ApiError;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.CommonCode;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryPredicate;
import dev.errorcatalog.i18n.BundleProblem;
import dev.errorcatalog.i18n.ErrorCatalogException;
import dev.errorcatalog.i18n.LocaleNegotiator;
import dev.errorcatalog.i18n.Message;
import dev.errorcatalog.i18n.verify.BundleVerifier;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spring.ProblemAnswers;
import dev.errorcatalog.spring.ErrorCatalogAutoConfiguration;
import dev.errorcatalog.spring.ErrorCatalogMessageSource;
import dev.errorcatalog.spring.ErrorCatalogProblemAdvice;
import dev.errorcatalog.spring.ErrorCatalogProperties;
import dev.errorcatalog.spring.ErrorCatalogWebMvcAutoConfiguration;
import dev.errorcatalog.spring.ErrorCatalogReactiveProblemAdvice;
import dev.errorcatalog.spring.ErrorCatalogWebFluxAutoConfiguration;
import dev.errorcatalog.spring.TencentCloudReactiveProblemAdvice;
import dev.errorcatalog.spring.SdkProductBinding;
import dev.errorcatalog.spring.TencentCloudProblemAdvice;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every public constructor and method of core, i18n, the SDK bridge and the starter, found reflectively (so a new one
 * is covered without a word here), called with malformed but non-null input: whatever it throws is an
 * {@link ErrorCatalogException}, never a bare {@code IllegalArgumentException}, {@code IllegalStateException},
 * {@code NumberFormatException}, … and never a {@code NullPointerException} (no null is handed in).
 *
 * <p>Static members and constructors are called for every public type; instance methods on the values below that
 * can be built from a real catalog. A parameter type with no values here, or a method taking input on a type with
 * none, fails the test unless its member is in {@link #SKIPPED}, with the reason. A member breaking the rule fails it
 * naming the member, what it threw and the input.
 */
class BadInputThrowsTheRootTest {
    /** The packages of the four modules a user calls. */
    private static final List<String> PACKAGES = List.of("dev.errorcatalog.i18n", "dev.errorcatalog.i18n.verify", "dev.errorcatalog.i18n.text",
            "dev.errorcatalog", "dev.errorcatalog.spi", "dev.errorcatalog.tencentcloud", "dev.errorcatalog.spring");

    /** Members not called, each with why. */
    private static final Map<String, String> SKIPPED = Map.of(
            "RetryPredicate#with(Function)", "takes the caller's function, whose failures are the caller's own",
            "RetryPredicate#withActionFinder(Function)", "takes the caller's function, whose failures are the caller's own",
            "ErrorCatalogAutoConfiguration#errorCatalogMessageSourceParent(ObjectProvider,ObjectProvider,ApplicationContext)",
            "a bean method Spring calls with its own container objects; ErrorCatalogMessageSourceTest covers it");

    /** Members that keep a contract of their interface's owner, with the exception it names. */
    private static final Map<String, Class<? extends Throwable>> CONTRACTS = Map.of(
            // Spring's MessageSource: no message for the code is a NoSuchMessageException, which Spring's callers expect
            "ErrorCatalogMessageSource#getMessage(String,Object[],Locale)", NoSuchMessageException.class,
            "ErrorCatalogMessageSource#getMessage(MessageSourceResolvable,Locale)", NoSuchMessageException.class);

    private static boolean allowed(String member, Throwable thrown) {
        Class<? extends Throwable> type = CONTRACTS.get(member);
        return type != null && type.isInstance(thrown);
    }

    /** An enum's {@code valueOf(String)} is the JDK's, with the JDK's IllegalArgumentException: not ours to change. */
    private static boolean isEnumValueOf(Executable e) {
        return e instanceof Method m && m.getDeclaringClass().isEnum() && Modifier.isStatic(m.getModifiers())
                && m.getName().equals("valueOf") && Arrays.equals(m.getParameterTypes(), new Class<?>[]{String.class});
    }

    /** Most calls of one member with one receiver: beyond it parameters vary one at a time. */
    private static final int FULL_PRODUCT_LIMIT = 1_500;

    private final ErrorCatalog common = ErrorCatalog.builder().build();
    private final ErrorCatalog all = ErrorCatalog.builder().discover().build();
    private final Map<String, Supplier<List<?>>> values = values();

    @Test
    void everyPublicEntryPointThrowsOnlyTheRootForBadInput() {
        Outcome o = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> check(publicTypes()));
        assertEquals(Set.of(), o.unsupplied, "parameter types with no malformed values here: add values, or skip the member with a reason");
        assertEquals(SKIPPED.keySet(), o.skipped, "skipped members that are gone");
        assertEquals(Map.of(), o.wrong, "members that throw outside ErrorCatalogException for bad input");
        assertTrue(o.calls > 10_000, "calls made: " + o.calls);
    }

    @Test
    void aBareIllegalArgumentExceptionIsFoundNamingTheMemberAndTheInput() {
        Outcome o = check(List.of(Refusing.class));
        assertEquals(Set.of("Refusing#of(String)", "Refusing#new(int)"), o.wrong.keySet());
        assertTrue(o.wrong.get("Refusing#of(String)").startsWith("java.lang.IllegalArgumentException: empty for (\"\")"),
                o.wrong.get("Refusing#of(String)"));
        assertEquals(Set.of("Refusing#with(Refusing) (" + Refusing.class.getName() + ")", "Refusing#times(int) (no Refusing to call it on)"),
                o.unsupplied);
    }

    /** What calling the members of some types came to. */
    private static final class Outcome {
        final Map<String, String> wrong = new TreeMap<>();
        final Set<String> unsupplied = new TreeSet<>();
        final Set<String> skipped = new TreeSet<>();
        int calls;
    }

    private Outcome check(List<Class<?>> types) {
        Outcome o = new Outcome();
        for (Class<?> type : types) {
            for (Executable e : members(type)) {
                String name = name(e);
                if (SKIPPED.containsKey(name)) {
                    o.skipped.add(name);
                    continue;
                }
                List<List<?>> candidates = new ArrayList<>();
                for (Parameter p : e.getParameters()) {
                    Supplier<List<?>> s = supplier(p);
                    if (s == null) {
                        o.unsupplied.add(name + " (" + p.getParameterizedType().getTypeName() + ")");
                        break;
                    }
                    candidates.add(s.get());
                }
                if (candidates.size() < e.getParameterCount()) {
                    continue;
                }
                List<?> receivers = receivers(e);
                if (receivers.isEmpty() && e.getParameterCount() > 0 && !isEquals(e)) {
                    // a method taking input on a type this test cannot build: build one above
                    o.unsupplied.add(name + " (no " + e.getDeclaringClass().getSimpleName() + " to call it on)");
                }
                for (Object receiver : receivers) {
                    for (Object[] args : rows(candidates)) {
                        o.calls++;
                        Throwable thrown = call(e, receiver, args);
                        if (thrown != null && !(thrown instanceof ErrorCatalogException) && !allowed(name, thrown)) {
                            o.wrong.putIfAbsent(name, thrown + " for " + show(args));
                        }
                    }
                }
            }
        }
        return o;
    }

    private static boolean isEquals(Executable e) {
        return e.getName().equals("equals") && Arrays.equals(e.getParameterTypes(), new Class<?>[]{Object.class});
    }

    /** What the check must catch: a bare IllegalArgumentException for malformed text and numbers. */
    public static final class Refusing {
        public Refusing(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("negative");
            }
        }

        public static Refusing of(String text) {
            if (text.isEmpty()) {
                throw new IllegalArgumentException("empty");
            }
            return new Refusing(text.length());
        }

        /** No Refusing is among the receivers the check builds. */
        public int times(int n) {
            return n;
        }

        /** A parameter type the check has no values for. */
        public Refusing with(Refusing other) {
            return other;
        }
    }

    @Test
    void theMembersOfEveryModuleAreFound() {
        Set<String> names = publicTypes().stream().flatMap(t -> members(t).stream()).map(BadInputThrowsTheRootTest::name)
                .collect(Collectors.toSet());
        for (String expected : List.of("ProductId#of(String)", "ErrorEnvelope#write(String,String,String)",
                "RetryAdvice#delay(int)", "LocaleNegotiator#of(Collection,Locale)", "TencentCloudErrors#resolve(Product,TencentCloudSDKException,Locale)",
                "SdkProductBinding#of(ErrorCatalog,Sdk)", "BundleVerifier#verify()", "ErrorCatalog#resolve(String,String,Locale)")) {
            assertTrue(names.contains(expected), expected + " in " + new TreeSet<>(names));
        }
    }

    /** The public types of the packages, read from the class path (a folder of classes or a jar) without ArchUnit's import of everything they use. */
    private static List<Class<?>> publicTypes() {
        List<Class<?>> types = new ArrayList<>();
        ClassLoader loader = BadInputThrowsTheRootTest.class.getClassLoader();
        try {
            // this module's own test classes share the package names (the rules' deliberate violations): not the library's
            String tests = BadInputThrowsTheRootTest.class.getProtectionDomain().getCodeSource().getLocation().toString();
            for (String pkg : PACKAGES) {
                String path = pkg.replace('.', '/');
                for (URL location : Collections.list(loader.getResources(path))) {
                    if (location.toString().startsWith(tests)) {
                        continue;
                    }
                    for (String file : classFiles(location, path)) {
                        Class<?> type = Class.forName(pkg + "." + file.substring(0, file.length() - ".class".length()), false, loader);
                        if (isPublic(type)) {
                            types.add(type);
                        }
                    }
                }
            }
        } catch (IOException | URISyntaxException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        types.sort(Comparator.comparing(Class::getName));
        return types;
    }

    /** The names of the class files directly in one package's folder or jar entry, nested types included. */
    private static List<String> classFiles(URL location, String path) throws IOException, URISyntaxException {
        List<String> names = new ArrayList<>();
        if (location.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(location.toURI()))) {
                files.map(f -> f.getFileName().toString()).filter(BadInputThrowsTheRootTest::isClassFile).forEach(names::add);
            }
        } else if (location.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) location.openConnection();
            connection.setUseCaches(false); // a jar of its own to close, not the one the class loader may share
            try (JarFile jar = connection.getJarFile()) {
                for (JarEntry entry : Collections.list(jar.entries())) {
                    String name = entry.getName();
                    if (name.startsWith(path + "/") && name.indexOf('/', path.length() + 1) < 0
                            && isClassFile(name.substring(path.length() + 1))) {
                        names.add(name.substring(path.length() + 1));
                    }
                }
            }
        }
        return names;
    }

    private static boolean isClassFile(String name) {
        return name.endsWith(".class") && !name.equals("package-info.class") && !name.equals("module-info.class");
    }

    private static boolean isPublic(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static List<Executable> members(Class<?> type) {
        List<Executable> members = new ArrayList<>();
        if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (Modifier.isPublic(c.getModifiers()) && !c.isSynthetic()) {
                    members.add(c);
                }
            }
        }
        for (Method m : type.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge() && !isEnumValueOf(m)) {
                members.add(m);
            }
        }
        members.sort(Comparator.comparing(BadInputThrowsTheRootTest::name));
        return members;
    }

    private static String name(Executable e) {
        String type = e.getDeclaringClass().getSimpleName();
        String member = e instanceof Constructor<?> ? "new" : e.getName();
        return type + "#" + member + Arrays.stream(e.getParameterTypes()).map(Class::getSimpleName)
                .collect(Collectors.joining(",", "(", ")"));
    }

    /** The receivers of an instance method (null for a static one or a constructor). */
    private List<?> receivers(Executable e) {
        if (e instanceof Constructor<?> || Modifier.isStatic(e.getModifiers())) {
            return Arrays.asList((Object) null);
        }
        Supplier<List<?>> s = values.get(e.getDeclaringClass().getName());
        if (s != null) {
            return s.get();
        }
        if (e.getDeclaringClass().isEnum()) {
            return List.of(e.getDeclaringClass().getEnumConstants());
        }
        return List.of(); // a type this test cannot build: its methods without parameters take no input to refuse
    }

    private static Throwable call(Executable e, Object receiver, Object[] args) {
        try {
            if (e instanceof Constructor<?> c) {
                c.newInstance(args);
            } else {
                ((Method) e).invoke(receiver, args);
            }
            return null;
        } catch (InvocationTargetException t) {
            return t.getCause();
        } catch (ReflectiveOperationException t) {
            throw new AssertionError(name(e), t);
        }
    }

    /** Every combination when there are few; else each parameter's values with the others at their first. */
    private static List<Object[]> rows(List<List<?>> candidates) {
        long product = 1;
        for (List<?> c : candidates) {
            product *= c.size();
        }
        List<Object[]> rows = new ArrayList<>();
        if (product <= FULL_PRODUCT_LIMIT) {
            for (long n = 0; n < product; n++) {
                Object[] row = new Object[candidates.size()];
                long rest = n;
                for (int i = 0; i < row.length; i++) {
                    row[i] = candidates.get(i).get((int) (rest % candidates.get(i).size()));
                    rest /= candidates.get(i).size();
                }
                rows.add(row);
            }
            return rows;
        }
        for (int i = 0; i < candidates.size(); i++) {
            for (Object value : candidates.get(i)) {
                Object[] row = new Object[candidates.size()];
                for (int j = 0; j < row.length; j++) {
                    row[j] = j == i ? value : candidates.get(j).get(0);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String show(Object[] args) {
        return Arrays.stream(args).map(a -> a instanceof String s ? '"' + s.replace("\u0000", "\\u0000") + '"'
                : a instanceof byte[] b ? Arrays.toString(b) : String.valueOf(a)).collect(Collectors.joining(", ", "(", ")"));
    }

    private Supplier<List<?>> supplier(Parameter p) {
        Supplier<List<?>> s = values.get(p.getParameterizedType().getTypeName());
        if (s == null) {
            s = values.get(p.getType().getName());
        }
        if (s == null && p.getType().isEnum()) {
            return () -> List.of(p.getType().getEnumConstants());
        }
        return s;
    }

    /** Malformed values by parameter type (the generic one first, then the raw one), with a well-formed one or two. */
    private Map<String, Supplier<List<?>>> values() {
        Map<String, Supplier<List<?>>> v = new LinkedHashMap<>();
        List<String> texts = List.of("InternalError", "", " ", "\u0000", "not a code", "Bad..Code", "{", "common", "en",
                "zz-ZZ-x-" + "a".repeat(300), "-1", "é\uD800");
        v.put("java.lang.String", () -> texts);
        v.put("java.lang.CharSequence", () -> texts);
        v.put("int", () -> List.of(1, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE));
        v.put("long", () -> List.of(1L, 0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE));
        v.put("boolean", () -> List.of(true, false));
        v.put("char", () -> List.of('a', '\u0000', '\uD800'));
        v.put("java.time.Duration", () -> List.of(Duration.ZERO, Duration.ofSeconds(-1)));
        v.put("byte[]", () -> List.of(new byte[0], new byte[]{(byte) 0xff}, "{".getBytes(StandardCharsets.UTF_8),
                "{\"Response\":{\"Error\":{\"Code\":\"\"}}}".getBytes(StandardCharsets.UTF_8)));
        v.put("java.io.InputStream", () -> List.of(new ByteArrayInputStream(new byte[0]),
                new ByteArrayInputStream(new byte[]{(byte) 0xc3})));
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.ROOT, new Locale("zz"), Locale.forLanguageTag("x-private"),
                new Locale("en", "", "POSIX"));
        v.put("java.util.Locale", () -> locales);
        v.put("java.util.List<java.util.Locale>", () -> List.of(List.of(), List.of(Locale.ROOT), List.of(new Locale("zz"))));
        v.put("java.util.Collection<java.util.Locale>", () -> List.of(List.of(), List.of(Locale.ROOT), List.of(Locale.ENGLISH, Locale.ENGLISH)));
        v.put("java.util.Collection<java.lang.String>", () -> List.of(List.of(), List.of(""), List.of("not a key", "not a key")));
        v.put("java.util.Map<java.lang.String, ?>", () -> List.of(Map.of(), Map.of("", ""), Map.of("count", "two", "max", -1)));
        v.put("java.util.Map<java.lang.String, java.util.List<java.lang.String>>", () -> List.of(Map.of(),
                Map.of("", List.of("")), Map.of("nope", List.of(" ")), Map.of("common", List.of("Kms", "kms"))));
        v.put("java.util.Optional<java.lang.String>", () -> List.of(Optional.empty(), Optional.of(""), Optional.of("\u0000")));
        v.put("java.util.Optional<java.net.URI>", () -> List.of(Optional.empty(), Optional.of(URI.create("relative"))));
        v.put("java.util.Optional<dev.errorcatalog.ErrorCode>", () -> List.of(Optional.empty(), Optional.of(ErrorCode.parse("InternalError"))));
        v.put("java.util.Optional<dev.errorcatalog.Resolution>", () -> List.of(Optional.empty()));
        v.put("java.util.Optional<java.lang.Throwable>", () -> List.of(Optional.empty(), Optional.of(new IllegalStateException(""))));
        v.put("java.util.OptionalInt", () -> List.of(OptionalInt.empty(), OptionalInt.of(-1)));
        v.put("java.util.List<dev.errorcatalog.ErrorCode>", () -> List.of(List.of(), List.of(ErrorCode.parse("Nope"))));
        v.put("java.util.List<dev.errorcatalog.Source>", () -> List.of(List.of()));
        v.put("java.util.List<dev.errorcatalog.i18n.BundleProblem>", () -> List.of(List.of()));
        v.put("java.util.Collection<? extends dev.errorcatalog.CodeDefinition>", () -> List.of(List.of(),
                List.of(CommonCode.INTERNAL_ERROR, CommonCode.INTERNAL_ERROR), List.of(CodeDefinition.of("other", "Nope", CodeMetadata.NONE))));
        v.put("java.lang.Class<?>", () -> List.of(Object.class, String.class, CommonCode.class));
        v.put("java.lang.Class<E>", () -> List.of(CommonCode.class));
        v.put("java.lang.Object[]", () -> List.of(new Object[0], new Object[]{""}));
        v.put("java.lang.Object", () -> List.of("", new Object()));
        v.put("java.lang.Throwable", () -> List.of(new RuntimeException(), new IllegalStateException(""),
                new TencentCloudSDKException("", "", "")));
        v.put("java.lang.ClassLoader", () -> List.of(new URLClassLoader(new URL[0], null)));
        v.put("dev.errorcatalog.ProductId", () -> List.of(ProductId.COMMON, ProductId.of("nope")));
        v.put("dev.errorcatalog.ErrorCode", () -> List.of(ErrorCode.parse("InternalError"), ErrorCode.parse("Nope.Nope")));
        v.put("dev.errorcatalog.CodeDefinition", () -> List.of(CommonCode.INTERNAL_ERROR, CodeDefinition.of("other", "Nope", CodeMetadata.NONE)));
        v.put("dev.errorcatalog.CodeConstant", () -> List.of(CommonCode.INTERNAL_ERROR, CommonCode.REQUEST_LIMIT_EXCEEDED));
        v.put("dev.errorcatalog.CodeMetadata", () -> List.of(CodeMetadata.NONE));
        v.put("dev.errorcatalog.CodeMetadata[]", () -> List.of(new CodeMetadata[0], new CodeMetadata[]{CodeMetadata.NONE, CodeMetadata.NONE}));
        v.put("dev.errorcatalog.ApiError", () -> List.of(ApiError.of("Nope.Nope", "", "r-1"), ApiError.of("InternalError", "\u0000", "")));
        v.put("dev.errorcatalog.Resolution", this::resolutions);
        v.put("dev.errorcatalog.Source", () -> List.of(new dev.errorcatalog.Source("", dev.errorcatalog.Source.Kind.CODE, "", "", "")));
        v.put("dev.errorcatalog.ErrorCatalog", () -> List.of(common, all));
        v.put("dev.errorcatalog.Product", () -> List.of(common.product("common"), all.product("common")));
        v.put("dev.errorcatalog.i18n.text.LibraryText", () -> List.of(dev.errorcatalog.i18n.text.LibraryText.of(TencentCloudErrors.class, "tencentcloud")));
        v.put("dev.errorcatalog.ErrorCatalog$Builder", () -> List.of(ErrorCatalog.builder()));
        v.put("dev.errorcatalog.ApiErrorException", () -> List.of(common.product("common").failure(ApiError.of("Nope", "", "r-1"), Locale.ROOT)));
        v.put("dev.errorcatalog.spi.CatalogProvider", () -> List.of(new EmptyProvider()));
        v.put("dev.errorcatalog.spi.ProductCollection", () -> List.of(new EmptyCollection()));
        v.put("dev.errorcatalog.RetryPredicate", () -> List.of(RetryPredicate.standard()));
        List<dev.errorcatalog.ApiAction> actions = List.of(dev.errorcatalog.ApiAction.of("common", "2019-01-18", "DescribeKey"),
                dev.errorcatalog.ApiAction.of("kms", "2019-01-18", "DescribeKey"), dev.errorcatalog.ApiAction.of("nope", "2000-00-00", "X"));
        v.put("dev.errorcatalog.ApiAction", () -> actions);
        v.put("java.util.Optional<dev.errorcatalog.ApiAction>", () -> List.of(Optional.empty(), Optional.of(actions.get(2))));
        v.put("dev.errorcatalog.CallKinds", () -> List.of(dev.errorcatalog.CallKinds.standard(),
                dev.errorcatalog.CallKinds.standard().with("Encrypt", dev.errorcatalog.CallKind.READ)));
        v.put("dev.errorcatalog.ProductActions", () -> List.of(common.product("common").actions(), all.product("kms").actions()));
        v.put("dev.errorcatalog.RetryDecision", () -> List.of(new dev.errorcatalog.RetryDecision(dev.errorcatalog.RetryAdvice.TRANSIENT,
                Optional.empty(), dev.errorcatalog.CallKind.WRITE, dev.errorcatalog.RetryDecision.Basis.NO_ACTION)));
        v.put("dev.errorcatalog.i18n.ErrorCatalogException", () -> List.of(thrownBy(() -> ErrorCode.parse(""))));
        v.put("dev.errorcatalog.i18n.BundleProblem", () -> List.of(BundleProblem.ofFile("", Locale.ROOT, "", "")));
        v.put("dev.errorcatalog.i18n.LocaleNegotiator", () -> List.of(LocaleNegotiator.of(List.of(Locale.ENGLISH), Locale.ENGLISH)));
        v.put("dev.errorcatalog.i18n.Message", () -> List.of(Message.compile("{count, plural, one {# day} other {# days}}", Locale.ENGLISH),
                Message.compile("{when, date}", Locale.ROOT)));
        v.put("dev.errorcatalog.i18n.verify.BundleVerifier", () -> List.of(BundleVerifier.of("", List.of("InternalError"))));
        v.put("dev.errorcatalog.i18n.verify.BundleVerifier$Source", () -> List.of((BundleVerifier.Source) Optional::empty,
                (BundleVerifier.Source) () -> Optional.of(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8)))));
        v.put("dev.errorcatalog.tencentcloud.TencentCloudErrors", () -> List.of(TencentCloudErrors.of(common), TencentCloudErrors.of(all)));
        v.put("java.util.function.BiConsumer<dev.errorcatalog.ProductId, dev.errorcatalog.tencentcloud.SdkError>",
                () -> List.of((java.util.function.BiConsumer<ProductId, dev.errorcatalog.tencentcloud.SdkError>) (p, e) -> { }));
        v.put("dev.errorcatalog.tencentcloud.SdkError", () -> List.of(TencentCloudErrors.of(common).resolve("common",
                new TencentCloudSDKException("", "", "not a code"), Locale.ROOT)));
        v.put("com.tencentcloudapi.common.exception.TencentCloudSDKException", () -> List.of(
                new TencentCloudSDKException("", "", ""), new TencentCloudSDKException("\u0000", "r", "Bad..Code"),
                new TencentCloudSDKException("", new IllegalStateException())));
        ErrorCatalogProperties.Sdk sdk = new ErrorCatalogProperties.Sdk("common", Map.of());
        ErrorCatalogProperties properties = new ErrorCatalogProperties(false, Locale.ROOT,
                new ErrorCatalogProperties.Problem(true, true), sdk);
        v.put("dev.errorcatalog.spring.ErrorCatalogProperties$Sdk", () -> sdks(sdk));
        v.put("dev.errorcatalog.spring.ErrorCatalogProperties$Problem", () -> List.of(new ErrorCatalogProperties.Problem(false, true)));
        v.put("dev.errorcatalog.spring.ErrorCatalogProperties", () -> List.of(properties));
        v.put("dev.errorcatalog.spring.ErrorCatalogProperties$Log", () -> List.of(ErrorCatalogProperties.Log.DEFAULTS));
        v.put("dev.errorcatalog.spring.SdkProductBinding", () -> List.of(SdkProductBinding.of(common, sdk)));
        v.put("dev.errorcatalog.spring.ProblemAnswers", () -> List.of(problems(true), problems(false)));
        v.put("dev.errorcatalog.spring.ErrorCatalogMessageSource", () -> List.of(new ErrorCatalogMessageSource(all, Locale.ROOT)));
        v.put("dev.errorcatalog.spring.ErrorCatalogProblemAdvice", () -> List.of(new ErrorCatalogProblemAdvice(problems(false), Locale.ROOT)));
        v.put("dev.errorcatalog.spring.TencentCloudProblemAdvice", () -> List.of(new TencentCloudProblemAdvice(
                TencentCloudErrors.of(all), SdkProductBinding.of(all, sdk), problems(false), Locale.ROOT)));
        v.put("dev.errorcatalog.spring.ErrorCatalogReactiveProblemAdvice", () -> List.of(new ErrorCatalogReactiveProblemAdvice(problems(false), Locale.ROOT)));
        v.put("dev.errorcatalog.spring.TencentCloudReactiveProblemAdvice", () -> List.of(new TencentCloudReactiveProblemAdvice(
                TencentCloudErrors.of(all), SdkProductBinding.of(all, sdk), problems(false), Locale.ROOT)));
        v.put("dev.errorcatalog.spring.ErrorCatalogWebFluxAutoConfiguration", () -> List.of(new ErrorCatalogWebFluxAutoConfiguration()));
        v.put("org.springframework.web.server.ServerWebExchange", BadInputThrowsTheRootTest::exchanges);
        v.put("dev.errorcatalog.spring.ErrorCatalogAutoConfiguration", () -> List.of(new ErrorCatalogAutoConfiguration()));
        v.put("dev.errorcatalog.spring.ErrorCatalogWebMvcAutoConfiguration", () -> List.of(new ErrorCatalogWebMvcAutoConfiguration()));
        v.put("org.springframework.context.MessageSource", () -> List.of(new StaticMessageSource()));
        v.put("org.springframework.context.MessageSourceResolvable", () -> List.of(new DefaultMessageSourceResolvable(""),
                new DefaultMessageSourceResolvable(new String[]{" "}, new Object[]{""})));
        v.put("org.springframework.context.ApplicationContext", () -> List.of(new StaticApplicationContext()));
        v.put("org.springframework.core.io.ResourceLoader", () -> List.of(new DefaultResourceLoader()));
        v.put("jakarta.servlet.http.HttpServletRequest", BadInputThrowsTheRootTest::requests);
        return v;
    }

    /** The malformed settings a Spring binder can make of properties. */
    private static List<ErrorCatalogProperties.Sdk> sdks(ErrorCatalogProperties.Sdk good) {
        return List.of(good, new ErrorCatalogProperties.Sdk(" ", Map.of()), new ErrorCatalogProperties.Sdk("nope", Map.of()),
                new ErrorCatalogProperties.Sdk("common", Map.of("Common", List.of("a"))),
                new ErrorCatalogProperties.Sdk("common", Map.of("common", List.of(" "))),
                new ErrorCatalogProperties.Sdk("common", Map.of("common", List.of())));
    }

    private List<Resolution> resolutions() {
        return List.of(common.resolve("common", "InternalError", Locale.ENGLISH), common.resolve("common", "Nope.Nope", Locale.ROOT),
                common.product("common").resolve(ApiError.of("Nope", "\u0000 from the server", "r-1"), Locale.ROOT));
    }

    private ProblemAnswers problems(boolean serverMessage) {
        return new ProblemAnswers(all, new StaticMessageSource(), serverMessage);
    }

    private static List<MockHttpServletRequest> requests() {
        MockHttpServletRequest plain = new MockHttpServletRequest();
        MockHttpServletRequest hostile = new MockHttpServletRequest("GET", "/\u0000");
        hostile.addHeader("Accept-Language", "not a tag!, *;q=2, zz-ZZ;q=0");
        return List.of(plain, hostile);
    }

    private static List<MockServerWebExchange> exchanges() {
        return List.of(MockServerWebExchange.from(MockServerHttpRequest.get("/")),
                MockServerWebExchange.from(MockServerHttpRequest.get("/%00").header("Accept-Language", "not a tag!, *;q=2, zz-ZZ;q=0")));
    }

    private static ErrorCatalogException thrownBy(Runnable r) {
        try {
            r.run();
        } catch (ErrorCatalogException e) {
            return e;
        }
        throw new AssertionError("nothing thrown");
    }

    /** A provider of nothing, under an id no catalog knows. */
    private static final class EmptyProvider implements CatalogProvider {
        @Override
        public ProductId product() {
            return ProductId.of("empty");
        }

        @Override
        public List<Locale> locales() {
            return List.of();
        }

        @Override
        public Collection<? extends CodeDefinition> codes() {
            return List.of();
        }
    }

    /** A collection of one product of nothing. */
    private static final class EmptyCollection implements dev.errorcatalog.spi.ProductCollection {
        @Override
        public List<ProductId> products() {
            return List.of(ProductId.of("empty"));
        }

        @Override
        public CatalogProvider provider(ProductId product) {
            return new EmptyProvider();
        }
    }
}
