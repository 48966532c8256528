package dev.errorcatalog.archviolation;

/** Breaks "one owner of which script a language is written in" on purpose: a second guess from Java's script data. */
public class GuessesLanguageByScript {
    public boolean chinese(String text) {
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
