package dev.errorcatalog;

/** Reading a throwable that is not ours (a provider's, a failure's) without letting it take the reader down. */
final class Throwables {
    private Throwables() {
    }

    /**
     * What no module can be blamed for and nothing can carry on after: the JVM itself failing (out of memory, an
     * internal error), which may have struck any thread and leaves no state to trust. A stack overflow is not one:
     * it is the thread's own, in the frames of the code that was called, and all of them are gone by the time it is
     * caught. (A product's first use, on the caller's stack, does not take this view: {@code ProviderFiles}.)
     */
    static void rethrowIfFatal(Throwable e) {
        if (e instanceof VirtualMachineError fatal && !(e instanceof StackOverflowError)) {
            throw fatal;
        }
    }

    /** The cause, or null where there is none or its {@code getCause()} throws. */
    static Throwable causeOf(Throwable e) {
        try {
            return e.getCause();
        } catch (Throwable failed) {
            rethrowIfFatal(failed);
            return null;
        }
    }
}
