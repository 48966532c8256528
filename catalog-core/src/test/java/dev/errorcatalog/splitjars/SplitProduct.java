package dev.errorcatalog.splitjars;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.splitbase.SplitProvider;

import java.util.Collection;
import java.util.List;

/** A product module with the default bundle paths; {@code OwnResourceTest} loads it from a jar of its own. */
public class SplitProduct extends SplitProvider {
    @Override
    public Collection<? extends CodeDefinition> codes() {
        return List.of(CodeDefinition.of("split", "FailedOperation", CodeMetadata.NONE),
                CodeDefinition.of("split", "FailedOperation.Shipped", CodeMetadata.NONE));
    }
}
