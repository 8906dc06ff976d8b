package io.jifen.api.security;

/** The deployment's JWT settings, read from the environment as the README lists them. */
final class JwtSettings {
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
