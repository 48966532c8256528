package dev.errorcatalog.cli;

import dev.errorcatalog.spi.EnumCatalogProvider;

import java.util.Locale;

/** The provider of {@link EvidenceCode}; given to a catalog by hand, never discovered, so no other test sees it. */
public final class EvidenceCatalogProvider extends EnumCatalogProvider<EvidenceCode> {
    public EvidenceCatalogProvider() {
        super(EvidenceCode.PRODUCT, EvidenceCode.class, Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }
}
