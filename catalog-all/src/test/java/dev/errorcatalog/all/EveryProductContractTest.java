package dev.errorcatalog.all;

import dev.errorcatalog.testkit.ProviderContract;
import org.junit.jupiter.api.Test;

/** Every product of the data keeps the providers' rules, and each bundle holds exactly the codes it words. */
class EveryProductContractTest {
    @Test
    void everyProductKeepsTheContract() {
        ProviderContract.verify(new EveryProduct()).assertClean();
    }
}
