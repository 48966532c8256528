package dev.errorcatalog.cli;

import dev.errorcatalog.ApiAction;
import dev.errorcatalog.ProductId;

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
        String[] parts = text.substring(start, open).split("\\.", -1);
        if (parts.length != 4 || !parts[2].endsWith("Client") || !ApiAction.isName(parts[3])
                || !parts[0].matches("[a-z][a-z0-9]{0,31}") || !parts[1].matches("v\\d{8}")) {
            return Optional.empty();
        }
        String v = parts[1];
        String version = v.substring(1, 5) + "-" + v.substring(5, 7) + "-" + v.substring(7, 9);
        try {
            return Optional.of(new ApiAction(ProductId.of(parts[0]), version, parts[3]));
        } catch (RuntimeException notAnAction) {
            return Optional.empty();
        }
    }
}
