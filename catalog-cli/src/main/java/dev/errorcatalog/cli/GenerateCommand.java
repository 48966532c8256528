package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.generator.ModuleGenerator;
import dev.errorcatalog.i18n.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Write a complete product module (Maven project) for a product of a Tencent Cloud SDK, from the SDK's"
                + " sources jar or folder: typed constants, provider, bundles for each language the sources give text for,"
                + " provenance, contract test. It builds as it is with Maven's verify (the catalog"
                + " checkout's ./mvnw, which needs only a JDK, or mvn).")
final class GenerateCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Option(names = "--product", required = true, paramLabel = "PRODUCT", description = "The product, as in the SDK's paths: cvm, cdn, …")
    String product;

    @Option(names = "--sdk-sources", required = true, paramLabel = "JAR|DIR",
            description = "The Java SDK's sources jar (tencentcloud-sdk-java-<version>-sources.jar) or a folder laid out like it.")
    Path sdkSources;

    @Option(names = "--sdk-sources-en", paramLabel = "JAR|DIR", description = "The international edition's, for English text.")
    Path sdkSourcesEn;

    @Option(names = "--error-centre", paramLabel = "FILE", description = "The error centre's feed (JSON), for solutions.")
    Path errorCentre;

    @Option(names = "--translations", paramLabel = "FILE",
            description = "Your own texts where no source has a language, in the format of the project's data/*.json.")
    Path translations;

    @Option(names = "--package", paramLabel = "PACKAGE", description = "Java package of the module (default: errorcatalog.<product>).")
    String javaPackage;

    @Option(names = "--group-id", paramLabel = "GROUP", defaultValue = "com.example", description = "Maven group id (default: ${DEFAULT-VALUE}).")
    String groupId;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where to write the module; a new or empty folder.")
    Path out;

    @Option(names = "--force", description = "Write into a folder that is not empty, replacing the files the generator writes"
            + " (never through a link: one in the way is refused).")
    boolean force;

    @Option(names = "--overlay", description = "Generate an overlay of a product the catalog ships in a module of its own (vod, kms,"
            + " live, legacy): its provider's priority is above the shipped module's, so its codes are added to the product and its"
            + " texts come first. Without it, such a product is refused: two modules of one product at one priority are a"
            + " conflict, and neither is used.")
    boolean overlay;

    @Option(names = "--replace", description = "Generate a module of a product the catalog serves from catalog-all's data, knowing that"
            + " beside the catalog it takes that product's place: only the codes of the sources given are answered.")
    boolean replace;

    @Override
    public void run() {
        if (Files.exists(out) && !isEmptyFolder(out) && !force) {
            throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(out.toString()) + " exists and is not an empty folder; choose a new one, or --force");
        }
        String product = this.product.strip().toLowerCase(java.util.Locale.ROOT); // as every other command takes it
        ModuleGenerator generator = new ModuleGenerator(product, sdkSources, Optional.ofNullable(sdkSourcesEn),
                Optional.ofNullable(errorCentre), Optional.ofNullable(translations),
                javaPackage != null ? javaPackage : ModuleGenerator.defaultPackage(product), groupId);
        ModuleGenerator.Result result = generator.generate(overlay);
        // after the sources are read (a product the SDK lacks is named with the closest it has), before anything is written
        Shipped shipped = shipped(product);
        if (shipped == Shipped.BY_MODULE && !overlay) {
            throw new CliException(ExitCode.BAD_INPUT, "the catalog already ships '" + product + "' in a module of its own (see"
                    + " errorcatalog products): a second module of it is a conflict, and neither would be used. To add codes or"
                    + " reword texts, generate an overlay (--overlay: its provider's priority is above the shipped one's); for a"
                    + " product of your own, choose an id the catalog does not ship");
        }
        if (shipped == Shipped.FROM_DATA && !replace) {
            throw new CliException(ExitCode.BAD_INPUT, "the catalog already ships '" + product + "' from catalog-all's data (see"
                    + " errorcatalog products): a module of it takes the product's place, answering only for the codes of the"
                    + " sources given, and an overlay does the same (overlays lie over a product's own module, not over"
                    + " catalog-all's data). To have your module take its place, --replace; for a product of your own, choose"
                    + " an id the catalog does not ship");
        }
        result.files().writeTo(out);
        PrintWriter w = spec.commandLine().getOut();
        // what the sources name (a jar's entries, its file name) is shown escaped: nothing of it acts on the terminal
        w.println(Printable.of(String.format("%s: %d codes, messages in %s, from %s", product, result.data().entries().size(),
                String.join(", ", result.data().languages()), result.data().origin())));
        result.data().omitted().forEach(o -> w.println("  " + Printable.of(o)));
        if (overlay) {
            w.println(Printable.of(String.format("  an overlay of %s (priority %d): its codes are added to the product, its texts come first",
                    shipped == Shipped.BY_MODULE ? "the catalog's " + product : product, ModuleGenerator.OVERLAY_PRIORITY)));
        } else if (shipped == Shipped.FROM_DATA) {
            w.println(Printable.of("  beside the catalog it takes the place of catalog-all's " + product + ": only its codes are answered"));
        }
        w.println(Printable.of(String.format("wrote %d files to %s; build it with: %s", result.files().files().size(), out, buildHint(out))));
    }

    /** How the catalog this command line runs with has a product: what a generated module would meet beside it. */
    enum Shipped { NO, BY_MODULE, FROM_DATA }

    private static Shipped shipped(String product) {
        ErrorCatalog catalog = ErrorCatalog.load();
        if (!catalog.products().contains(ProductId.of(product))) {
            return Shipped.NO;
        }
        // catalog-all steps aside for a module of the product's own: no conflict, but its data is no longer used
        return Reach.of(catalog).collected(product) ? Shipped.FROM_DATA : Shipped.BY_MODULE;
    }

    /**
     * How to build the module: the Maven wrapper of the catalog's checkout when run from it (a JDK is all it needs),
     * else Maven itself.
     */
    static String buildHint(Path out) {
        Path pom = out.resolve("pom.xml");
        return Files.isRegularFile(Path.of("mvnw")) ? "./mvnw -f " + pom + " verify"
                : "mvn -f " + pom + " verify (Maven 3.9 or later; or the catalog checkout's ./mvnw, which needs only a JDK)";
    }

    private static boolean isEmptyFolder(Path p) {
        if (!Files.isDirectory(p)) {
            return false;
        }
        try (Stream<Path> s = Files.list(p)) {
            return s.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
