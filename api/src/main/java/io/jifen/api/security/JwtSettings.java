package io.jifen.api.security;

/** The deployment's JWT settings, read from the environment as the README lists them. */
public final class JwtSettings {
    static final String DEFAULT_ISSUER = "jifen-dev";

    private JwtSettings() {
    }

    static boolean devTokensEnabled() {
        return Boolean.parseBoolean(env("JIFEN_DEV_TOKENS"));
    }

    static String issuer() {
        String issuer = env("JIFEN_JWT_ISSUER");
        return issuer == null || issuer.isBlank() ? DEFAULT_ISSUER : issuer;
    }

    /**
     * How far the bank's token issuer's clock may differ from ours when `exp` and `nbf` are
     * checked (JIFEN_JWT_CLOCK_SKEW_SECONDS, default 30; Liberty's own default is five minutes).
     */
    public static long clockSkewSeconds() {
        return CLOCK_SKEW_SECONDS;
    }

    /** Read once, when the class loads: a bad value stops the start rather than failing every call. */
    private static final long CLOCK_SKEW_SECONDS = readClockSkew();

    private static long readClockSkew() {
        String value = env("JIFEN_JWT_CLOCK_SKEW_SECONDS");
        if (value == null || value.isBlank()) {
            return 30;
        }
        long seconds = Long.parseLong(value.trim());
        if (seconds < 0 || seconds > 300) {
            throw new IllegalArgumentException("JIFEN_JWT_CLOCK_SKEW_SECONDS must be 0-300, not " + value);
        }
        return seconds;
    }

    static String publicKey() {
        return blankToNull(env("JIFEN_JWT_PUBLIC_KEY"));
    }

    static String publicKeyLocation() {
        return blankToNull(env("JIFEN_JWT_PUBLIC_KEY_LOCATION"));
    }

    private static String env(String name) {
        String value = System.getenv(name);
        return value != null ? value : System.getProperty(name);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
