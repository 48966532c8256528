package dev.errorcatalog.tencentcloud;

import dev.errorcatalog.ApiAction;
import dev.errorcatalog.ProductId;

import java.util.Optional;

/**
 * The API action an SDK exception came from, read off its stack trace: the SDK's client class of each product and
 * version ({@code com.tencentcloudapi.kms.v20190118.KmsClient}) has one method per action, named as the action
 * ({@code DescribeKey}), and every call of it throws from below that frame.
 */
final class SdkActions {
    private static final String PACKAGE = "com.tencentcloudapi.";

    private SdkActions() {
    }

    /**
     * The action of the first client frame of the throwable's stack trace, else of its suppressed exceptions' (a
     * Reactor checkpoint cuts the trace to its first frame and keeps the rest in one); empty when no frame is a
     * client's method or the trace cannot be read.
     */
    static Optional<ApiAction> of(Throwable t) {
        Optional<ApiAction> own = inTrace(t);
        if (own.isPresent()) {
            return own;
        }
        Throwable[] suppressed = TencentCloudErrors.read(t::getSuppressed);
        if (suppressed != null) {
            for (Throwable s : suppressed) {
                Optional<ApiAction> found = s == null ? Optional.empty() : inTrace(s);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<ApiAction> inTrace(Throwable t) {
        StackTraceElement[] frames = TencentCloudErrors.read(t::getStackTrace);
        if (frames == null) {
            return Optional.empty();
        }
        for (StackTraceElement frame : frames) {
            Optional<ApiAction> action = frame == null ? Optional.empty() : of(frame.getClassName(), frame.getMethodName());
            if (action.isPresent()) {
                return action;
            }
        }
        return Optional.empty();
    }

    /** {@code com.tencentcloudapi.<product>.v<yyyymmdd>.<Name>Client} and an action's name, else empty. */
    static Optional<ApiAction> of(String className, String method) {
        if (className == null || method == null || !className.startsWith(PACKAGE) || !className.endsWith("Client")
                || !ApiAction.isName(method)) {
            return Optional.empty();
        }
        String[] parts = className.substring(PACKAGE.length()).split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("[a-z][a-z0-9]{0,31}") || !isVersion(parts[1]) || parts[2].equals("AbstractClient")) {
            return Optional.empty();
        }
        String v = parts[1];
        return Optional.of(new ApiAction(ProductId.of(parts[0]),
                v.substring(1, 5) + "-" + v.substring(5, 7) + "-" + v.substring(7, 9), method));
    }

    private static boolean isVersion(String part) {
        if (part.length() != 9 || part.charAt(0) != 'v') {
            return false;
        }
        for (int i = 1; i < 9; i++) {
            if (part.charAt(i) < '0' || part.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
