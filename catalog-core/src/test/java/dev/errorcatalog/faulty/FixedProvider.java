package dev.errorcatalog.faulty;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.ErrorCode;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.spi.CatalogProvider;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** A provider with a fixed list of codes, the base of the deliberately broken providers. */
public abstract class FixedProvider implements CatalogProvider {
    record Code(ProductId product, ErrorCode code, CodeMetadata metadata) implements CodeDefinition {
    }

    private final ProductId id;
    private final List<Code> codes;

    FixedProvider(String id, String... codes) {
        this.id = ProductId.of(id);
        this.codes = Arrays.stream(codes).map(c -> new Code(this.id, ErrorCode.parse(c), CodeMetadata.NONE)).toList();
    }

    FixedProvider(String id, List<Code> codes) {
        this.id = ProductId.of(id);
        this.codes = codes;
    }

    @Override
    public ProductId product() {
        return id;
    }

    @Override
    public List<Locale> locales() {
        return List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE);
    }

    @Override
    public List<? extends CodeDefinition> codes() {
        return codes;
    }
}
