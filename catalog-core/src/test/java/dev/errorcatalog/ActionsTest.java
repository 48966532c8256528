package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which codes each API action can return, read from a product's actions file when first asked for. */
class ActionsTest {
    private static final String FILE = """
            errorcatalog-actions 1
            source\ttencentcloud-sdk-go\t1.3.166\tApache-2.0
            code\tResourceUnavailable.CmkNotFound
            code\tInternalError
            code\tResourceUnavailable.CmkDisabled
            code\tLimitExceeded.CmkLimitExceeded
            action\t2019-01-18\tCreateKey\t3 1
            action\t2019-01-18\tDescribeKey\t0 1
            action\t2019-01-18\tEncrypt\t0 2 1
            action\t2019-01-18\tListKeys\t
            action\t2024-01-01\tDescribeKey\t0 2
            """;

    private final AtomicInteger opened = new AtomicInteger();

    private ErrorCatalog catalog(String file) {
        ScriptedProvider p = new ScriptedProvider("keys", Map.of(Locale.ENGLISH, """
                {"ResourceUnavailable.CmkNotFound": "The key does not exist.", "ResourceUnavailable.CmkDisabled": "The key is disabled.",
                 "ResourceUnavailable": "Unavailable.", "LimitExceeded.CmkLimitExceeded": "Too many keys."}"""),
                "ResourceUnavailable.CmkNotFound", "ResourceUnavailable.CmkDisabled", "ResourceUnavailable",
                "LimitExceeded.CmkLimitExceeded");
        p.openActions = () -> {
            opened.incrementAndGet();
            return Optional.of(new ByteArrayInputStream(file.getBytes(StandardCharsets.UTF_8)));
        };
        return ErrorCatalog.builder().provider(p).build();
    }

    private final ErrorCatalog catalog = catalog(FILE);
    private final Product keys = catalog.product("keys");

    private ApiAction action(String name, String version) {
        return ApiAction.of("keys", version, name);
    }

    @Test
    void anActionsCodesAreItsListInTheListsOrder() {
        ProductActions actions = keys.actions();
        assertEquals(List.of(ErrorCode.parse("LimitExceeded.CmkLimitExceeded"), ErrorCode.parse("InternalError")),
                actions.codes(action("CreateKey", "2019-01-18")));
        assertEquals(List.of(), actions.codes(action("ListKeys", "2019-01-18")), "an action whose list is left out");
        assertEquals(List.of(), actions.codes(action("DeleteKey", "2019-01-18")), "an action the lists do not have");
        assertEquals(5, actions.all().size());
        assertEquals(Optional.of(new Source("actions", Source.Kind.SDK, "tencentcloud-sdk-go", "1.3.166", "Apache-2.0")),
                actions.source());
    }

    @Test
    void anActionByNameIsTheNewestVersionThatHasIt() {
        ProductActions actions = keys.actions();
        assertEquals(Optional.of(action("DescribeKey", "2024-01-01")), actions.find("DescribeKey"));
        assertEquals(Optional.of(action("DescribeKey", "2019-01-18")), actions.find("DescribeKey", "2019-01-18"));
        assertEquals(Optional.of(action("Encrypt", "2019-01-18")), actions.find("Encrypt"));
        assertEquals(Optional.empty(), actions.find("Encrypt", "2024-01-01"));
        assertEquals(Optional.empty(), actions.find("Decrypt"));
    }

    @Test
    void theActionsReturningACodeAreThoseListingThatVeryCode() {
        assertEquals(List.of(action("DescribeKey", "2019-01-18"), action("Encrypt", "2019-01-18"), action("DescribeKey", "2024-01-01")),
                keys.actions().returning("ResourceUnavailable.CmkNotFound"));
        assertEquals(List.of(), keys.actions().returning("ResourceUnavailable"), "a parent is not listed by its subcodes' lists");
        assertEquals(List.of(), keys.actions().returning("NoSuch.Code"));
    }

    @Test
    void aCheckSaysWhetherTheActionListsTheCode() {
        ProductActions actions = keys.actions();
        ApiAction describe = action("DescribeKey", "2019-01-18");
        assertEquals(ActionCheck.Listing.LISTED, actions.check("ResourceUnavailable.CmkNotFound", describe).listing());
        assertEquals(ActionCheck.Listing.NOT_LISTED, actions.check("ResourceUnavailable.CmkDisabled", describe).listing());
        assertEquals(ActionCheck.Listing.COMMON, actions.check("RequestLimitExceeded", describe).listing(),
                "any action may return a common code");
        assertEquals(ActionCheck.Listing.LISTED, actions.check("InternalError", describe).listing());
        assertEquals(ActionCheck.Listing.UNKNOWN_ACTION, actions.check("InternalError", action("ListKeys", "2019-01-18")).listing());
        assertEquals(ActionCheck.Listing.UNKNOWN_ACTION, actions.check("InternalError", action("DeleteKey", "2019-01-18")).listing());
        assertEquals(ActionCheck.Listing.UNKNOWN_ACTION,
                actions.check("ResourceUnavailable.CmkNotFound", ApiAction.of("other", "2019-01-18", "DescribeKey")).listing());
        assertTrue(actions.check("RequestLimitExceeded", describe).expected());
        assertFalse(actions.check("ResourceUnavailable.CmkDisabled", describe).expected());
    }

    @Test
    void aFailureResolvedWithItsActionSaysSoInItsExplanationWhenTheActionDoesNotListIt() {
        ApiError disabled = ApiError.of("ResourceUnavailable.CmkDisabled", "disabled", "r-1");
        Resolution r = keys.resolve(disabled, Locale.ENGLISH, action("DescribeKey", "2019-01-18"));
        assertEquals("The key is disabled.", r.message());
        assertEquals(ActionCheck.Listing.NOT_LISTED, r.action().orElseThrow().listing());
        assertEquals("ResourceUnavailable.CmkDisabled found in keys; not listed for keys DescribeKey 2019-01-18: "
                + "check the product, version and endpoint", r.explain());

        Resolution listed = keys.resolve(disabled, Locale.ENGLISH, action("Encrypt", "2019-01-18"));
        assertEquals("ResourceUnavailable.CmkDisabled found in keys", listed.explain());
        assertEquals(ActionCheck.Listing.LISTED, listed.action().orElseThrow().listing());

        Resolution parent = keys.resolve(ApiError.of("ResourceUnavailable.CmkGone", "gone", "r-2"), Locale.ENGLISH,
                action("DeleteKey", "2019-01-18"));
        assertTrue(parent.explain().endsWith("; answered with keys:ResourceUnavailable; no list of keys DeleteKey 2019-01-18 "
                + "to check it against"), parent.explain());
        assertEquals(Optional.empty(), keys.resolve(disabled, Locale.ENGLISH).action(), "no action given, none checked");
    }

    @Test
    void anotherProductsActionIsRefusedByName() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> keys.resolve(
                ApiError.of("InternalError", "x", "r"), Locale.ENGLISH, ApiAction.of("cvm", "2017-03-12", "RunInstances")));
        assertTrue(e.getMessage().contains("cvm RunInstances 2017-03-12 is not one of keys's"), e.getMessage());
    }

    @Test
    void theListsAreReadWhenFirstAskedForAndOnlyOnce() {
        keys.resolve("ResourceUnavailable.CmkNotFound", Locale.ENGLISH);
        keys.entries(Locale.ENGLISH);
        assertEquals(0, opened.get(), "resolving reads no actions file");
        keys.actions();
        keys.actions().find("CreateKey");
        assertEquals(1, opened.get());
    }

    @Test
    void aProductWithoutAFileHasNoActions() {
        ScriptedProvider p = new ScriptedProvider("bare", Map.of(Locale.ENGLISH, "{\"FailedOperation.X\": \"x\"}"), "FailedOperation.X");
        ErrorCatalog bare = ErrorCatalog.builder().provider(p).build();
        assertTrue(bare.product("bare").actions().isEmpty());
        assertEquals(Optional.empty(), bare.product("bare").actions().source());
        assertEquals(List.of(), bare.problems());
    }

    @Test
    void aBrokenFileIsAProblemNamingItsLineAndTheProductKeepsAnswering() {
        List<String> broken = List.of(
                "errorcatalog-actions 2\n",
                "errorcatalog-actions 1\naction\t2019-01-18\tDescribeKey\t0\n",
                "errorcatalog-actions 1\ncode\tInternalError\naction\t2019-01-18\tDescribeKey\t0 x\n",
                "errorcatalog-actions 1\ncode\tInternalError\naction\t2019-01-18\tDescribeKey\t0\ncode\tFailedOperation\n",
                "errorcatalog-actions 1\ncode\tInternal..Error\n",
                "errorcatalog-actions 1\ncode\tInternalError\ncode\tInternalError\n",
                "errorcatalog-actions 1\ncode\tInternalError\naction\t2019-1-18\tDescribeKey\t0\n",
                "errorcatalog-actions 1\ncode\tInternalError\naction\t2019-01-18\tdescribeKey\t0\n",
                "errorcatalog-actions 1\ncode\tInternalError\naction\t2019-01-18\tDescribeKey\t0\naction\t2019-01-18\tDescribeKey\t\n",
                "errorcatalog-actions 1\nsource\tgo\n",
                "errorcatalog-actions 1\nwhat\n");
        List<String> lines = List.of("line 1: the first line", "line 2: the index 0 is not one of the 0 codes",
                "line 3: '0 x'", "line 4: a code after the first action", "line 2: not an error code",
                "line 3: the code InternalError again", "line 3: ", "line 3: ", "line 4: the action keys DescribeKey 2019-01-18 again",
                "line 2: expected source", "line 2: a line that is no source, code or action");
        for (int i = 0; i < broken.size(); i++) {
            ErrorCatalog c = catalog(broken.get(i));
            Product p = c.product("keys");
            assertTrue(p.actions().isEmpty(), broken.get(i));
            assertEquals("The key does not exist.", p.message("ResourceUnavailable.CmkNotFound", Locale.ENGLISH));
            assertEquals(1, c.problems().size(), broken.get(i));
            CatalogProblem problem = c.problems().get(0);
            assertEquals(Optional.of("META-INF/errorcatalog/keys/actions"), problem.file());
            String expected = lines.get(i).replace("'0 x'", "'x' is not a code's index");
            assertTrue(problem.description().startsWith("the actions file cannot be read: " + expected), problem.description());
        }
    }

    @Test
    void aProviderThatFailsToOpenItsFileIsAProblemToo() {
        ScriptedProvider p = new ScriptedProvider("keys", Map.of(Locale.ENGLISH, "{\"FailedOperation.X\": \"x\"}"), "FailedOperation.X");
        p.openActions = () -> {
            throw new java.io.UncheckedIOException(new IOException("disk gone"));
        };
        ErrorCatalog c = ErrorCatalog.builder().provider(p).build();
        assertTrue(c.product("keys").actions().isEmpty());
        assertTrue(c.problems().get(0).description().contains("disk gone"), c.problems().toString());
    }

    @Test
    void loadingEveryThingChecksTheActionsReportingAProblemOnceWithoutKeepingThem() {
        ErrorCatalog c = catalog("errorcatalog-actions 0\n");
        c.loadAll();
        assertEquals(1, c.problems().size(), c.problems().toString());
        assertTrue(c.product("keys").actions().isEmpty());
        assertEquals(1, c.problems().size(), "reported when checked, not again when asked for: " + c.problems());

        ErrorCatalog good = catalog(FILE);
        opened.set(0);
        good.loadAll();
        assertEquals(1, opened.get(), "checked");
        assertEquals(5, good.product("keys").actions().all().size());
        assertEquals(2, opened.get(), "not kept by loading: read again when first asked for");
        good.product("keys").actions();
        assertEquals(2, opened.get());
    }

    @Test
    void anActionIsAProductAVersionAndAName() {
        ApiAction a = ApiAction.of("kms", "2019-01-18", "DescribeKey");
        assertEquals("kms DescribeKey 2019-01-18", a.toString());
        assertThrows(InvalidValueException.class, () -> ApiAction.of("kms", "20190118", "DescribeKey"));
        assertThrows(InvalidValueException.class, () -> ApiAction.of("kms", "2019-01-1x", "DescribeKey"));
        assertThrows(InvalidValueException.class, () -> ApiAction.of("kms", "2019-01-18", "describeKey"));
        assertThrows(InvalidValueException.class, () -> ApiAction.of("kms", "2019-01-18", "Describe-Key"));
        assertThrows(InvalidValueException.class, () -> ApiAction.of("kms", "2019-01-18", ""));
        assertThrows(InvalidValueException.class, () -> ApiAction.of("kms", "2019-01-18", "D" + "x".repeat(ApiAction.MAX_NAME_LENGTH)));
        assertEquals(ApiAction.MAX_NAME_LENGTH, ApiAction.of("kms", "2019-01-18", "D" + "x".repeat(ApiAction.MAX_NAME_LENGTH - 1)).name().length());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> ApiAction.of("kms", "2019-01-18", "Bad\nName"));
        assertTrue(e.getMessage().contains("Bad\\nName"), e.getMessage());
    }

    @Test
    void anSdkClientsMethodStandsForItsAction() {
        assertEquals(Optional.of(ApiAction.of("kms", "2019-01-18", "DescribeKey")),
                ApiAction.ofClientMethod("com.tencentcloudapi.kms.v20190118.KmsClient", "DescribeKey"));
        for (String[] frame : new String[][]{{"com.tencentcloudapi.common.AbstractClient", "internalRequest"},
                {"com.tencentcloudapi.kms.v20190118.AbstractClient", "DescribeKey"},
                {"com.tencentcloudapi.kms.v20190118.KmsClient", "lambda$DescribeKey$0"},
                {"com.tencentcloudapi.kms.v20190118.models.DescribeKeyRequest", "DescribeKey"},
                {"com.tencentcloudapi.kms.v2019011.KmsClient", "DescribeKey"},
                {"com.tencentcloudapi.kms.x20190118.KmsClient", "DescribeKey"},
                {"com.tencentcloudapi.kms.v2019011x.KmsClient", "DescribeKey"},
                {"com.tencentcloudapi.KMS.v20190118.KmsClient", "DescribeKey"},
                {"com.example.kms.v20190118.KmsClient", "DescribeKey"},
                {"com.tencentcloudapi.kms.v20190118.KmsService", "DescribeKey"},
                {null, "DescribeKey"}, {"com.tencentcloudapi.kms.v20190118.KmsClient", null}}) {
            assertEquals(Optional.empty(), ApiAction.ofClientMethod(frame[0], frame[1]), String.join(".", java.util.Arrays.asList(frame).toString()));
        }
    }
}
