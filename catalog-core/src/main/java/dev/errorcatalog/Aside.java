package dev.errorcatalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What few answers carry, in one field of {@link Resolution}: the answer a lookup allocates stays as small as before it. */
record Aside(Optional<String> serverMessage, List<Locale> exactTextIn) {
    static final Aside NONE = new Aside(Optional.empty(), List.of());

    static Aside of(Optional<String> serverMessage, List<Locale> exactTextIn) {
        return serverMessage.isEmpty() && exactTextIn.isEmpty() ? NONE : new Aside(serverMessage, exactTextIn);
    }
}
