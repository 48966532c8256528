package dev.errorcatalog.archviolation.internal;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/** Breaks "a public type in an internal or json package is INTERNAL" on purpose: it promises to be maintained. */
@API(status = MAINTAINED, since = "0.1.0")
public class MaintainedInternal {
}
