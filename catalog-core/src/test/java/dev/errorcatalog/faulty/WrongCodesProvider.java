package dev.errorcatalog.faulty;

import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;

import java.util.List;

/** Declares a code of another product and one code twice: none of its codes may be registered. */
public final class WrongCodesProvider extends FixedProvider {
    public WrongCodesProvider() {
        super("wrongcodes", List.of(
                new Code(ProductId.of("wrongcodes"), ErrorCode.parse("FailedOperation.Fine"), CodeMetadata.NONE),
                new Code(ProductId.of("other"), ErrorCode.parse("FailedOperation.Foreign"), CodeMetadata.NONE),
                new Code(ProductId.of("wrongcodes"), ErrorCode.parse("FailedOperation.Fine"), CodeMetadata.NONE)));
    }
}
