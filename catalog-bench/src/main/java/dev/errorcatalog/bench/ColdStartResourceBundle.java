package dev.errorcatalog.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.ResourceBundle;

/** From process start to the first message: a plain JDK program with a ResourceBundle on its class path. */
public final class ColdStartResourceBundle {
    private ColdStartResourceBundle() {
    }

    public static void main(String[] args) {
        String message = ResourceBundle.getBundle("vodbench", Locale.SIMPLIFIED_CHINESE).getString("InvalidParameterValue.FileIdsTooMany");
        new PrintStream(System.out, true, StandardCharsets.UTF_8).println(message);
    }
}
