package dev.errorcatalog.spring;

import dev.errorcatalog.ErrorCatalog;
import dev.errorcatalog.ProductId;
import dev.errorcatalog.Resolution;
import dev.errorcatalog.RetryAdvice;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The category-to-status table, against every category in the shipped catalogs. */
class ProblemStatusTest {
    @Test
    void everyCategoryOfTheShippedCatalogsHasAStatus() {
        ErrorCatalog catalog = ErrorCatalog.load();
        Set<String> products = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (ProductId product : catalog.products()) {
            products.add(product.value());
            for (Resolution r : catalog.product(product).entries(Locale.ENGLISH)) {
                String category = ProblemStatus.categoryOf(r.requested());
                if (ProblemStatus.ofCategory(category).isEmpty()) {
                    missing.add(product + ":" + category);
                }
            }
        }
        // every shipped product is on this module's test class path, so the loop saw them all
        assertEquals(Set.of("common", "kms", "legacy", "live", "vod"), products);
        assertEquals(Set.of(), missing, "categories without a status in ProblemStatus");
    }

    @Test
    void theTable() {
        Map<String, Integer> expected = Map.ofEntries(
                Map.entry("InvalidParameter", 400), Map.entry("InvalidParameterValue", 400), Map.entry("MissingParameter", 400),
                Map.entry("UnknownParameter", 400), Map.entry("InvalidFilter", 400), Map.entry("InvalidRequest", 400),
                Map.entry("InvalidAction", 400), Map.entry("DryRunOperation", 400), Map.entry("UnsupportedOperation", 400),
                Map.entry("UnsupportedProtocol", 400), Map.entry("UnsupportedRegion", 400),
                Map.entry("AuthFailure", 401),
                Map.entry("UnauthorizedOperation", 403), Map.entry("OperationDenied", 403), Map.entry("IpInBlacklist", 403),
                Map.entry("IpNotInWhitelist", 403), Map.entry("LimitExceeded", 403),
                Map.entry("ResourceNotFound", 404), Map.entry("NoSuchProduct", 404), Map.entry("NoSuchVersion", 404),
                Map.entry("ResourceInUse", 409), Map.entry("ResourceInsufficient", 409), Map.entry("ResourceUnavailable", 409),
                Map.entry("RequestSizeLimitExceeded", 413),
                Map.entry("RequestLimitExceeded", 429),
                Map.entry("FailedOperation", 502), Map.entry("InternalError", 502),
                Map.entry("ResponseSizeLimitExceeded", 502), Map.entry("ActionOffline", 502),
                Map.entry("ServiceUnavailable", 503));
        assertEquals(expected.size(), ProblemStatus.table().size());
        expected.forEach((category, status) -> assertEquals(status, ProblemStatus.table().get(category).value(), category));
    }

    @Test
    void throttlingAdviceIs429WhateverTheCategoryAndAnUnknownCategoryIs500() {
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, ProblemStatus.of("InvalidRequest.LimitExceeded", RetryAdvice.THROTTLED));
        // a rate limit filed under the quota category (live's) is throttling, not a quota: 429, not 403
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, ProblemStatus.of("LimitExceeded.RateLimitExceeded", RetryAdvice.THROTTLED));
        assertEquals(HttpStatus.FORBIDDEN, ProblemStatus.of("LimitExceeded.MaximumTask", RetryAdvice.DO_NOT_RETRY));
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, ProblemStatus.of("FailedOperation.Throttled", RetryAdvice.THROTTLED));
        assertEquals(HttpStatus.BAD_REQUEST, ProblemStatus.of("InvalidRequest.Forbidden", RetryAdvice.DO_NOT_RETRY));
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("ResourceUnavailable.CmkDisabled", RetryAdvice.DO_NOT_RETRY));
        assertEquals(HttpStatus.INTERNAL_SERVER_ERROR, ProblemStatus.of("Mystery.Unheard", RetryAdvice.UNKNOWN));
        assertEquals("ResourceUnavailable", ProblemStatus.categoryOf("ResourceUnavailable.CmkDisabled"));
        assertEquals("InternalError", ProblemStatus.categoryOf("InternalError"));
        assertTrue(ProblemStatus.ofCategory("Mystery").isEmpty());
    }

    @Test
    void busyAdviceIs409WhateverTheCategory() {
        // a resource busy with another task: its state refuses the request for now, not an upstream failure (502)
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("FailedOperation.RotateTaskRunning", RetryAdvice.BUSY));
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("InvalidParameter.TaskRunning", RetryAdvice.BUSY));
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("LimitExceeded.MaximumRunningTask", RetryAdvice.BUSY));
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("Mystery.Busy", RetryAdvice.BUSY));
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("ResourceInUse", RetryAdvice.BUSY));
        // the same categories without that advice keep their own status
        assertEquals(HttpStatus.BAD_GATEWAY, ProblemStatus.of("FailedOperation.RotateTaskRunning", RetryAdvice.UNKNOWN));
        assertEquals(HttpStatus.BAD_GATEWAY, ProblemStatus.of("FailedOperation.RotateTaskRunning", RetryAdvice.TRANSIENT));
    }

    @Test
    void eachAdviceGivesItsOwnStatusOrElseTheCategorys() {
        // a retryable advice added to RetryAdvice without a thought for its status is caught here
        for (RetryAdvice advice : RetryAdvice.values()) {
            HttpStatus status = ProblemStatus.of("FailedOperation.X", advice);
            HttpStatus expected = switch (advice) {
                case THROTTLED -> HttpStatus.TOO_MANY_REQUESTS;
                case BUSY -> HttpStatus.CONFLICT;
                case TRANSIENT, CLOCK_SKEW, DO_NOT_RETRY, UNKNOWN -> HttpStatus.BAD_GATEWAY;
            };
            assertEquals(expected, status, advice.name());
        }
    }

    @Test
    void aMissingThingIs404WhereItsCategoryBlamesTheResourcesStateOrTheUpstream() {
        // the code says what happened: a key that does not exist is not a key in the wrong state, nor the API failing
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("ResourceUnavailable.CmkNotFound", RetryAdvice.DO_NOT_RETRY));
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("FailedOperation.ClusterNotFound", RetryAdvice.UNKNOWN));
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("FailedOperation.RoomNotExist", RetryAdvice.UNKNOWN));
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("FailedOperation.SessionNotExists", RetryAdvice.UNKNOWN));
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("FailedOperation.AccountNotExisted", RetryAdvice.UNKNOWN));
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("InternalError.TemplateNotFound", RetryAdvice.TRANSIENT));
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("ResourceInUse.AliasNotFound", RetryAdvice.UNKNOWN));
        // an API 2.0 code, whose category has no row (500)
        assertEquals(HttpStatus.NOT_FOUND, ProblemStatus.of("InvalidInstanceId.NotFound", RetryAdvice.UNKNOWN));
        // a category that already blames the request keeps its status: the caller's credentials, rights, parameters
        assertEquals(HttpStatus.UNAUTHORIZED, ProblemStatus.of("AuthFailure.SecretIdNotFound", RetryAdvice.DO_NOT_RETRY));
        assertEquals(HttpStatus.FORBIDDEN, ProblemStatus.of("UnauthorizedOperation.RoleNotExists", RetryAdvice.UNKNOWN));
        assertEquals(HttpStatus.BAD_REQUEST, ProblemStatus.of("InvalidParameterValue.KeyNotFound", RetryAdvice.UNKNOWN));
        // only the last part counts, and only these endings: "not found or audited" is not plainly missing
        assertEquals(HttpStatus.BAD_GATEWAY, ProblemStatus.of("FailedOperation.CertificateNotFoundOrAudited", RetryAdvice.UNKNOWN));
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("ResourceUnavailable.NotFoundSomething.Locked", RetryAdvice.UNKNOWN));
        // advice comes first: a throttled or busy code keeps 429 or 409
        assertEquals(HttpStatus.TOO_MANY_REQUESTS, ProblemStatus.of("FailedOperation.KeyNotFound", RetryAdvice.THROTTLED));
        assertEquals(HttpStatus.CONFLICT, ProblemStatus.of("FailedOperation.KeyNotFound", RetryAdvice.BUSY));
    }
}
