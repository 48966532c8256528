package dev.errorcatalog.spring;

import dev.errorcatalog.ApiError;
import dev.errorcatalog.ErrorCatalog;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errorcatalog.tencentcloud.SdkError;
import dev.errorcatalog.spring.app.LogCapture;
import dev.errorcatalog.tencentcloud.TencentCloudErrors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import java.net.ConnectException;
import java.time.Duration;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The problem answer outside a web application: what the advices hand back. */
class ProblemAnswersTest {
    private static final ErrorCatalog CATALOG = ErrorCatalog.load();
    private static final ApiError THROTTLED = ApiError.of("RequestLimitExceeded", "slow down, says the server", "req-9");

    @Test
    void theServersMessageIsThereOnlyWhenAskedFor() {
        ProblemDetail hidden = new ProblemAnswers(CATALOG, new StaticMessageSource(), false)
                .forApiError("kms", THROTTLED, Locale.ENGLISH, RuntimeException.class).getBody();
        assertFalse(hidden.getProperties().containsKey("serverMessage"));
        ResponseEntity<ProblemDetail> shown = new ProblemAnswers(CATALOG, new StaticMessageSource(), true)
                .forApiError("kms", THROTTLED, Locale.ENGLISH, RuntimeException.class);
        assertEquals("slow down, says the server", shown.getBody().getProperties().get("serverMessage"));
        assertEquals("1", shown.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertEquals(429, shown.getStatusCode().value());
    }

    @Test
    void theApplicationsMessagesForTheExceptionClassWinOverOurs() {
        StaticMessageSource own = new StaticMessageSource();
        own.addMessage("problemDetail.title." + IllegalStateException.class.getName(), Locale.ENGLISH, "Slow down");
        own.addMessage("problemDetail.errorcatalog.kms.RequestLimitExceeded", Locale.ENGLISH, "{0} for {1}, request {2}: {3}");
        own.addMessage("problemDetail.type.errorcatalog.kms.RequestLimitExceeded", Locale.ENGLISH, "https://example.com/slow");
        ProblemDetail p = new ProblemAnswers(CATALOG, own, false)
                .forApiError("kms", THROTTLED, Locale.ENGLISH, IllegalStateException.class).getBody();
        assertEquals("Slow down", p.getTitle());
        assertEquals("RequestLimitExceeded for kms, request req-9: "
                + CATALOG.resolve("kms", "RequestLimitExceeded", Locale.ENGLISH).message(), p.getDetail());
        assertEquals("https://example.com/slow", p.getType().toString());
    }

    @Test
    void aCodeWithCharactersAUrnCannotHoldIsEscaped() {
        ProblemDetail p = new ProblemAnswers(CATALOG, new StaticMessageSource(), false)
                .forApiError("common", ApiError.of("Odd Code/1", null, null), Locale.ENGLISH, RuntimeException.class)
                .getBody();
        assertEquals("urn:errorcatalog:common:Odd%20Code%2F1", p.getType().toString());
        assertEquals(500, p.getStatus());
        assertEquals("The Tencent Cloud API reported an error for which no description is available.", p.getDetail());
    }

    @Test
    void codesThatDifferOnlyOutsideAsciiGetDifferentTypes() {
        ProblemAnswers problems = new ProblemAnswers(CATALOG, new StaticMessageSource(), false);
        String han = problems.forApiError("common", ApiError.of("Foo\u4e2d", null, null), Locale.ENGLISH,
                RuntimeException.class).getBody().getType().toString();
        String breve = problems.forApiError("common", ApiError.of("Foo\u012d", null, null), Locale.ENGLISH,
                RuntimeException.class).getBody().getType().toString();
        assertEquals("urn:errorcatalog:common:Foo%E4%B8%AD", han, "the UTF-8 bytes, each escaped");
        assertEquals("urn:errorcatalog:common:Foo%C4%AD", breve);
    }

    @Test
    void theSdksOwnMessageIsNeverShownEvenWhenTheServersIs() {
        // a connection failure's message is the SDK's: it names a host and port of the service's network
        TencentCloudSDKException e = new TencentCloudSDKException(
                "java.net.ConnectException-Failed to connect to /10.1.2.3:443", new ConnectException("refused"));
        SdkError error = TencentCloudErrors.of(CATALOG).resolve("kms", e, Locale.ENGLISH);
        ResponseEntity<ProblemDetail> answer = new ProblemAnswers(CATALOG, new StaticMessageSource(), true)
                .forSdkError("kms", error, Locale.ENGLISH, TencentCloudSDKException.class);
        assertEquals(503, answer.getStatusCode().value());
        assertFalse(answer.getBody().getProperties().containsKey("serverMessage"));
        assertFalse(answer.getBody().toString().contains("10.1.2.3"));
    }

    @Test
    void aCallTheSdkDidNotSendIsTheServicesFaultAndNotRetried() {
        TencentCloudSDKException e = new TencentCloudSDKException("WrongUsage: Cannot post multipart with customized parameters.");
        SdkError error = TencentCloudErrors.of(CATALOG).resolve("kms", e, Locale.CHINA);
        ResponseEntity<ProblemDetail> answer = new ProblemAnswers(CATALOG, new StaticMessageSource(), true)
                .forSdkError("kms", error, Locale.CHINA, TencentCloudSDKException.class);
        assertEquals(500, answer.getStatusCode().value());
        assertEquals(null, answer.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertEquals("urn:errorcatalog:sdk:not-sent", answer.getBody().getType().toString());
        assertEquals("未向腾讯云 API 发出请求", answer.getBody().getTitle());
        assertEquals("腾讯云 SDK 未发出请求（调用方式有误，或缺少凭证、配置），重试无济于事。", answer.getBody().getDetail());
        assertFalse(answer.getBody().getProperties().containsKey("serverMessage"));
    }

    @Test
    void theTypeIsTheCodesHelpPageWhereItHasOne() {
        ErrorCatalog shop = ErrorCatalog.builder().provider(new dev.errorcatalog.spring.shop.ShopCatalogProvider()).build();
        ProblemDetail p = new ProblemAnswers(shop, new StaticMessageSource(), false).forApiError("shop",
                ApiError.of("InvalidParameterValue.TooManyItems", null, "req-1"), Locale.ENGLISH, RuntimeException.class)
                .getBody();
        assertEquals("https://example.com/shop/too-many-items", p.getType().toString());
        assertEquals(400, p.getStatus());
        assertEquals("At most {max} items in one order.", p.getDetail()); // no arguments: the stored message
    }

    @Test
    void noAnswerAfterAWriteHasNoRetryAfterAndAfterAReadHasOne() {
        TencentCloudSDKException e = new TencentCloudSDKException("Failed to connect", new ConnectException("refused"));
        ProblemAnswers problems = new ProblemAnswers(CATALOG, new StaticMessageSource(), false);
        TencentCloudErrors errors = TencentCloudErrors.of(CATALOG);
        ResponseEntity<ProblemDetail> afterCreate = problems.forSdkError("kms", errors.resolve(CATALOG.product("kms"), e,
                Locale.ENGLISH, dev.errorcatalog.ApiAction.of("kms", "2019-01-18", "CreateKey")), Locale.ENGLISH, TencentCloudSDKException.class);
        assertEquals(503, afterCreate.getStatusCode().value());
        assertEquals(null, afterCreate.getHeaders().getFirst(HttpHeaders.RETRY_AFTER), "the key may have been made");
        assertEquals("CreateKey", afterCreate.getBody().getProperties().get("action"));
        ResponseEntity<ProblemDetail> afterDescribe = problems.forSdkError("kms", errors.resolve(CATALOG.product("kms"), e,
                Locale.ENGLISH, dev.errorcatalog.ApiAction.of("kms", "2019-01-18", "DescribeKey")), Locale.ENGLISH, TencentCloudSDKException.class);
        assertEquals("1", afterDescribe.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertEquals("2019-01-18", afterDescribe.getBody().getProperties().get("apiVersion"));
    }

    @Test
    void aBusyResourceIs409WithRetryAfterFiveSecondsWhateverItsCategory() {
        ErrorCatalog shop = ErrorCatalog.builder().provider(new dev.errorcatalog.spring.shop.ShopCatalogProvider()).build();
        ProblemAnswers problems = new ProblemAnswers(shop, new StaticMessageSource(), false);
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
            ResponseEntity<ProblemDetail> busy = problems.forApiError("shop",
                    ApiError.of("FailedOperation.StocktakeRunning", null, "req-2"), locale, RuntimeException.class);
            assertEquals(409, busy.getStatusCode().value(), "a FailedOperation is 502 unless it is busy");
            assertEquals("5", busy.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
            assertEquals("BUSY", busy.getBody().getProperties().get("retry"));
            assertEquals(shop.resolve("shop", "FailedOperation.StocktakeRunning", locale).message(),
                    busy.getBody().getDetail());
        }
    }

    @Test
    void throttlingIs429WithRetryAfterOneSecondEvenInTheQuotaCategory() {
        ErrorCatalog shop = ErrorCatalog.builder().provider(new dev.errorcatalog.spring.shop.ShopCatalogProvider()).build();
        ResponseEntity<ProblemDetail> throttled = new ProblemAnswers(shop, new StaticMessageSource(), false)
                .forApiError("shop", ApiError.of("LimitExceeded.OrderRate", null, "req-3"), Locale.ENGLISH,
                        RuntimeException.class);
        assertEquals(429, throttled.getStatusCode().value(), "a LimitExceeded is 403 unless it is throttling");
        assertEquals("1", throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));
        assertEquals("THROTTLED", throttled.getBody().getProperties().get("retry"));
    }

    @Test
    void retryAfterIsInWholeSecondsRoundedUp() {
        assertEquals(1, ProblemAnswers.seconds(Duration.ofMillis(200)));
        assertEquals(1, ProblemAnswers.seconds(Duration.ofSeconds(1)));
        assertEquals(3, ProblemAnswers.seconds(Duration.ofMillis(2001)));
        assertEquals(1, ProblemAnswers.seconds(Duration.ZERO));
    }

    @Test
    void theApplicationsTypeWithWhatAServerSentIsAValidUriWhateverItSent() {
        StaticMessageSource own = new StaticMessageSource();
        own.addMessage("problemDetail.type." + RuntimeException.class.getName(), Locale.ENGLISH,
                "https://example.com/errors/{1}/{0}?request={2}#{3}");
        ProblemDetail p = new ProblemAnswers(CATALOG, own, false).forApiError("kms",
                ApiError.of("Bad Code/<x>?#%\r\nforged\u001b[31m\u4e2d\ud83d\ude00", null, "req 1\n"), Locale.ENGLISH,
                RuntimeException.class).getBody();
        assertEquals("https://example.com/errors/kms/Bad%20Code%2F%3Cx%3E%3F%23%25%0D%0Aforged%1B%5B31m%E4%B8%AD%F0%9F%98%80"
                + "?request=req%201%0A#The%20Tencent%20Cloud%20API%20reported%20an%20error%20for%20which%20no%20description"
                + "%20is%20available.", p.getType().toString());
        assertEquals(500, p.getStatus());
    }

    @Test
    void aTypeMessageThatIsNotAUriGivesOursAndIsLoggedOnceQuoted() {
        StaticMessageSource own = new StaticMessageSource();
        own.addMessage("problemDetail.type.errorcatalog.kms.RequestLimitExceeded", Locale.ENGLISH,
                "https://example.com/\u001b[31m\nforged/{0}");
        ProblemAnswers problems = new ProblemAnswers(CATALOG, own, false);
        String ours = CATALOG.resolve("kms", "RequestLimitExceeded", Locale.ENGLISH).helpUrl().map(java.net.URI::toString)
                .orElse("urn:errorcatalog:kms:RequestLimitExceeded");
        try (LogCapture log = new LogCapture()) {
            for (int i = 0; i < 3; i++) {
                ProblemDetail p = problems.forApiError("kms", THROTTLED, Locale.ENGLISH, RuntimeException.class).getBody();
                assertEquals(ours, p.getType().toString());
                assertEquals(429, p.getStatus());
            }
            String text = log.text();
            // one report of the message, beside the line each answer leaves
            assertEquals(1, text.lines().filter(l -> l.contains(" dev.errorcatalog.spring.ProblemAnswers: ")).count(), text);
            assertEquals(3, text.lines().filter(l -> l.contains(" dev.errorcatalog.spring: answered 429 ")).count(), text);
            assertTrue(text.contains("problemDetail.type.errorcatalog.kms.RequestLimitExceeded gives "
                    + "\"https://example.com/\\u001b[31m\\nforged/RequestLimitExceeded\", which is not a URI"), text);
            assertTrue(text.chars().noneMatch(c -> c != '\n' && Character.isISOControl(c)), text);
        }
    }

    @Test
    void aLoneSurrogateInACodeGivesATypeOfItsOwn() {
        ProblemAnswers problems = new ProblemAnswers(CATALOG, new StaticMessageSource(), false);
        String lone = problems.forApiError("common", ApiError.of("Foo\ud800", null, null), Locale.ENGLISH,
                RuntimeException.class).getBody().getType().toString();
        String question = problems.forApiError("common", ApiError.of("Foo?", null, null), Locale.ENGLISH,
                RuntimeException.class).getBody().getType().toString();
        assertEquals("urn:errorcatalog:common:Foo%ED%A0%80", lone, "the surrogate's value in three bytes, as WTF-8");
        assertEquals("urn:errorcatalog:common:Foo%3F", question);
    }

    @Test
    void aSubcodeAnsweredByACommonParentShowsTheServersMessageOnlyInTheAnswersLanguageAndOfSensibleLength() {
        // KMS has no UnknownParameter of its own: the common code answers for its subcodes
        ProblemAnswers problems = new ProblemAnswers(CATALOG, new StaticMessageSource(), false);
        String code = "UnknownParameter.ColourOfTheKey";
        String parent = CATALOG.resolve("common", "UnknownParameter", Locale.ENGLISH).message();
        assertEquals(dev.errorcatalog.MatchKind.COMMON_PARENT, CATALOG.resolve("kms", code, Locale.ENGLISH).kind());
        ProblemDetail told = problems.forApiError("kms", ApiError.of(code, "The parameter Colour is not known.", "r-1"),
                Locale.ENGLISH, RuntimeException.class).getBody();
        assertEquals(400, told.getStatus());
        assertEquals(parent, told.getTitle());
        assertEquals("The parameter Colour is not known.", told.getDetail());
        // in another language than the answer's, or a server's megabyte: the parent's text stands
        ProblemDetail chinese = problems.forApiError("kms", ApiError.of(code, "未知参数。", "r-2"), Locale.ENGLISH,
                RuntimeException.class).getBody();
        assertEquals(parent, chinese.getDetail());
        ProblemDetail endless = problems.forApiError("kms", ApiError.of(code, "x".repeat(401), "r-3"), Locale.ENGLISH,
                RuntimeException.class).getBody();
        assertEquals(parent, endless.getDetail());
    }
}
