package dev.errorcatalog.spring.app;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest;
import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/** The other ways a failure leaves a controller, and the message source as a template would use it. */
@RestController
class OtherFailuresController {
    private final ErrorCatalog catalog;
    private final MessageSource messages;
    private final int closedPort;

    OtherFailuresController(ErrorCatalog catalog, MessageSource messages, @Value("${demo.closed-port}") int closedPort) {
        this.catalog = catalog;
        this.messages = messages;
        this.closedPort = closedPort;
    }

    /** A service that reads an error envelope itself and throws the library's exception for it. */
    @GetMapping("/videos/{id}")
    String video(@PathVariable String id) {
        throw catalog.product("vod").failure(ApiError.of("InvalidParameterValue.FileIdsTooMany",
                "server says: too many file ids", "req-vod-" + id), Locale.ENGLISH);
    }

    /** A code that is not a code: the library refuses it, a fault of the service. */
    @GetMapping("/lookup/{code}")
    String lookup(@PathVariable String code) {
        return catalog.resolve("vod", code, Locale.ENGLISH).message();
    }

    /** The SDK with nothing listening: no answer from the API at all. */
    @GetMapping("/offline")
    String offline() throws TencentCloudSDKException {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("127.0.0.1:" + closedPort);
        http.setProtocol("http://");
        http.setConnTimeout(2);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        KmsClient kms = new KmsClient(new Credential("AKIDtest", "secret"), "ap-guangzhou", profile);
        return kms.DescribeKey(new DescribeKeyRequest()).getRequestId();
    }

    /** A message by its code in the request's locale, as a template resolves it. */
    @GetMapping("/messages/{code}")
    String message(@PathVariable String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
