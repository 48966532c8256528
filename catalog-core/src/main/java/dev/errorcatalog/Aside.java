package dev.errorcatalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What few answers carry, in one field of {@link Resolution}: the answer a lookup allocates stays as small as before it. */
record Aside(Optional<String> serverMessage, List<Locale> exactTextIn, Optional<ActionCheck> action) {
    static final Aside NONE = new Aside(Optional.empty(), List.of(), Optional.empty());

    static Aside of(Optional<String> serverMessage, List<Locale> exactTextIn) {
        return serverMessage.isEmpty() && exactTextIn.isEmpty() ? NONE : new Aside(serverMessage, exactTextIn, Optional.empty());
    }

    Aside withAction(ActionCheck check) {
        return new Aside(serverMessage, exactTextIn, Optional.of(check));
    }

    /** What {@link Resolution#explain()} adds for the action: {@code ; not listed for …}, or nothing. */
    String actionNote() {
        return action.map(ActionCheck::note).filter(n -> !n.isEmpty()).map(n -> "; " + n).orElse("");
    }
}
