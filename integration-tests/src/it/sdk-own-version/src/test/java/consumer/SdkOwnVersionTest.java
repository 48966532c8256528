package consumer;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.Language;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.RetryAdvice;
import dev.errorcatalog.tencentcloud.SdkError;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service with its own SDK version: the bridge's SDK dependency is optional, so the service's version is used. */
class SdkOwnVersionTest {
    private final TencentCloudErrors errors = TencentCloudErrors.of(ErrorCatalog.load());

    @Test
    void theServicesSdkVersionIsTheOneOnTheClassPath() {
        String jar = TencentCloudSDKException.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        assertTrue(jar.endsWith("tencentcloud-sdk-java-common-3.1.1138.jar"), jar);
    }

    @Test
    void itsExceptionsAreResolved() {
        SdkError disabled = errors.resolve("kms",
                new TencentCloudSDKException("CMK已被禁用", "req-1", "ResourceUnavailable.CmkDisabled"), Locale.SIMPLIFIED_CHINESE);
        assertEquals("CMK已被禁用。", disabled.message());
        assertEquals(Optional.of("req-1"), disabled.requestId());
        SdkError dropped = errors.resolve("kms", new TencentCloudSDKException("reset", new IOException("reset")), Locale.ENGLISH);
        assertEquals(RetryAdvice.TRANSIENT, dropped.retry());
        assertEquals(Language.ZH_CN, TencentCloudErrors.language(errors.catalog().product("kms").locale("zh-CN, en;q=0.5")));
    }
}
