package dev.errorcatalog.i18n;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A locale given as text that is not a language tag (BCP 47, or Java's {@code zh_CN} form), or an Accept-Language
 * list with an item that is not one. The message names the item and, where there is one, the index into the text.
 */
@API(status = MAINTAINED, since = "0.1.0")
public final class InvalidLanguageTagException extends ErrorCatalogException {
    /** The text that was given. */
    private final String input;
    /** The tag or list item that is wrong. */
    private final String item;

    InvalidLanguageTagException(String input, String reason) {
        this(input, input, reason);
    }

    InvalidLanguageTagException(String input, String item, String reason) {
        super("'" + Printable.shorten(input, 60) + "' is not a language tag: " + Printable.of(reason)
                + " (expected BCP 47 such as en, zh-CN or zh-Hans-CN, or an Accept-Language list such as 'zh-CN, en;q=0.8')");
        this.input = input;
        this.item = item;
    }

    /** The text as it was given: the tag, or the whole list when an item of a list is wrong. */
    public String input() {
        return input;
    }

    /**
     * The tag or list item that is wrong, without the white space around it ({@code zh--CN;q=0.5} of
     * {@code en, zh--CN;q=0.5}); for one tag, the tag.
     */
    public String item() {
        return item;
    }
}
