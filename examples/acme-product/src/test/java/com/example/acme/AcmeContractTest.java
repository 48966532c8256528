package com.example.acme;

import dev.errorcatalog.testkit.ProviderContract;
import org.junit.jupiter.api.Test;

class AcmeContractTest {
    @Test
    void theModuleKeepsTheContract() {
        ProviderContract.verify(new AcmeCatalogProvider()).assertClean();
    }
}
