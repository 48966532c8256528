package dev.errorcatalog.cli;

import dev.errorcatalog.ApiAction;
import dev.errorcatalog.CallKinds;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductActions;
import dev.errorcatalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@Command(name = "actions", mixinStandardHelpOptions = true,
        description = {"The codes an API action can return, as the official clients list them, each with its message;",
                "with --code, the actions that can return a code; with neither, every action of the product."},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog actions -p kms DescribeKey -l zh-CN",
                "  errorcatalog actions -p kms --code ResourceUnavailable.CmkNotFound",
                "  errorcatalog actions -p vod --api-version 2018-07-17 DescribeMediaInfos"})
final class ActionsCommand extends CatalogCommand {
    @Parameters(arity = "0..1", paramLabel = "ACTION", description = "The action, as the API names it (DescribeKey).")
    String action;

    @Option(names = "--api-version", paramLabel = "VERSION",
            description = "The API version (2019-01-18); default: the newest that has the action.")
    String version;

    @Option(names = "--code", paramLabel = "CODE", description = "List the actions that can return this very code.")
    String code;

    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        if (options.product == null) {
            throw new CliException(ExitCode.BAD_INPUT, "actions needs --product (-p): an action is one product's");
        }
        String id = options.one(catalog, "common");
        Product product = catalog.product(id);
        ProductActions actions = product.actions();
        PrintWriter out = spec.commandLine().getOut();
        if (actions.isEmpty()) {
            throw new CliException(ExitCode.NOT_APPLICABLE, id + " has no action lists");
        }
        if (code != null) {
            ErrorCode.parse(code.strip());
            List<ApiAction> returning = actions.returning(code.strip());
            if (returning.isEmpty()) {
                throw new CliException(ExitCode.NOT_APPLICABLE, "no action of " + id + " lists " + CliException.quoted(code.strip()));
            }
            for (ApiAction a : returning) {
                out.println(a.name() + "  " + a.version() + "  " + CallKinds.standard().kindOf(a).name().toLowerCase(Locale.ROOT));
            }
            return;
        }
        if (action == null) {
            for (ApiAction a : actions.all()) {
                out.println(a.name() + "  " + a.version() + "  " + actions.codes(a).size() + " codes  "
                        + CallKinds.standard().kindOf(a).name().toLowerCase(Locale.ROOT));
            }
            return;
        }
        ApiAction a = action(catalog, options, action, version);
        Locale locale = locale(id);
        List<Resolution> codes = new ArrayList<>();
        for (ErrorCode c : actions.codes(a)) {
            codes.add(product.resolve(c.value(), locale));
        }
        if (output.format() == Output.Format.text) {
            out.println(a + " (" + CallKinds.standard().kindOf(a).name().toLowerCase(Locale.ROOT) + "): "
                    + codes.size() + " codes listed" + actions.source().map(s -> ", from " + s.describe()).orElse(""));
        }
        renderer().entries(codes);
    }

    /**
     * The action of --product of this name (and --api-version, if given).
     *
     * @throws CliException naming what is missing: the product, the action (with the nearest as did-you-mean)
     */
    static ApiAction action(ErrorCatalog catalog, CatalogOptions options, String action, String version) {
        if (options.product == null) {
            throw new CliException(ExitCode.BAD_INPUT, "an action is one product's: give --product (-p) with it");
        }
        String id = options.one(catalog, "common");
        ProductActions actions = catalog.product(id).actions();
        String name = action.strip();
        Optional<ApiAction> found = version == null ? actions.find(name) : actions.find(name, version.strip());
        return found.orElseThrow(() -> new CliException(ExitCode.BAD_INPUT, id + " has no action "
                + CliException.quoted(name) + (version == null ? "" : " in API " + CliException.quoted(version.strip()))
                + closest(actions, name)));
    }

    /** The action of the product whose name is nearest, when one is near: a did-you-mean for a typo. */
    private static String closest(ProductActions actions, String name) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int limit = Math.max(2, name.length() / 4);
        for (ApiAction a : actions.all()) {
            int d = Finder.edits(a.name().toLowerCase(Locale.ROOT), name.toLowerCase(Locale.ROOT), limit);
            if (d < bestDistance) {
                best = a.name();
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= limit ? "; did you mean " + best + "?" : "";
    }
}
