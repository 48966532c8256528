package dev.errorcatalog.bench;

import dev.errorcatalog.ErrorCatalog;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** From process start to the first resolved message: the catalog's way. */
public final class ColdStartCatalog {
    /** The code asked for; the growth measurement asks its generated products for the same one. */
    static final String CODE = "InvalidParameterValue.FileIdsTooMany";

    private ColdStartCatalog() {
    }

    public static void main(String[] args) {
        String message = ErrorCatalog.load().resolve("vod", CODE, Locale.SIMPLIFIED_CHINESE).message();
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(message);
    }
}
