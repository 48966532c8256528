package dev.errorcatalog.faulty;

/** A superclass the tests make impossible to load. */
public abstract class AbsentBase extends FixedProvider {
    AbsentBase(String id, String... codes) {
        super(id, codes);
    }
}
