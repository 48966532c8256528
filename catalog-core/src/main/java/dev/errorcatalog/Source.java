package dev.errorcatalog;

import org.apiguardian.api.API;

import java.util.Objects;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * Where a text of the catalog came from: a source document, an SDK's error-code enum at a version, the platform's
 * common-code tables, the error centre, or the catalog's own translation. A product module names its sources in its
 * provenance file ({@code META-INF/errorcatalog/<product>/provenance.json}); a module that has none answers with
 * {@link Kind#PRODUCT_MODULE}.
 *
 * @param id      the id the provenance file gives it, e.g. {@code sdk-zh}
 * @param kind    what sort of source it is
 * @param title   what it is, for people: {@code tencentcloud-sdk-java}
 * @param version its version or date, empty where it has none
 * @param licence the terms its text is used under, empty where unknown
 */
@API(status = MAINTAINED, since = "0.1.0")
public record Source(String id, Kind kind, String title, String version, String licence) {

    /** What sort of source a text came from. */
    public enum Kind {
        /** A row of a published error-code document, kept verbatim. */
        DOCUMENT,
        /** The comment of a constant in an SDK's error-code enum. */
        SDK,
        /** The platform-wide common-code tables. */
        COMMON_TABLE,
        /** Tencent Cloud's error centre. */
        ERROR_CENTRE,
        /** Written by the catalog's authors where no source words the code in that language. */
        TRANSLATION,
        /** The catalog's authors' correction of an official text whose meaning is wrong ({@link Correction}). */
        @API(status = EXPERIMENTAL, since = "0.2.0")
        CORRECTION,
        /** A product module that does not say where its text came from. */
        PRODUCT_MODULE,
        /** The server's own message, when the catalog has no entry. */
        SERVER,
        /** The code itself, when there is neither an entry nor a server message. */
        CODE
    }

    static final Source SERVER = new Source("server", Kind.SERVER, "the server's message", "", "");
    static final Source CODE = new Source("code", Kind.CODE, "the code itself", "", "");

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(licence, "licence");
    }

    /** The source of every text of a module that has no provenance file. */
    static Source productModule(String provider) {
        return new Source("module", Kind.PRODUCT_MODULE, provider, "", "");
    }

    /** One line for people: {@code SDK tencentcloud-sdk-java 3.2.11}. */
    public String describe() {
        return kind + " " + title + (version.isEmpty() ? "" : " " + version);
    }
}
