package dev.errorcatalog.cli;

import dev.errorcatalog.ApiAction;

import java.util.Optional;

/**
 * The API action of a pasted Java stack trace: the first frame of an SDK client's method,
 * {@code at com.tencentcloudapi.kms.v20190118.KmsClient.DescribeKey(KmsClient.java:1234)}, names the product, the
 * API version and the action. Each candidate is one line at most, so a pasted megabyte is read in one pass.
 */
final class PastedFrames {
    private static final String FRAME = "at com.tencentcloudapi.";
    /** Longer than any client frame's class and method name. */
    private static final int MAX_FRAME = 300;

    private PastedFrames() {
    }

    /** The action of the first client frame in the text; empty when no frame is a client's method. */
    static Optional<ApiAction> action(String text) {
        for (int at = text.indexOf(FRAME); at >= 0; at = text.indexOf(FRAME, at + FRAME.length())) {
            Optional<ApiAction> action = frame(text, at + FRAME.length());
            if (action.isPresent()) {
                return action;
            }
        }
        return Optional.empty();
    }

    /** {@code <product>.v<yyyymmdd>.<Name>Client.<Action>(} from {@code start}, else empty. */
    private static Optional<ApiAction> frame(String text, int start) {
        int open = -1;
        // a frame's name is short: looking no further keeps a paste of many half frames one pass
        for (int i = start, end = Math.min(text.length(), start + MAX_FRAME); i < end && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '(') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return Optional.empty();
        }
        String frame = text.substring(start - "com.tencentcloudapi.".length(), open);
        int dot = frame.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : ApiAction.ofClientMethod(frame.substring(0, dot), frame.substring(dot + 1));
    }
}
