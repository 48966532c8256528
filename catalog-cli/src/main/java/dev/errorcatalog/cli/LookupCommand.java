package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Resolve codes: the message, the entry that matched and how, retry advice, help link.",
                "Without --product every installed product is searched: each that has the code is shown; when none has it, the closest fallback."},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog lookup InvalidParameterValue.FileIdsTooMany",
                "  errorcatalog lookup -p vod -l zh-CN InvalidParameterValue.FileIdsTooMany --format json"})
final class LookupCommand extends CatalogCommand {
    @Parameters(paramLabel = "CODE", arity = "1..*", description = "Codes such as InvalidParameterValue.FileIdsTooMany; spaces around them are ignored.")
    List<String> codes;

    @Override
    public void run() {
        List<String> trimmed = codes.stream().map(String::strip).toList();
        trimmed.forEach(ErrorCode::parse); // every code is checked before anything is printed
        Finder finder = new Finder(catalog(), options);
        Output.Renderer out = renderer();
        for (String code : trimmed) {
            out.answers(finder.lookup(code));
        }
    }
}
