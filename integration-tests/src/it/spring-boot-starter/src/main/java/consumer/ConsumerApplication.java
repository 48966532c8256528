package consumer;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service whose call to Tencent Cloud was throttled; nothing in it handles the error. */
@SpringBootApplication
@RestController
public class ConsumerApplication {
    public static void main(String[] args) {
        SpringApplication.run(ConsumerApplication.class, args);
    }

    @GetMapping("/throttled")
    String throttled() throws TencentCloudSDKException {
        throw new TencentCloudSDKException("server says: slow down", "req-it-1", "RequestLimitExceeded");
    }
}
