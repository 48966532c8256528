package dev.errorcatalog.tencentcloud;

import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import com.tencentcloudapi.common.profile.Language;
import com.tencentcloudapi.kms.v20190118.KmsClient;
import com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest;
import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.Product;
import dev.errorcatalog.testing.ReadmeBlock;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.ConnectException;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's quick start, the path a service takes, run against the real SDK and an API on the loopback address:
 * the service built once, then its handler called per request.
 */
class ReadmeServicePathTest {
    private final List<String> responses = new ArrayList<>();

    private void respond(int status, Object body) {
        responses.add(status + " " + body);
    }

    private void retryAfter(Duration wait, DescribeKeyRequest request) {
        responses.add("retry " + request.getKeyId() + " after " + wait);
    }

    // service-path:begin
    class KeyService {
        private static final System.Logger log = System.getLogger(KeyService.class.getName());

        // Built once at start-up and shared: loading the catalog reads every installed product's index (milliseconds)
        private final TencentCloudErrors errors = TencentCloudErrors.of(ErrorCatalog.load());
        private final Product product = errors.catalog().product("kms");
        // One client per language the API answers in, so that its own messages come in the request's language too
        private final Map<Language, KmsClient> clients = new EnumMap<>(Language.class);

        KeyService(Credential credential, HttpProfile http) {
            for (Language language : Language.values()) {          // ZH_CN and EN_US
                ClientProfile profile = new ClientProfile();        // one each: a client keeps its profile
                profile.setHttpProfile(http);
                profile.setLanguage(language);
                clients.put(language, new KmsClient(credential, "ap-guangzhou", profile));
            }
        }

        void describeKey(DescribeKeyRequest request, String acceptLanguage) {
            Locale asked = product.localeOfHeader(acceptLanguage);   // a browser's header: never throws
            KmsClient kms = clients.get(TencentCloudErrors.language(asked));
            try {
                respond(200, kms.DescribeKey(request).getKeyMetadata().getAlias());
            } catch (TencentCloudSDKException e) {
                SdkError error = errors.resolve(product, e, asked);
                log.log(Level.WARNING, error.logLine(), e);         // code, request id, cause; and the stack trace
                if (error.retryDecision().retry()) {                // DescribeKey is a read: repeating it is safe
                    retryAfter(error.retryDecision().delay(1).orElseThrow(), request);
                } else {
                    respond(400, error.message());                  // CMK已被禁用。 for a zh-CN request
                }
            }
        }
    }
    // service-path:end

    private static HttpProfile http(int port) {
        HttpProfile http = new HttpProfile();
        http.setEndpoint("127.0.0.1:" + port);
        http.setProtocol("http://");
        http.setConnTimeout(5);
        http.setReadTimeout(5);
        return http;
    }

    private KeyService service(int port) {
        return new KeyService(new Credential("AKIDtest", "secret"), http(port));
    }

    private static DescribeKeyRequest keyOne() {
        DescribeKeyRequest request = new DescribeKeyRequest();
        request.setKeyId("key-1");
        return request;
    }

    @Test
    void aDisabledKeyIsAnsweredInTheRequestsLanguage() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("ResourceUnavailable.CmkDisabled", "CMK已被禁用", "req-1")) {
            service(api.port()).describeKey(keyOne(), "zh-CN,zh;q=0.9,en;q=0.8");
            assertEquals(List.of("400 CMK已被禁用。"), responses);
            assertEquals(List.of("zh-CN"), api.languagesSent);
        }
    }

    @Test
    void throttlingIsRetriedAfterTheAdvisedWait() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("RequestLimitExceeded", "Request limit exceeded.", "req-2")) {
            service(api.port()).describeKey(keyOne(), "en-GB,en;q=0.9");
            assertEquals(List.of("retry key-1 after PT1S"), responses);
            assertEquals(List.of("en-US"), api.languagesSent);
        }
    }

    /** The class loader ErrorCatalog.load() discovers with, counting how often it lists the product modules. */
    private static final class CountingLoads extends ClassLoader {
        final AtomicInteger loads = new AtomicInteger();

        CountingLoads(ClassLoader parent) {
            super(parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (name.equals("META-INF/services/dev.errorcatalog.spi.CatalogProvider")) {
                loads.incrementAndGet(); // one listing per load(): the service file names the installed products
            }
            return super.getResources(name);
        }
    }

    /** Settings counting the SDK clients made with them: a client reads its connect timeout once, when it is made. */
    private static final class CountingClients extends HttpProfile {
        final AtomicInteger clients = new AtomicInteger();

        @Override
        public int getConnTimeout() {
            clients.incrementAndGet();
            return super.getConnTimeout();
        }
    }

    @Test
    void theCatalogAndTheClientsAreBuiltOnceForTheServiceNotPerRequest() throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        CountingLoads counting = new CountingLoads(original);
        try (LoopbackApi api = LoopbackApi.answering("ResourceUnavailable.CmkDisabled", "CMK已被禁用", "req-4")) {
            thread.setContextClassLoader(counting);
            CountingClients http = new CountingClients();
            http.setEndpoint("127.0.0.1:" + api.port());
            http.setProtocol("http://");
            KeyService service = new KeyService(new Credential("AKIDtest", "secret"), http);
            ErrorCatalog held = service.errors.catalog();
            service.describeKey(keyOne(), "zh-CN");
            service.describeKey(keyOne(), "en");
            service.describeKey(keyOne(), "zh-CN");

            assertEquals(1, counting.loads.get(), "ErrorCatalog.load() calls for one service and three requests");
            assertEquals(2, http.clients.get(), "SDK clients made for one service and three requests: one per language");
            assertSame(held, service.errors.catalog());
            assertEquals(List.of("zh-CN", "en-US", "zh-CN"), api.languagesSent, "each request's client by its language");
            assertEquals(3, responses.size(), responses.toString());
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Test
    void aRefusedConnectionIsLoggedWithItsCauseAndTheException() throws IOException {
        Logger jul = Logger.getLogger(KeyService.class.getName()); // System.getLogger's default backend; held
        List<LogRecord> records = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                records.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(capture);
        try {
            service(LoopbackApi.closedPort()).describeKey(keyOne(), "en");
        } finally {
            jul.removeHandler(capture);
        }

        assertEquals(List.of("retry key-1 after PT0.2S"), responses, "no answer from the API is transient");
        assertEquals(1, records.size(), records.toString());
        LogRecord record = records.get(0);
        assertEquals(java.util.logging.Level.WARNING, record.getLevel());
        assertTrue(record.getMessage().startsWith("NO_API_ANSWER code=- requestId=- action=kms/2019-01-18/DescribeKey"
                + " retry=TRANSIENT call=READ: "), record.getMessage());
        assertTrue(record.getMessage().contains(" cause=java.net.ConnectException: "), record.getMessage());
        assertTrue(record.getMessage().endsWith("; caused by java.net.ConnectException: Connection refused"),
                record.getMessage());
        TencentCloudSDKException thrown = assertInstanceOf(TencentCloudSDKException.class, record.getThrown(),
                "the exception, for the stack trace");
        assertInstanceOf(ConnectException.class, thrown.getCause());
    }

    @Test
    void theLogLineKeepsTheRequestId() throws IOException {
        try (LoopbackApi api = LoopbackApi.answering("ResourceUnavailable.CmkDisabled", "CMK is disabled", "req-3")) {
            TencentCloudSDKException e = assertThrows(TencentCloudSDKException.class,
                    () -> api.kms(Language.EN_US).DescribeKey(new DescribeKeyRequest()));
            // DescribeKey's list in the official clients does not name CmkDisabled: the line says so
            assertEquals("API_ERROR code=ResourceUnavailable.CmkDisabled requestId=req-3 action=kms/2019-01-18/DescribeKey "
                            + "retry=DO_NOT_RETRY call=READ (ResourceUnavailable.CmkDisabled found in kms; not listed for kms DescribeKey "
                            + "2019-01-18: check the product, version and endpoint): CMK is disabled",
                    TencentCloudErrors.of(ErrorCatalog.load()).resolve("kms", e, Locale.ENGLISH).logLine());
        }
    }

    @Test
    void theReadmeShowsExactlyThisCode() throws IOException {
        ReadmeBlock.assertShowsExactly("service-path", Path.of("src/test/java/dev/errorcatalog/tencentcloud/ReadmeServicePathTest.java"));
    }
}
