package dev.errorcatalog.tencentcloud;

import dev.errorcatalog.ApiAction;

import java.util.Optional;

/**
 * The API action an SDK exception came from, read off its stack trace: the SDK's client class of each product and
 * version ({@code com.tencentcloudapi.kms.v20190118.KmsClient}) has one method per action, named as the action
 * ({@code DescribeKey}), and every call of it throws from below that frame.
 */
final class SdkActions {
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

    /** The action of one frame: {@link ApiAction#ofClientMethod}, the SDK's naming, read in core as the command line reads a paste. */
    static Optional<ApiAction> of(String className, String method) {
        return ApiAction.ofClientMethod(className, method);
    }
}
