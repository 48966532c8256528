package dev.errorcatalog;

/**
 * A product's typed constant: an enum constant that holds its {@link CodeDefinition} and answers for it, so a
 * product's enum is its list of codes and one constructor:
 * <pre>{@code
 * public enum AcmeCode implements CodeConstant {
 *     RESOURCE_NOT_FOUND__ANVIL("ResourceNotFound.Anvil");
 *
 *     private final CodeDefinition definition;
 *
 *     AcmeCode(String code) {
 *         this.definition = CodeDefinition.of("acme", code, CodeMetadata.NONE);
 *     }
 *
 *     public CodeDefinition definition() {
 *         return definition;
 *     }
 * }
 * }</pre>
 */
public interface CodeConstant extends CodeDefinition {

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
