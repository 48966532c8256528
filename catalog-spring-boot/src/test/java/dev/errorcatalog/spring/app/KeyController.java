package dev.errorcatalog.spring.app;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The README's controller: nothing about errors in it, the starter answers them. */
// spring-boot:begin
@RestController
class KeyController {
    private final KmsClient kms;

    KeyController(KmsClient kms) {
        this.kms = kms;
    }

    @GetMapping("/keys/{id}")
    String alias(@PathVariable String id) throws TencentCloudSDKException {
        DescribeKeyRequest request = new DescribeKeyRequest();
        request.setKeyId(id);
        // a TencentCloudSDKException becomes an application/problem+json answer in the caller's language
        return kms.DescribeKey(request).getKeyMetadata().getAlias();
    }
}
// spring-boot:end
