package dev.errorcatalog.generator;

import dev.errorcatalog.i18n.Printable;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The small text rules every source shares: what counts as absent, how markup becomes plain text, how text becomes a
 * pattern. Whether a text is in its language's script is i18n's {@code LanguageScripts}, as the verifier asks it.
 */
final class Texts {
    /** Text the sources put where they have nothing to say. */
    private static final Set<String> PLACEHOLDERS = Set.of("业务正在更新中，请您耐心等待。", "占位符", "无", "暂无", "None", "null", "-");
    /**
     * Neither part holds a bracket, and neither gives back what it took: a text of thousands of {@code [} is read in
     * one pass, not one pass per bracket.
     */
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\[\\]]++)\\]\\(([^)\\s\\[\\]]++)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    /** Relative links in the documents point into this site. */
    private static final URI DOCUMENT_SITE = URI.create("https://cloud.tencent.com/");

    private Texts() {
    }

    /** The text, stripped, unless it is missing, blank, a placeholder or just the code again. */
    public static Optional<String> present(String text, String code) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        return t.isEmpty() || PLACEHOLDERS.contains(t) || t.equals(code) ? Optional.empty() : Optional.of(t);
    }

    /**
     * Text with each Markdown link reduced to its label; the links' targets, made absolute, go to {@code links} when
     * they are web addresses (http or https). A target that is no address, or another scheme's
     * ({@code javascript:}), is no link to offer anyone: only its label is kept.
     */
    public static String withoutLinks(String text, List<URI> links) {
        Matcher m = MARKDOWN_LINK.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            webAddress(m.group(2)).ifPresent(links::add);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
        }
        return m.appendTail(out).toString();
    }

    private static Optional<URI> webAddress(String target) {
        try {
            URI u = DOCUMENT_SITE.resolve(target);
            // a bidirectional control or another character a reader would not see is no part of an address to offer
            boolean web = ("https".equalsIgnoreCase(u.getScheme()) || "http".equalsIgnoreCase(u.getScheme())) && u.getHost() != null
                    && Printable.of(u.toString()).equals(u.toString());
            return web ? Optional.of(u) : Optional.empty();
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
    }

    /** Official text as a reader should see it: links reduced to labels, inline-code backticks dropped. */
    public static String plain(String text, List<URI> links) {
        return INLINE_CODE.matcher(withoutLinks(text, links)).replaceAll("$1");
    }

    /**
     * The ICU MessageFormat pattern that formats to exactly {@code text}: braces quoted, and apostrophes doubled
     * where quoting is needed (ICU leaves a lone apostrophe elsewhere as it is).
     */
    public static String pattern(String text) {
        if (!text.contains("{") && !text.contains("}") && !text.contains("''")) {
            return text;
        }
        return text.replace("'", "''").replace("{", "'{'").replace("}", "'}'");
    }
}
