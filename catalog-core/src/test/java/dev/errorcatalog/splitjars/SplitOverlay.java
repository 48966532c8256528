package dev.errorcatalog.splitjars;

import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.splitbase.SplitProvider;

import java.util.Collection;
import java.util.List;

/** A company's wording of {@code split}, also with the default paths; {@code OwnResourceTest} loads it from another jar. */
public class SplitOverlay extends SplitProvider {
    @Override
    public Collection<? extends CodeDefinition> codes() {
        return List.of(CodeDefinition.of("split", "FailedOperation.Shipped", CodeMetadata.NONE),
                CodeDefinition.of("split", "FailedOperation.Added", CodeMetadata.NONE));
    }

    @Override
    public int priority() {
        return 10;
    }
}
