package dev.errorcatalog.spring.app;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A service as a user writes it: Spring Boot, the official SDK's KMS client, and the starter on the class path. */
@SpringBootApplication
public class DemoApplication {
    /** The KMS client, sending to the API stand-in at {@code demo.kms.endpoint} over plain HTTP. */
    @Bean
    KmsClient kmsClient(@Value("${demo.kms.endpoint}") String endpoint) {
        return new KmsClient(new Credential("AKIDtest", "secret"), "ap-guangzhou", profile(endpoint));
    }

    /**
     * Live through the SDK's common client (the live client is not on the test class path), sending to the same
     * stand-in: it answers any 3.0 API's calls.
     */
    @Bean
    CommonClient liveClient(@Value("${demo.kms.endpoint}") String endpoint) {
        return new CommonClient("live", "2018-08-01", new Credential("AKIDtest", "secret"), "ap-guangzhou",
                profile(endpoint));
    }

    private static ClientProfile profile(String endpoint) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint(endpoint);
        http.setProtocol("http://");
        http.setConnTimeout(5);
        http.setReadTimeout(5);
        ClientProfile profile = new ClientProfile();
        profile.setHttpProfile(http);
        return profile;
    }
}
