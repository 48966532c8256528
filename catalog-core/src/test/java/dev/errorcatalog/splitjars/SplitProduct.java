package dev.errorcatalog.splitjars;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** A product module with the default bundle paths; {@code OwnResourceTest} loads it from a jar of its own. */
public class SplitProduct implements CatalogProvider {
    @Override
    public ProductId product() {
        return ProductId.of("split");
    }

    @Override
    public List<Locale> locales() {
        return List.of(Locale.ENGLISH);
    }

    @Override
    public Collection<? extends CodeDefinition> codes() {
        return List.of(CodeDefinition.of("split", "FailedOperation", CodeMetadata.NONE),
                CodeDefinition.of("split", "FailedOperation.Shipped", CodeMetadata.NONE));
    }
}
