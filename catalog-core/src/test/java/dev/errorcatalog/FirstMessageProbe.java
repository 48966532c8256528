package dev.errorcatalog;

import dev.errorcatalog.demo.DemoCatalogProvider;

import java.util.Locale;

/** A program that prints one message and nothing else, for {@link FirstMessageClassesTest} to run in a fresh JVM. */
public final class FirstMessageProbe {
    private FirstMessageProbe() {
    }

    public static void main(String[] args) {
        System.out.println("message: " + ErrorCatalog.builder().provider(new DemoCatalogProvider()).build()
                .resolve("demo", "FailedOperation.DemoBusy", Locale.SIMPLIFIED_CHINESE).message());
    }
}
