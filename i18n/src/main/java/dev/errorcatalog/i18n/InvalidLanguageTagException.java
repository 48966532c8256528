package dev.errorcatalog.i18n;

/** A locale given as text that is not a language tag (BCP 47, or Java's {@code zh_CN} form). */
public final class InvalidLanguageTagException extends ErrorCatalogException {
    /** The text that was given. */
    private final String input;

    InvalidLanguageTagException(String input, String reason) {
        super("'" + Printable.shorten(input, 60) + "' is not a language tag: " + Printable.of(reason)
                + " (expected BCP 47 such as en, zh-CN or zh-Hans-CN, or an Accept-Language list such as 'zh-CN, en;q=0.8')");
        this.input = input;
    }

    /** The text as it was given. */
    public String input() {
        return input;
    }
}
