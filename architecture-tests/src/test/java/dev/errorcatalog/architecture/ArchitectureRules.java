package dev.errorcatalog.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.errorcatalog.i18n.internal.ServiceFiles;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProviderRules;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.apiguardian.api.API;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The dependency lines of DESIGN.md: {@code i18n ← catalog-core ← catalog-<product> ← catalog-cli}. A product
 * package is any package below {@code dev.errorcatalog} that is not one of core's own, so a new product module
 * is covered without touching these rules.
 */
final class ArchitectureRules {
    private static final String ROOT = "dev.errorcatalog";
    /** Second-level packages that are not products. */
    private static final Set<String> NOT_PRODUCTS = Set.of("i18n", "spi", "cli", "generator", "bench", "testing", "testkit",
            // the SDK bridge and the Spring Boot starter use the catalog over any product; neither is one
            "tencentcloud", "spring");

    private ArchitectureRules() {
    }

    /** The module a class belongs to, by package: i18n, core (the API, spi and internal packages), a product, or the CLI. */
    static String moduleOf(String packageName) {
        if (!packageName.equals(ROOT) && !packageName.startsWith(ROOT + ".")) {
            return "";
        }
        String rest = packageName.equals(ROOT) ? "" : packageName.substring(ROOT.length() + 1);
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return first.isEmpty() || first.equals("spi") || first.equals("internal") ? "core" : first;
    }

    static boolean isProductModule(String module) {
        return !module.isEmpty() && !module.equals("core") && !NOT_PRODUCTS.contains(module);
    }

    static final DescribedPredicate<JavaClass> IN_A_PRODUCT_PACKAGE = DescribedPredicate.describe(
            "reside in a product package", c -> isProductModule(moduleOf(c.getPackageName())));

    static final DescribedPredicate<JavaClass> IN_CORE_OR_I18N = DescribedPredicate.describe(
            "reside in core or i18n", c -> Set.of("core", "i18n").contains(moduleOf(c.getPackageName())));

    static final ArchRule I18N_KNOWS_NOTHING_OF_THE_CATALOG = noClasses()
            .that().resideInAPackage(ROOT + ".i18n..")
            .should().dependOnClassesThat(DescribedPredicate.describe("reside in a catalog package",
                    (JavaClass c) -> !moduleOf(c.getPackageName()).isEmpty() && !moduleOf(c.getPackageName()).equals("i18n")))
            .as("i18n does not depend on catalog packages");

    static final ArchRule ONLY_I18N_TOUCHES_ICU = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".i18n..")
            .should().dependOnClassesThat().resideInAPackage("com.ibm.icu..")
            .as("only i18n touches ICU");

    /** Script data, Java's or ICU's, is read in one place, so the verifier, the generator and a server's message agree. */
    static final ArchRule ONE_OWNER_OF_LANGUAGE_SCRIPTS = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + ".i18n.LanguageScripts")
            .should().dependOnClassesThat().haveFullyQualifiedName(Character.UnicodeScript.class.getName())
            .orShould().dependOnClassesThat().haveFullyQualifiedName("com.ibm.icu.lang.UScript")
            .as("which script a language is written in is known only to i18n's LanguageScripts");

    static final ArchRule CORE_NAMES_NO_PRODUCT = noClasses()
            .that(IN_CORE_OR_I18N)
            .should().dependOnClassesThat(IN_A_PRODUCT_PACKAGE)
            .as("core does not name a product module");

    /** The packages that put the catalog to work in a setting (the SDK, Spring Boot) and serve any product. */
    static final Set<String> INTEGRATIONS = Set.of("tencentcloud", "spring");

    static final ArchRule INTEGRATIONS_NAME_NO_PRODUCT = noClasses()
            .that(DescribedPredicate.describe("reside in the SDK bridge or the Spring Boot starter",
                    (JavaClass c) -> INTEGRATIONS.contains(moduleOf(c.getPackageName()))))
            .should().dependOnClassesThat(IN_A_PRODUCT_PACKAGE)
            .as("the SDK bridge and the Spring Boot starter name no product");

    static final ArchRule PRODUCTS_ARE_INDEPENDENT = slices()
            .assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass c) {
                    String module = moduleOf(c.getPackageName());
                    return isProductModule(module) ? SliceIdentifier.of(module) : SliceIdentifier.ignore();
                }

                @Override
                public String getDescription() {
                    return "product modules";
                }
            })
            .should().notDependOnEachOther()
            .as("product packages do not depend on each other");

    static final ArchRule PRODUCTS_USE_ONLY_CORE_API = classes()
            .that(IN_A_PRODUCT_PACKAGE)
            .should().onlyDependOnClassesThat(DescribedPredicate.describe(
                    "are in java.*, core's API or spi package, a product package, or the @API annotation's",
                    (JavaClass c) -> c.getPackageName().startsWith("java.") || c.getPackageName().equals(ROOT)
                            || c.getPackageName().equals(API.class.getPackageName())
                            || c.getPackageName().equals(ROOT + ".spi") || IN_A_PRODUCT_PACKAGE.test(c)))
            .as("each product module depends only on core's public API and spi package");

    /** A provider a collection of its package makes (catalog-all's, one per product) is not ServiceLoader's to create. */
    static final DescribedPredicate<JavaClass> MADE_BY_A_COLLECTION = DescribedPredicate.describe(
            "are made by a ProductCollection of their package", c -> c.getPackage().getClasses().stream()
                    .anyMatch(o -> o.isAssignableTo(dev.errorcatalog.spi.ProductCollection.class)));

    static final ArchRule PROVIDERS_ARE_LOADABLE = classes()
            .that().implement(CatalogProvider.class).and().doNotHaveModifier(JavaModifier.ABSTRACT)
            .and(IN_A_PRODUCT_PACKAGE).and(DescribedPredicate.not(MADE_BY_A_COLLECTION))
            .should(new ArchCondition<>("be public and final, have a public no-argument constructor and be listed in "
                    + "META-INF/services/" + CatalogProvider.class.getName()) {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    // the class rules are core's (ProviderRules), the same registration and the testkit apply
                    List<String> broken = new ArrayList<>(ProviderRules.ofClass(c.reflect()).stream()
                            .map(ProviderRules.Violation::description).toList());
                    if (!listedProviders().contains(c.getName())) {
                        broken.add("it is not listed in META-INF/services");
                    }
                    events.add(new SimpleConditionEvent(c, broken.isEmpty(), c.getName() + ": " + String.join("; ", broken)));
                }
            })
            .as("provider classes are public, final, have a no-argument constructor and are listed in META-INF/services");

    /** Every class named in a provider service file on the class path. */
    static Set<String> listedProviders() {
        Set<String> names = new HashSet<>();
        try {
            names.addAll(ServiceFiles.listed(ArchitectureRules.class.getClassLoader(), CatalogProvider.class.getName()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    static final ArchRule NO_JAVA_TEXT_MESSAGE_FORMAT = noClasses()
            .should().dependOnClassesThat().haveFullyQualifiedName("java.text.MessageFormat")
            .as("no java.text.MessageFormat (ICU's MessageFormat is the one)");

    static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices()
            .assignedFrom(new SliceAssignment() {
                @Override
                public SliceIdentifier getIdentifierOf(JavaClass c) {
                    String module = moduleOf(c.getPackageName());
                    return module.isEmpty() ? SliceIdentifier.ignore() : SliceIdentifier.of(module);
                }

                @Override
                public String getDescription() {
                    return "modules";
                }
            })
            .should().beFreeOfCycles()
            .as("no cycles between modules");

    /**
     * Below the root package: the API package and its spi package refer to each other by design (the catalog takes
     * providers, providers speak in the API's codes), as javax.money and javax.money.spi do, so the root is left
     * to the module-level rule above.
     */
    static final ArchRule NO_CYCLES_BETWEEN_PACKAGES = slices()
            .matching(ROOT + ".(**)")
            .should().beFreeOfCycles()
            .as("no cycles between the packages below dev.errorcatalog");

    // Refresh is the maintainers' command that regenerates the data (data/refresh.sh), DataDiff theirs that compares
    // two versions of it (data/diff.sh), CompactData the build's step that makes catalog-all's runtime files, TextReview
    // theirs that lists the official texts a translator should read: printing is their job
    static final ArchRule LIBRARY_CODE_DOES_NOT_PRINT = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".cli..")
            .and().doNotHaveFullyQualifiedName(ROOT + ".generator.Refresh")
            .and().doNotHaveFullyQualifiedName(ROOT + ".generator.CompactData")
            .and().doNotHaveFullyQualifiedName(ROOT + ".generator.DataDiff")
            .and().doNotHaveFullyQualifiedName(ROOT + ".generator.TextReview")
            .should(ACCESS_STANDARD_STREAMS)
            .as("no System.out or System.err in library code");

    /**
     * Every public type of the published modules says how far a user may lean on it (JUnit's {@code @API}): the
     * compiler cannot tell a type public for the user from one public only for another module.
     */
    static final ArchRule PUBLIC_TYPES_DECLARE_THEIR_STATUS = classes()
            .that().arePublic().and().areTopLevelClasses().and().resideInAPackage(ROOT + "..")
            .should().beAnnotatedWith(API.class)
            .as("every public type of the published modules says its @API status");

    static final DescribedPredicate<JavaAnnotation<?>> API_INTERNAL = DescribedPredicate.describe("@API(status = INTERNAL)",
            a -> a.getRawType().isEquivalentTo(API.class) && a.get("status")
                    .map(s -> s instanceof JavaEnumConstant c && c.name().equals(API.Status.INTERNAL.name())).orElse(false));

    // what modules export only to one another (i18n's internal and json packages) promises nothing to a user
    static final ArchRule INTERNAL_PACKAGES_ARE_INTERNAL = classes()
            .that().arePublic().and().areTopLevelClasses().and().resideInAnyPackage(ROOT + "..internal..", ROOT + "..json..")
            .should().beAnnotatedWith(API_INTERNAL)
            .as("a public type in an internal or json package is @API(status = INTERNAL)");

    /** The lookups of the hot path: a code in a table, a prefix of it, a remembered fallback. */
    private static final Set<String> LOOKUPS = Set.of(ROOT + ".CodeTable.get", ROOT + ".CodeTable.getPrefix",
            ROOT + ".FallbackCache.get", ROOT + ".FallbackCache.offer", ROOT + ".FallbackCache.put");

    /**
     * The lookup's no-allocation style stays in one class: only {@code ProductScope} (the hot path) and
     * {@code FallbackOrder} (the walk up the levels it calls) probe a {@code CodeTable} or a {@code FallbackCache}.
     */
    static final ArchRule THE_HOT_PATH_IS_FENCED = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + ".ProductScope")
            .and().doNotHaveFullyQualifiedName(ROOT + ".FallbackOrder")
            .should().callMethodWhere(DescribedPredicate.describe("the method is a lookup of CodeTable or FallbackCache",
                    (JavaMethodCall call) -> LOOKUPS.contains(call.getTargetOwner().getName() + "." + call.getName())))
            .as("only ProductScope (the hot path) and FallbackOrder's walk probe a CodeTable or a FallbackCache");

    /** Whose entry a level holds is decided in one place, by the order: {@code TableAssembler}. */
    static final ArchRule ONE_ASSEMBLER_READS_THE_ORDER = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + ".TableAssembler")
            .and().doNotHaveFullyQualifiedName(ROOT + ".FallbackOrder")
            .should().callMethodWhere(DescribedPredicate.describe("the method is FallbackOrder.scopes",
                    (JavaMethodCall call) -> call.getTargetOwner().getName().equals(ROOT + ".FallbackOrder")
                            && call.getName().equals("scopes")))
            .as("only TableAssembler merges entries by FallbackOrder.scopes");

    /** What a provider is asked for its bundle: its path and the file. */
    private static final Set<String> BUNDLE_CALLS = Set.of("bundlePath", "openBundle");

    /**
     * A provider's bundle is reached one way, guarded one way and its faults worded one way, so the catalog and the
     * testkit's contract cannot drift apart again: {@code ProviderBundles}. The spi's own defaults (openBundle reads
     * bundlePath) and a provider calling its own methods are the provider's business.
     */
    static final ArchRule ONE_WAY_TO_A_PROVIDERS_BUNDLE = noClasses()
            .that().doNotHaveFullyQualifiedName(ROOT + ".internal.ProviderBundles")
            .and().resideOutsideOfPackage(ROOT + ".spi")
            .and().doNotImplement(CatalogProvider.class)
            .should().callMethodWhere(DescribedPredicate.describe("the method is a provider's bundlePath or openBundle",
                    (JavaMethodCall call) -> BUNDLE_CALLS.contains(call.getName())
                            && call.getTargetOwner().isAssignableTo(CatalogProvider.class)))
            .as("only ProviderBundles asks a provider for its bundle (bundlePath, openBundle)");

    static final ArchRule[] ALL = {I18N_KNOWS_NOTHING_OF_THE_CATALOG, ONLY_I18N_TOUCHES_ICU, CORE_NAMES_NO_PRODUCT,
            PRODUCTS_ARE_INDEPENDENT, PRODUCTS_USE_ONLY_CORE_API, PROVIDERS_ARE_LOADABLE, NO_JAVA_TEXT_MESSAGE_FORMAT, NO_CYCLES_BETWEEN_MODULES, NO_CYCLES_BETWEEN_PACKAGES,
            LIBRARY_CODE_DOES_NOT_PRINT, INTEGRATIONS_NAME_NO_PRODUCT, ONE_OWNER_OF_LANGUAGE_SCRIPTS,
            PUBLIC_TYPES_DECLARE_THEIR_STATUS, INTERNAL_PACKAGES_ARE_INTERNAL, THE_HOT_PATH_IS_FENCED,
            ONE_ASSEMBLER_READS_THE_ORDER, ONE_WAY_TO_A_PROVIDERS_BUNDLE};
}
