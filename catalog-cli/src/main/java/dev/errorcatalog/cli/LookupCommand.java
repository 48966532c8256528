package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Resolve codes: the message, the entry that matched and how, retry advice, help link.")
final class LookupCommand implements Runnable {
    @ParentCommand
    ErrorCatalogCommand parent;

    @Spec
    CommandSpec spec;

    @Mixin
    CatalogOptions options;

    @Option(names = "--json", description = "One JSON object per line, per code.")
    boolean json;

    @Parameters(paramLabel = "CODE", arity = "1..*", description = "Codes such as InvalidParameterValue.FileIdsTooMany.")
    List<String> codes;

    @Override
    public void run() {
        ErrorCatalog catalog = parent.catalog();
        Locale locale = options.negotiate(catalog);
        codes.forEach(ErrorCode::parse); // every code is checked before anything is printed
        PrintWriter out = spec.commandLine().getOut();
        for (String code : codes) {
            Resolution r = catalog.resolve(options.product, code, locale);
            out.print(json ? ResolutionOutput.json(r) + "\n" : ResolutionOutput.text(r));
        }
    }
}
