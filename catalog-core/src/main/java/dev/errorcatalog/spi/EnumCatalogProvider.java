package dev.errorcatalog.spi;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.ProductId;
import org.apiguardian.api.API;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import static org.apiguardian.api.API.Status.MAINTAINED;

/**
 * A provider whose codes are the constants of an enum. A product module's provider is then one constructor:
 * <pre>{@code
 * public final class VodCatalogProvider extends EnumCatalogProvider<VodCode> {
 *     public VodCatalogProvider() {
 *         super(VodCode.PRODUCT, VodCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
 *     }
 * }
 * }</pre>
 *
 * <p>Part of the SPI (the {@code spi} package), maintained as {@link CatalogProvider} is.
 */
@API(status = MAINTAINED, since = "0.1.0")
public abstract class EnumCatalogProvider<E extends Enum<E> & CodeDefinition> implements CatalogProvider {
    private final ProductId product;
    private final Class<E> codes;
    private final List<Locale> locales;

    /** A provider of the product {@code product} whose codes are the constants of {@code codes}; English first. */
    protected EnumCatalogProvider(ProductId product, Class<E> codes, Locale... locales) {
        this.product = product;
        this.codes = codes;
        this.locales = List.of(locales);
    }

    @Override
    public final ProductId product() {
        return product;
    }

    @Override
    public final List<Locale> locales() {
        return locales;
    }

    @Override
    public final Collection<E> codes() {
        return EnumSet.allOf(codes);
    }

    /** The enum of the product's codes. */
    public final Class<E> codeType() {
        return codes;
    }

    @Override
    public String toString() {
        return getClass().getName() + "[" + product + "]";
    }
}
