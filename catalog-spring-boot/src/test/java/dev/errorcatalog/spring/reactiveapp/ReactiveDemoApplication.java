package dev.errorcatalog.spring.reactiveapp;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * A reactive service as a user writes it: Spring Boot with WebFlux, the official SDK's KMS client, and the starter on
 * the class path. Its own package, beside the servlet application's ({@code app}), so neither scans the other's
 * controllers.
 */
@SpringBootApplication
public class ReactiveDemoApplication {
    /** The KMS client, sending to the API stand-in at {@code demo.kms.endpoint} over plain HTTP. */
    @Bean
    KmsClient kmsClient(@Value("${demo.kms.endpoint}") String endpoint) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(endpoint);
        http.setProtocol("http://");
        http.setConnTimeout(5);
        http.setReadTimeout(5);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return new KmsClient(new Credential("AKIDtest", "secret"), "ap-guangzhou", profile);
    }
}
