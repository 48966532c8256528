package dev.errorcatalog.splitbase;

import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;

import java.util.List;
import java.util.Locale;

/**
 * What the two providers of {@code split} share. Outside their package, so it comes from the test classes while each
 * of them comes from a jar of its own ({@code OwnResourceTest}).
 */
public abstract class SplitProvider implements CatalogProvider {
    @Override
    public ProductId product() {
        return ProductId.of("split");
    }

    @Override
    public List<Locale> locales() {
        return List.of(Locale.ENGLISH);
    }
}
