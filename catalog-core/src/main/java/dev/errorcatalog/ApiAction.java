package dev.errorcatalog;

import dev.errorcatalog.i18n.InvalidValueException;
import dev.errorcatalog.i18n.Printable;
import org.apiguardian.api.API;

import java.util.Objects;
import java.util.Optional;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * One action of a product's API at one version, as the official clients name it: {@code kms DescribeKey 2019-01-18}.
 * A failure's action says which codes were to be expected ({@link ProductActions}) and whether the call may be
 * repeated ({@link CallKinds}).
 *
 * @param product the product
 * @param version the API version, {@code yyyy-MM-dd}
 * @param name    the action, as the API names it ({@code DescribeKey}): a capital letter, then letters and digits
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record ApiAction(ProductId product, String version, String name) {
    /** Longer than any action of the official lists (under 80 characters). */
    public static final int MAX_NAME_LENGTH = 128;

    /**
     * @throws InvalidValueException naming what is wrong: a version not {@code yyyy-MM-dd}, a name that is not an
     *                               action's
     */
    public ApiAction {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(name, "name");
        if (!isVersion(version)) {
            throw new InvalidValueException("ApiAction(version)", "the API version " + "\"" + Printable.shorten(version, 40) + "\""
                    + " is not a date yyyy-MM-dd (2019-01-18)");
        }
        if (!isName(name)) {
            throw new InvalidValueException("ApiAction(name)", "the action " + "\"" + Printable.shorten(name, MAX_NAME_LENGTH + 8) + "\""
                    + " is not an API action's name: a capital letter, then up to " + (MAX_NAME_LENGTH - 1)
                    + " ASCII letters and digits (DescribeKey)");
        }
    }

    /** {@code new ApiAction(ProductId.of(product), version, name)}. */
    public static ApiAction of(String product, String version, String name) {
        return new ApiAction(ProductId.of(product), version, name);
    }

    /**
     * The action an official SDK client's method stands for: {@code com.tencentcloudapi.kms.v20190118.KmsClient} and
     * {@code DescribeKey} are {@code kms DescribeKey 2019-01-18}, as the Java SDK names its clients (one per product and
     * API version, a method per action). Empty for any other class or method; never throws.
     */
    public static Optional<ApiAction> ofClientMethod(String className, String method) {
        if (className == null || method == null || !className.startsWith(SDK) || !className.endsWith("Client")
                || !isName(method)) {
            return Optional.empty();
        }
        String[] parts = className.substring(SDK.length()).split("\\.", -1);
        String v = parts.length == 3 ? parts[1] : "";
        String version = v.length() == 9 && v.charAt(0) == 'v' ? v.substring(1, 5) + "-" + v.substring(5, 7) + "-" + v.substring(7, 9) : "";
        if (!isVersion(version) || !parts[0].matches("[a-z][a-z0-9]{0,31}") || parts[2].equals("AbstractClient")) {
            return Optional.empty();
        }
        return Optional.of(new ApiAction(ProductId.of(parts[0]), version, method));
    }

    /** The package of the official Java SDK's clients. */
    private static final String SDK = "com.tencentcloudapi.";

    /** Whether the text is an action's name ({@code DescribeKey}). */
    public static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH || name.charAt(0) < 'A' || name.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    static boolean isVersion(String version) {
        if (version.length() != 10 || version.charAt(4) != '-' || version.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (version.charAt(i) < '0' || version.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    /** {@code kms DescribeKey 2019-01-18}, as the notes of {@link Resolution#explain()} name it. */
    @Override
    public String toString() {
        return product + " " + name + " " + version;
    }
}
