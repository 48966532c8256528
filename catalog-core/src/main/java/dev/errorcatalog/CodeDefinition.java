package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A code a product declares, as its typed constant: {@code VodCode.INVALID_PARAMETER_VALUE__FILE_IDS_TOO_MANY}.
 * Product modules implement this with an enum whose constant names are the code in upper snake case, a double
 * underscore standing for the dot.
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface CodeDefinition {
    /** @return the product the code belongs to */
    ProductId product();

    /** @return the code itself */
    ErrorCode code();

    /** @return what the catalog knows of the code besides its messages; none by default */
    default CodeMetadata metadata() {
        return CodeMetadata.NONE;
    }

    /**
     * A definition as a value, for an enum constant to hold (see {@link CodeConstant}).
     *
     * @throws InvalidErrorCodeException   when {@code code} is not a code
     * @throws InvalidProductIdException   when {@code product} is not a product id
     */
    static CodeDefinition of(String product, String code, CodeMetadata metadata) {
        return new DefinedCode(ProductId.of(product), ErrorCode.parse(code), metadata);
    }

    /**
     * The definition an enum constant holds, for the enum's one constructor
     * {@code AcmeCode(String code, CodeMetadata... metadata)}: a constant without metadata gives none
     * ({@link CodeMetadata#NONE}), so a product's enum needs no second constructor.
     *
     * @throws InvalidErrorCodeException when {@code code} is not a code
     * @throws InvalidProductIdException when {@code product} is not a product id
     * @throws InvalidValueException     when more than one metadata is given
     */
    static CodeDefinition forConstant(String product, String code, CodeMetadata... metadata) {
        if (metadata.length > 1) {
            throw new InvalidValueException("CodeDefinition.forConstant(metadata)", "a constant has one metadata at the most, not "
                    + metadata.length + ": '" + Printable.shorten(code, 80) + "'");
        }
        return of(product, code, metadata.length == 0 ? CodeMetadata.NONE : metadata[0]);
    }
}
