package dev.errorcatalog.cli;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ApiAction;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductActions;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.Product;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.i18n.Printable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The catalog as a static web site: {@code index.html} (every product, its code count, languages and data version, the
 * search and the explain box), a page per product ({@code kms.html}, each code at {@code #ResourceUnavailable.CmkDisabled}),
 * {@code site.css}, {@code site.js} and {@code search-data.js}, the data the search and the explain box read, loaded
 * with a script element so the site works from {@code file://}, where a page may not fetch. Every text is shown as
 * {@link Printable} shows it, then escaped for where it lands: HTML by {@link #html}, the data by {@link #js}; the
 * page's script builds its elements with {@code textContent}, so no text can become markup.
 */
final class Site {
    static final String DATA_FILE = "search-data.js";
    private static final String[] RESOURCES = {"site.css", "site.js"};

    private Site() {
    }

    /** What was written: products, codes (over every product), files and their bytes. */
    record Written(int products, int codes, int files, long bytes) {
    }

    static Written write(ErrorCatalog catalog, Path out) throws IOException {
        Files.createDirectories(out);
        Reach reach = Reach.of(catalog);
        List<String[]> rows = new ArrayList<>(); // id, page, codes, languages, data version
        StringBuilder data = new StringBuilder(1 << 20);
        Map<String, Integer> retryWords = new LinkedHashMap<>();
        retryWords.put(RetryAdvice.UNKNOWN.name(), 0);
        data.append("\"codes\":[");
        boolean firstCode = true;
        StringBuilder products = new StringBuilder("\"products\":[");
        int codes = 0;
        int files = 0;
        long bytes = 0;
        List<ProductId> ids = new ArrayList<>(catalog.products());
        ids.sort((a, b) -> a.isCommon() != b.isCommon() ? Boolean.compare(a.isCommon(), b.isCommon()) : a.value().compareTo(b.value()));
        for (int p = 0; p < ids.size(); p++) {
            String id = ids.get(p).value();
            Product product = catalog.product(id);
            List<Locale> locales = product.locales();
            Locale shown = product.locale(Locale.ENGLISH); // what the command line shows without --locale
            List<Map<String, Resolution>> texts = new ArrayList<>();
            for (Locale l : locales) {
                Map<String, Resolution> byCode = new HashMap<>();
                product.entries(l).forEach(r -> byCode.put(r.requested(), r));
                texts.add(byCode);
            }
            Map<String, Resolution> inShown = texts.get(locales.indexOf(shown));
            String dataVersion = reach.collected(id) ? reach.every().dataVersion()
                    : product.provenance().dataVersion().orElse("(not stated)");
            Map<String, List<ErrorCode>> byCategory = new TreeMap<>();
            for (ErrorCode c : product.codes()) {
                byCategory.computeIfAbsent(c.category().value(), k -> new ArrayList<>()).add(c);
            }
            StringBuilder page = new StringBuilder(64 * 1024);
            pageStart(page, id, "errorcatalog: " + id);
            page.append("<h1>").append(html(id)).append("</h1>\n<p class=\"facts\">").append(product.codes().size())
                    .append(" codes · languages ").append(html(tags(locales))).append(" · data version ").append(html(dataVersion))
                    .append(" · <a href=\"index.html\">every product</a></p>\n<nav aria-label=\"Categories\"><ul class=\"categories\">");
            byCategory.forEach((category, list) -> page.append("<li><a href=\"#").append(html(category)).append("\">")
                    .append(html(category)).append("</a> ").append(list.size()).append("</li>"));
            page.append("</ul></nav>\n");
            for (Map.Entry<String, List<ErrorCode>> category : byCategory.entrySet()) {
                // a category's own code (a bare "InternalError") is its first entry: the section's id is the code's then
                boolean ownCode = category.getValue().stream().anyMatch(c -> c.value().equals(category.getKey()));
                page.append("<section").append(ownCode ? "" : " id=\"" + html(category.getKey()) + "\"")
                        .append("><h2>").append(html(category.getKey())).append("</h2>\n");
                category.getValue().sort((a, b) -> a.value().compareTo(b.value()));
                for (ErrorCode c : category.getValue()) {
                    String code = c.value();
                    Resolution main = inShown.get(code);
                    if (main == null) { // no text in the shown language: the first language that has one
                        for (Map<String, Resolution> t : texts) {
                            if (t.containsKey(code)) {
                                main = t.get(code);
                                break;
                            }
                        }
                    }
                    // read once: each reading of a code's evidence reads its provenance file again
                    String retry = main == null ? RetryAdvice.UNKNOWN.name() : TextFormat.retryWords(main);
                    codeEntry(page, code, locales, texts, main, retry, product.actions());
                    int retryIndex = retryWords.computeIfAbsent(retry, k -> retryWords.size());
                    data.append(firstCode ? "\n[" : ",\n[").append(p).append(',').append(js(code)).append(",[");
                    firstCode = false;
                    for (int l = 0; l < locales.size(); l++) {
                        Resolution r = texts.get(l).get(code);
                        data.append(l == 0 ? "" : ",").append(r == null ? "null" : js(r.message()));
                    }
                    data.append("],").append(retryIndex).append(covers(product, code, main, shown) ? ",1]" : "]");
                    codes++;
                }
                page.append("</section>\n");
            }
            pageEnd(page);
            String file = pageName(id);
            bytes += writeFile(out.resolve(file), page.toString());
            files++;
            rows.add(new String[]{id, file, Integer.toString(product.codes().size()), tags(locales), dataVersion});
            products.append(p == 0 ? "" : ",").append('[').append(js(id)).append(',').append(js(file)).append(",[");
            for (int l = 0; l < locales.size(); l++) {
                products.append(l == 0 ? "" : ",").append(js(locales.get(l).toLanguageTag()));
            }
            // whether the product is served from catalog-all's data, which search measures a little differently
            products.append("],").append(locales.indexOf(shown)).append(',').append(reach.collected(id) ? 1 : 0).append(']');
        }
        products.append("],\n");
        data.append("],\n\"retry\":[");
        boolean firstRetry = true;
        for (String words : retryWords.keySet()) {
            data.append(firstRetry ? "" : ",\n").append(js(words));
            firstRetry = false;
        }
        data.append("]};\n");
        bytes += writeFile(out.resolve(DATA_FILE), "// The catalog's texts for the search and the explain box: written by"
                + " errorcatalog site\nwindow.ERRORCATALOG = {\n" + products + data);
        files++;
        bytes += writeFile(out.resolve("index.html"), index(rows, reach.every().dataVersion(), codes));
        files++;
        for (String name : RESOURCES) {
            try (InputStream in = Site.class.getResourceAsStream("site/" + name)) {
                if (in == null) {
                    throw new IllegalStateException("the site's " + name + " is missing from the command line's jar");
                }
                byte[] content = in.readAllBytes();
                Files.write(out.resolve(name), content);
                bytes += content.length;
                files++;
            }
        }
        return new Written(ids.size(), codes, files, bytes);
    }

    /**
     * Whether the code's retry advice covers its subcodes: a subcode the product does not have answers with it. Asked
     * of the catalog (an unknown subcode resolved), so the explain box falls back as the library does.
     */
    private static boolean covers(Product product, String code, Resolution main, Locale shown) {
        if (main == null || main.retry() == RetryAdvice.UNKNOWN || code.length() + 6 > ErrorCode.MAX_LENGTH) {
            return false;
        }
        Resolution sub = product.resolve(code + ".Zsite", shown);
        return sub.kind() == MatchKind.PARENT && sub.retry() == main.retry() && sub.matchedCode().map(c -> c.value().equals(code)).orElse(false);
    }

    /** The file of a product's page: its id (lower-case letters, digits, hyphens), but for one named as the index. */
    static String pageName(String id) {
        return (id.equals("index") ? "index_" : id) + ".html";
    }

    private static void codeEntry(StringBuilder page, String code, List<Locale> locales, List<Map<String, Resolution>> texts,
                                  Resolution main, String retry, ProductActions productActions) {
        String c = html(code);
        page.append("<article class=\"code\" id=\"").append(c).append("\"><h3><a href=\"#").append(c).append("\">").append(c)
                .append("</a></h3>\n<div class=\"texts\">");
        for (int l = 0; l < locales.size(); l++) {
            Resolution r = texts.get(l).get(code);
            String tag = html(locales.get(l).toLanguageTag());
            page.append("<div class=\"text\"><span class=\"tag\">").append(tag).append("</span>");
            if (r == null) {
                page.append("<p class=\"none\">no ").append(tag).append(" text</p>");
            } else {
                page.append("<p lang=\"").append(tag).append("\">").append(html(r.message())).append("</p>");
                r.title().ifPresent(t -> page.append("<p class=\"title\" lang=\"").append(tag).append("\">").append(html(t)).append("</p>"));
                page.append("<p class=\"origin\">").append(html(TextFormat.sourceWords(r.origin()))).append("</p>");
                r.correction().ifPresent(x -> page.append("<p class=\"origin\">corrects ").append(html(TextFormat.correctionWords(x)))
                        .append("</p>"));
                r.solution().ifPresent(s -> page.append("<p class=\"solution\"><span class=\"label\">solution</span> <span lang=\"")
                        .append(html(s.locale().toLanguageTag())).append("\">").append(html(s.text())).append("</span> <span class=\"origin\">(")
                        .append(html(TextFormat.sourceWords(s.origin()))).append(")</span></p>"));
            }
            page.append("</div>");
        }
        page.append("</div>\n");
        if (main != null) {
            page.append("<dl><dt>retry</dt><dd class=\"retry\">").append(html(retry)).append("</dd>");
            if (!main.apiVersions().isEmpty()) {
                page.append("<dt>API versions</dt><dd class=\"api\">").append(html(String.join(", ", main.apiVersions()))).append("</dd>");
            }
            List<String> actions = actions(productActions, main);
            if (!actions.isEmpty()) {
                page.append("<dt>actions</dt><dd class=\"actions\">").append(html(String.join(", ", actions))).append("</dd>");
            }
            main.helpUrl().ifPresent(u -> page.append("<dt>help</dt><dd>").append(html(u.toString())).append("</dd>"));
            main.successor().ifPresent(s -> page.append("<dt>successor</dt><dd>").append(html(s.value())).append(" (API 3.0)</dd>"));
            page.append("</dl>\n");
        }
        page.append("</article>\n");
    }

    /**
     * The API actions whose lists name the code, as the official clients list them: {@code DescribeKey, Encrypt}, each
     * API version named where the product has several ({@code 2018-07-17: DescribeMediaInfos; 2024-07-18: …}).
     */
    static List<String> actions(ProductActions actions, Resolution r) {
        if (!r.exact() || !r.matchedProduct().equals(Optional.of(r.product()))) {
            return List.of();
        }
        Map<String, List<String>> byVersion = new java.util.TreeMap<>();
        for (ApiAction a : actions.returning(r.requested())) {
            byVersion.computeIfAbsent(a.version(), v -> new ArrayList<>()).add(a.name());
        }
        if (byVersion.size() <= 1) {
            return byVersion.values().stream().flatMap(List::stream).toList();
        }
        List<String> out = new ArrayList<>();
        byVersion.forEach((version, names) -> out.add(version + ": " + String.join(", ", names)));
        return List.of(String.join("; ", out));
    }

    private static String index(List<String[]> rows, String dataVersion, int codes) {
        StringBuilder page = new StringBuilder(32 * 1024);
        pageStart(page, null, "errorcatalog: Tencent Cloud error codes");
        page.append("<h1>Tencent Cloud error codes</h1>\n<p class=\"facts\">").append(rows.size()).append(" products, ").append(codes)
                .append(" codes · data version ").append(html(dataVersion))
                .append(" · search by code or by words in English or Chinese above; nothing leaves this page</p>\n")
                .append("<section aria-labelledby=\"explain-heading\"><h2 id=\"explain-heading\">Explain an error</h2>\n")
                .append("<label for=\"paste\">Paste an API response, an SDK exception line or a log line:</label>\n")
                .append("<textarea id=\"paste\" rows=\"4\" spellcheck=\"false\"></textarea>\n")
                .append("<div id=\"explained\" aria-live=\"polite\"></div></section>\n")
                .append("<section aria-labelledby=\"products-heading\"><h2 id=\"products-heading\">Products</h2>\n")
                .append("<table id=\"products\"><thead><tr><th scope=\"col\">product</th><th scope=\"col\">codes</th>")
                .append("<th scope=\"col\">languages</th><th scope=\"col\">data version</th></tr></thead><tbody>\n");
        for (String[] row : rows) {
            page.append("<tr><td><a href=\"").append(html(row[1])).append("\">").append(html(row[0])).append("</a></td><td class=\"n\">")
                    .append(row[2]).append("</td><td>").append(html(row[3])).append("</td><td>").append(html(row[4])).append("</td></tr>\n");
        }
        page.append("</tbody></table></section>\n");
        pageEnd(page);
        return page.toString();
    }

    private static void pageStart(StringBuilder page, String product, String title) {
        page.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'self'; style-src 'self'\">")
                .append("<title>").append(html(title)).append("</title><link rel=\"stylesheet\" href=\"site.css\">")
                .append("<script src=\"").append(DATA_FILE).append("\" defer></script><script src=\"site.js\" defer></script></head>\n<body")
                .append(product == null ? "" : " data-product=\"" + html(product) + "\"").append(">\n")
                .append("<a class=\"skip\" href=\"#main\">Skip to the content</a>\n")
                .append("<header><a class=\"home\" href=\"index.html\">errorcatalog</a>")
                .append("<form role=\"search\" id=\"search-form\"><label for=\"q\">Search codes and messages</label>")
                .append("<input id=\"q\" type=\"search\" autocomplete=\"off\" spellcheck=\"false\" aria-controls=\"results\"")
                .append(" placeholder=\"CmkDisabled, rate limit, 密钥已被禁用\"></form></header>\n")
                .append("<div id=\"results\" aria-live=\"polite\"></div>\n<main id=\"main\">\n");
    }

    private static void pageEnd(StringBuilder page) {
        page.append("</main>\n</body></html>\n");
    }

    private static String tags(List<Locale> locales) {
        List<String> tags = new ArrayList<>();
        locales.forEach(l -> tags.add(l.toLanguageTag()));
        return String.join(", ", tags);
    }

    private static long writeFile(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    /** Text for an element or a quoted attribute: made printable, then every character HTML gives a meaning escaped. */
    static String html(String text) {
        String printable = Printable.of(text);
        StringBuilder s = new StringBuilder(printable.length() + 16);
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '&' -> s.append("&amp;");
                case '<' -> s.append("&lt;");
                case '>' -> s.append("&gt;");
                case '"' -> s.append("&quot;");
                case '\'' -> s.append("&#39;");
                default -> s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * A JavaScript string literal of the text made printable: quotes and backslashes escaped, and {@code < > &} as
     * escapes too, so that the data file holds no markup even if it were ever read as HTML.
     */
    static String js(String text) {
        String printable = Printable.of(text);
        StringBuilder s = new StringBuilder(printable.length() + 2).append('"');
        for (int i = 0; i < printable.length(); i++) {
            char c = printable.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '<' -> s.append("\\u003c");
                case '>' -> s.append("\\u003e");
                case '&' -> s.append("\\u0026");
                default -> s.append(c);
            }
        }
        return s.append('"').toString();
    }
}
