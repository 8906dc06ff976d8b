package io.jifen.api.security;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Feeds MicroProfile JWT its verification settings. Production names the bank's issuer and
 * public key (JIFEN_JWT_ISSUER, JIFEN_JWT_PUBLIC_KEY or JIFEN_JWT_PUBLIC_KEY_LOCATION); with dev
 * tokens on and no key given, tokens are checked against this server's in-memory dev key. With
 * neither, no token verifies: the safe default.
 */
public class JwtConfigSource implements ConfigSource {
    private static final String PUBLIC_KEY = "mp.jwt.verify.publickey";
    private static final String PUBLIC_KEY_LOCATION = "mp.jwt.verify.publickey.location";
    private static final String ISSUER = "mp.jwt.verify.issuer";
    private static final String ALGORITHM = "mp.jwt.verify.publickey.algorithm";

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        for (String name : getPropertyNames()) {
            String value = getValue(name);
            if (value != null) {
                properties.put(name, value);
            }
        }
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return Set.of(PUBLIC_KEY, PUBLIC_KEY_LOCATION, ISSUER, ALGORITHM);
    }

    @Override
    public String getValue(String propertyName) {
        return switch (propertyName) {
            case ISSUER -> JwtSettings.issuer();
            case ALGORITHM -> "RS256";
            case PUBLIC_KEY_LOCATION -> JwtSettings.publicKey() == null ? JwtSettings.publicKeyLocation() : null;
            case PUBLIC_KEY -> {
                if (JwtSettings.publicKey() != null) {
                    yield JwtSettings.publicKey();
                }
                yield JwtSettings.publicKeyLocation() == null && JwtSettings.devTokensEnabled()
                        ? DevSigningKey.publicKeyPem() : null;
            }
            default -> null;
        };
    }

    @Override
    public int getOrdinal() {
        return 150;
    }

    @Override
    public String getName() {
        return "jifen-jwt";
    }
}
