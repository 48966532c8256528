package consumer;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.MatchKind;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.UnknownProductException;
import dev.errorcatalog.kms.KmsCode;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A project that depends on catalog-kms alone, versions from the BOM. */
class KmsOnlyTest {
    private final ErrorCatalog catalog = ErrorCatalog.builder().discover(getClass().getClassLoader()).strict(true).build();

    @Test
    void kmsAndCommonCodesResolve() {
        assertEquals(Set.of(ProductId.COMMON, ProductId.of("kms")), catalog.products());
        assertEquals("The CMK has been disabled.", catalog.resolve(KmsCode.RESOURCE_UNAVAILABLE__CMK_DISABLED, Locale.ENGLISH).message());
        assertEquals("CMK已被禁用。", catalog.product("kms").resolve("ResourceUnavailable.CmkDisabled", catalog.product("kms").locale("zh-CN")).message());
        assertEquals(MatchKind.COMMON, catalog.resolve("kms", "AuthFailure.SignatureExpire", Locale.ENGLISH).kind());
    }

    @Test
    void askingForVodSaysWhatIsInstalled() {
        UnknownProductException e = assertThrows(UnknownProductException.class,
                () -> catalog.resolve("vod", "InvalidParameterValue.FileIdsTooMany", Locale.ENGLISH));
        assertEquals("unknown product 'vod'; installed: common, kms", e.getMessage());
    }

    @Test
    void theDependencyTreeHoldsNoOtherProductModule() {
        List<String> jars = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(p -> new File(p).getName()).toList();
        assertTrue(jars.stream().anyMatch(j -> j.startsWith("catalog-kms-")), jars.toString());
        assertTrue(jars.stream().anyMatch(j -> j.startsWith("catalog-core-")), jars.toString());
        for (String other : List.of("catalog-vod", "catalog-live", "catalog-legacy", "catalog-cli")) {
            assertTrue(jars.stream().noneMatch(j -> j.startsWith(other)), other + " is on the class path: " + jars);
        }
        assertThrows(ClassNotFoundException.class, () -> Class.forName("dev.errorcatalog.vod.VodCode"));
    }
}
