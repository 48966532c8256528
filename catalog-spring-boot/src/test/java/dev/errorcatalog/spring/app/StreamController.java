package dev.errorcatalog.spring.app;

import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.CommonRequest;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/** A live call through the SDK's common client; the application binds that client to live (errorcatalog.sdk.clients.live). */
@RestController
class StreamController {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final CommonClient live;

    StreamController(CommonClient live) {
        this.live = live;
    }

    @GetMapping("/streams/{name}")
    String state(@PathVariable String name) throws TencentCloudSDKException {
        // the path's text goes in as a JSON value, never pasted into the JSON
        String body = JSON.writeValueAsString(Map.of("AppName", "live", "DomainName", "play.example.com",
                "StreamName", name));
        return live.commonRequest(new CommonRequest(body), "DescribeLiveStreamState");
    }
}
