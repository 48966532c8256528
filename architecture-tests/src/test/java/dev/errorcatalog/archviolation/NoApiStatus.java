package dev.errorcatalog.archviolation;

/** Breaks "every public type of the published modules says its @API status" on purpose: it says none. */
public class NoApiStatus {
}
