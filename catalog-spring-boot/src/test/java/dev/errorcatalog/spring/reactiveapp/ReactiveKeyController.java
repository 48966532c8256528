package dev.errorcatalog.spring.reactiveapp;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest;
import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.util.Locale;

/** A WebFlux controller with nothing about errors in it: the starter answers them. */
@RestController
class ReactiveKeyController {
    private final KmsClient kms;
    private final ErrorCatalog catalog;

    ReactiveKeyController(KmsClient kms, ErrorCatalog catalog) {
        this.kms = kms;
        this.catalog = catalog;
    }

    /** The SDK's blocking call off the event loop, as a reactive service makes it: its exception arrives as a signal. */
    @GetMapping("/keys/{id}")
    Mono<String> alias(@PathVariable String id) {
        DescribeKeyRequest request = new DescribeKeyRequest();
        request.setKeyId(id);
        return Mono.fromCallable(() -> kms.DescribeKey(request).getKeyMetadata().getAlias())
                .subscribeOn(Schedulers.boundedElastic());
    }

    /** A service that reads an error envelope itself and throws the library's exception for it, before any Mono. */
    @GetMapping("/videos/{id}")
    Mono<String> video(@PathVariable String id) {
        throw catalog.product("vod").failure(ApiError.of("InvalidParameterValue.FileIdsTooMany",
                "server says: too many file ids", "req-vod-" + id), Locale.ENGLISH);
    }

    /** The SDK with nothing listening: no answer from the API at all. */
    @GetMapping("/offline")
    Mono<String> offline() {
        return Mono.fromCallable(() -> {
            HttpProfile http = new HttpProfile();
            http.setEndpoint("127.0.0.1:" + closedPort());
            http.setProtocol("http://");
            http.setConnTimeout(2);
            ClientProfile profile = new ClientProfile();
            profile.setHttpProfile(http);
            return new KmsClient(new Credential("AKIDtest", "secret"), "ap-guangzhou", profile)
                    .DescribeKey(new DescribeKeyRequest()).getRequestId();
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** A loopback port nothing listens on: one just closed. */
    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** A code that is not a code: the library refuses it, a fault of the service. */
    @GetMapping("/lookup/{code}")
    Mono<String> lookup(@PathVariable String code) {
        return Mono.fromSupplier(() -> catalog.resolve("vod", code, Locale.ENGLISH).message());
    }
}
