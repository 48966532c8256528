package dev.errorcatalog;

import org.apiguardian.api.API;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A product's typed constant: an enum constant that holds its {@link CodeDefinition} and answers for it, so a
 * product's enum is its list of codes and one constructor:
 * <pre>{@code
 * public enum AcmeCode implements CodeConstant {
 *     RESOURCE_NOT_FOUND__ANVIL("ResourceNotFound.Anvil");
 *
 *     private final CodeDefinition definition;
 *
 *     AcmeCode(String code, CodeMetadata... metadata) {
 *         this.definition = CodeDefinition.forConstant("acme", code, metadata);
 *     }
 *
 *     public CodeDefinition definition() {
 *         return definition;
 *     }
 * }
 * }</pre>
 */
@API(status = MAINTAINED, since = "0.1.0")
public interface CodeConstant extends CodeDefinition {

    /**
     * The constant of a product's enum for a code as text, e.g. one a server sent:
     * {@code CodeConstant.of(KmsCode.class, "ResourceUnavailable.CmkDisabled")}. Empty for a code the enum does not
     * declare, and for text that is not a code; never throws for the text.
     */
    static <E extends Enum<E> & CodeDefinition> java.util.Optional<E> of(Class<E> constants, String code) {
        java.util.Objects.requireNonNull(code, "code");
        return java.util.Optional.ofNullable(constants.cast(ConstantIndex.BY_CODE.get(constants).get(code)));
    }

    /** The definition this constant stands for. */
    CodeDefinition definition();

    @Override
    default ProductId product() {
        return definition().product();
    }

    @Override
    default ErrorCode code() {
        return definition().code();
    }

    @Override
    default CodeMetadata metadata() {
        return definition().metadata();
    }
}
