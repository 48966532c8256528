package dev.errorcatalog.faulty;

/** Listed as a provider but is not one; its name ends in "Provider", as the JDK's message then reads "...Provider not a subtype". */
public final class NotASubtypeProvider {
}
