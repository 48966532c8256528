package dev.errorcatalog.spi;

import dev.errorcatalog.CodeConstant;
import dev.errorcatalog.CodeDefinition;
import dev.errorcatalog.CodeMetadata;
import dev.errorcatalog.demo.DemoCatalogProvider;
import dev.errorcatalog.demo.DemoCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What ServiceLoader needs of a provider class, and how a typed constant must be named after its code. */
class ProviderRulesTest {

    /** Public but not final. */
    public static class OpenProvider {
        public OpenProvider() {
        }
    }

    /** Final but not public, and no public constructor. */
    static final class HiddenProvider {
        private HiddenProvider() {
        }
    }

    /** Public and final, without a no-argument constructor. */
    public static final class ArgumentProvider {
        public ArgumentProvider(String product) {
        }
    }

    enum MisnamedCode implements CodeConstant {
        FAILED_OPERATION("FailedOperation"),
        DEMO_BUSY("FailedOperation.DemoBusy");

        private final CodeDefinition definition;

        MisnamedCode(String code) {
            this.definition = CodeDefinition.of("demo", code, CodeMetadata.NONE);
        }

        @Override
        public CodeDefinition definition() {
            return definition;
        }
    }

    private static List<String> texts(List<ProviderRules.Violation> violations) {
        return violations.stream().map(ProviderRules.Violation::toString).toList();
    }

    @Test
    void aPublicFinalClassWithAPublicConstructorIsAccepted() {
        assertEquals(List.of(), ProviderRules.ofClass(DemoCatalogProvider.class));
    }

    @Test
    void aClassThatIsNotFinalIsRefused() {
        assertEquals(List.of("the provider class must be public and final"), texts(ProviderRules.ofClass(OpenProvider.class)));
    }

    @Test
    void aClassThatIsNotPublicIsRefused() {
        assertEquals(List.of("the provider class must be public and final",
                        "the provider class has no public no-argument constructor, so ServiceLoader cannot create it"),
                texts(ProviderRules.ofClass(HiddenProvider.class)));
    }

    @Test
    void aClassWithoutANoArgumentConstructorIsRefused() {
        assertEquals(List.of("the provider class has no public no-argument constructor, so ServiceLoader cannot create it"),
                texts(ProviderRules.ofClass(ArgumentProvider.class)));
    }

    @Test
    void constantsNamedAfterTheirCodesAreAccepted() {
        assertEquals(List.of(), ProviderRules.ofConstantNames(Arrays.asList(DemoCode.values())));
    }

    @Test
    void aConstantNamedOtherwiseIsRefused() {
        assertEquals(List.of("FailedOperation.DemoBusy its constant is named DEMO_BUSY but should be FAILED_OPERATION__DEMO_BUSY"),
                texts(ProviderRules.ofConstantNames(Arrays.asList(MisnamedCode.values()))));
    }

    @Test
    void aDefinitionThatIsNotAnEnumConstantHasNoNameToCheck() {
        assertEquals(List.of(), ProviderRules.ofConstantNames(List.of(CodeDefinition.of("demo", "FailedOperation.DemoBusy", CodeMetadata.NONE))));
    }
}
