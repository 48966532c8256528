package twin.two;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;

import java.util.List;
import java.util.Locale;

/** Claims the product id "twin", as twin-one's provider does too. */
public final class TwinTwoProvider implements CatalogProvider {
    enum Code implements CodeDefinition {
        FAILED_OPERATION__TWIN;

        @Override
        public ProductId product() {
            return ProductId.of("twin");
        }

        @Override
        public ErrorCode code() {
            return ErrorCode.parse("FailedOperation.Twin");
        }
    }

    @Override
    public ProductId product() {
        return ProductId.of("twin");
    }

    @Override
    public List<Locale> locales() {
        return List.of(Locale.ENGLISH);
    }

    @Override
    public List<Code> codes() {
        return List.of(Code.FAILED_OPERATION__TWIN);
    }
}
