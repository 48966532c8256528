package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.List;

@Command(name = "lookup", mixinStandardHelpOptions = true,
        description = {"Resolve codes: the message, the entry that matched and how, retry advice, help link.",
                "Without --product every installed product is searched: each that has the code is shown. When none has it, a"
                        + " first line says so with the codes it may have meant, then the closest fallback; the exit code is 1."},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog lookup InvalidParameterValue.FileIdsTooMany",
                "  errorcatalog lookup -l zh-CN -f json InvalidParameterValue.FileIdsTooMany",
                "  errorcatalog lookup -p kms --action DescribeKey InternalError"})
final class LookupCommand extends CatalogCommand {
    @Parameters(paramLabel = "CODE", arity = "1..*", description = "Codes such as InvalidParameterValue.FileIdsTooMany; spaces around them are ignored.")
    List<String> codes;

    @CommandLine.Option(names = "--action", paramLabel = "ACTION",
            description = "The API action the code came from (DescribeKey, with -p): says whether its list names the code.")
    String action;

    @CommandLine.Option(names = "--api-version", paramLabel = "VERSION",
            description = "The API version of --action (2019-01-18); default: the newest that has it.")
    String version;

    @Override
    public void run() {
        List<String> trimmed = codes.stream().map(String::strip).toList();
        trimmed.forEach(ErrorCode::parse); // every code is checked before anything is printed
        Finder finder = new Finder(catalog(), options);
        if (action != null) {
            finder.action(ActionsCommand.action(catalog(), options, action, version));
        } else if (version != null) {
            throw new CliException(ExitCode.BAD_INPUT, "--api-version is the version of --action: give the action too");
        }
        int exitCode = answer(finder, renderer(), trimmed);
        if (exitCode != ExitCode.OK) {
            throw CliException.quiet(exitCode);
        }
    }

    /**
     * Prints the answers to each code; {@link ExitCode#NOT_FOUND} when some code no product in scope holds exactly
     * (its fallback is printed all the same), so that a script can tell a miss from a hit.
     */
    static int answer(Finder finder, Output.Renderer out, List<String> codes) {
        boolean missed = false;
        for (String code : codes) {
            List<Answer> answers = finder.lookup(code);
            missed |= answers.get(0).miss();
            out.answers(answers);
        }
        return missed ? ExitCode.NOT_FOUND : ExitCode.OK;
    }
}
