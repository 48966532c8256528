package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.Resolution;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = "Resolve codes: the message, the entry that matched and how, retry advice, help link.")
final class LookupCommand extends CatalogCommand {
    @Option(names = "--json", description = "One JSON object per line, per code.")
    boolean json;

    @Parameters(paramLabel = "CODE", arity = "1..*", description = "Codes such as InvalidParameterValue.FileIdsTooMany.")
    List<String> codes;

    @Override
    public void run() {
        ErrorCatalog catalog = catalog();
        Locale locale = locale();
        codes.forEach(ErrorCode::parse); // every code is checked before anything is printed
        PrintWriter out = out();
        for (String code : codes) {
            Resolution r = catalog.resolve(options.product, code, locale);
            out.print(json ? ResolutionOutput.json(r) + "\n" : ResolutionOutput.text(r));
        }
    }
}
