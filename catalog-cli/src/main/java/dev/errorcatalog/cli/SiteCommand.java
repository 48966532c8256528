package dev.errorcatalog.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

@Command(name = "site", mixinStandardHelpOptions = true,
        description = {"Write the installed catalog as a static web site: an index of every product, a page per product with"
                + " its codes by category in every language it ships, a search and an explain box that work offline"
                + " (open index.html from disk or serve the folder from any static host)."},
        footerHeading = "%nExamples:%n",
        footer = {"  errorcatalog site --out target/site",
                "  java -cp errorcatalog.jar:my-module.jar dev.errorcatalog.cli.Main site --out site   (your own module too)"})
final class SiteCommand implements Runnable {
    @ParentCommand
    ErrorCatalogCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
            description = "The folder to write into (made when missing; the site's own files in it are replaced).")
    Path out;

    @Override
    public void run() {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CliException(ExitCode.BAD_INPUT, CliException.quoted(out.toString()) + " is a file, not a folder");
        }
        try {
            Site.Written written = Site.write(parent.catalog(), out);
            spec.commandLine().getOut().println("wrote " + written.products() + " products, " + written.codes() + " codes, "
                    + written.files() + " files (" + written.bytes() + " bytes) to " + out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
