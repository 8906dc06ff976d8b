package io.jifen.partners;

import io.jifen.shared.InvalidRequestException;
import java.util.regex.Pattern;

/**
 * Partner and carrier ids: 1-64 letters, digits, '_' or '-', compared exactly as written. No
 * trimming, case folding or quote stripping: a token naming "Acme" or "ac\"me" names no one.
 */
public final class RegistryIds {
    private static final Pattern ID = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");

    private RegistryIds() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && ID.matcher(id).matches();
    }

    static String require(String field, String id) {
        if (!isWellFormed(id)) {
            throw new InvalidRequestException(field, "must be 1-64 letters, digits, '-' or '_'");
        }
        return id;
    }

    static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidRequestException("name", "a name of 1-100 characters is required");
        }
        return name.strip();
    }
}
