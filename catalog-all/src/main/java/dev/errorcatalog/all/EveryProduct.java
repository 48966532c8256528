package dev.errorcatalog.all;

import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;
import dev.errorcatalog.spi.ProductCollection;
import org.apiguardian.api.API;

import java.util.List;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * Every Tencent Cloud product the official lists name, other than those with a module of their own (VOD, KMS, Live,
 * which this module depends on, and legacy). Loading reads one small index, the products' ids; a product's codes, and
 * each of its locales, are read the first time they are used. The data is this module's build output, made from the
 * facts committed under {@code src/main/facts} ({@code data/refresh.sh} writes them from the sources).
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public final class EveryProduct implements ProductCollection {
    private volatile DataIndex index;

    /** Reads nothing: the index is read when the catalog first asks for the products. */
    public EveryProduct() {
    }

    @Override
    public List<ProductId> products() {
        return index().ids();
    }

    @Override
    public CatalogProvider provider(ProductId product) {
        return DataProduct.read(product, index().product(product));
    }

    /** The version of the data: the SDK releases and the error-centre feed it was made from. */
    public String dataVersion() {
        return index().version();
    }

    private DataIndex index() {
        DataIndex i = index;
        if (i == null) {
            i = DataIndex.read();
            index = i;
        }
        return i;
    }
}
