package dev.errorcatalog;

/**
 * A code a product declares, as its typed constant: {@code VodCode.INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY}.
 * Product modules implement this with an enum whose constant names are the code in upper snake case, a double
 * underscore standing for the dot.
 */
public interface CodeDefinition {
    ProductId product();

    ErrorCode code();

    default CodeMetadata metadata() {
        return CodeMetadata.NONE;
    }
}
