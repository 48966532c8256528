package dev.errorcatalog.archviolation;

/** Breaks "no System.out or System.err in library code" on purpose. */
public class PrintsToStandardOut {
    public void print() {
        System.out.println("library code must not print");
    }
}
