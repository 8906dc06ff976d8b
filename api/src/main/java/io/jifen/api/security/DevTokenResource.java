package io.jifen.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Development only: mints tokens signed by this server's dev key. 404 unless JIFEN_DEV_TOKENS=true. */
@Path("/v1/dev/tokens")
@PermitAll
public class DevTokenResource {

    public record TokenRequest(
            @NotBlank @Size(max = 100) String subject,
            @NotEmpty @Size(max = 10) List<@NotNull @Pattern(regexp = "partner|core-banking|admin|procurement|marketing|fulfilment|service|auditor|risk|carrier",
                    message = "must be one of the roles in api.md") String> groups,
            JsonValue partner,
            JsonValue carrier,
            @Min(60) @Max(86_400) Integer ttlSeconds,
            Instant notBefore,
            Instant expiresAt) {
    }

    public record TokenAnswer(String token, Instant expiresAt) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue a development token (only when the server runs with JIFEN_DEV_TOKENS=true)")
    public TokenAnswer issue(@Valid @NotNull TokenRequest request) {
        if (!JwtSettings.devTokensEnabled()) {
            throw new NotFoundException();
        }
        Instant now = Instant.now();
        // explicit times let tests present tokens not yet valid or just expired
        Instant expires = request.expiresAt() != null ? request.expiresAt()
                : now.plusSeconds(request.ttlSeconds() == null ? 8 * 3600 : request.ttlSeconds());
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(JwtSettings.issuer())
                .subject(request.subject())
                .claim("upn", request.subject())
                .claim("groups", request.groups())
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expires));
        if (request.notBefore() != null) {
            claims.notBeforeTime(Date.from(request.notBefore()));
        }
        // any JSON value, verbatim, so tests can present the hostile claims the server must refuse
        if (request.partner() != null && request.partner() != JsonValue.NULL) {
            claims.claim("partner", claimValue(request.partner()));
        }
        if (request.carrier() != null && request.carrier() != JsonValue.NULL) {
            claims.claim("carrier", claimValue(request.carrier()));
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(DevSigningKey.privateKey()));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign a dev token", e);
        }
        return new TokenAnswer(jwt.serialize(), expires);
    }

    /** The claim as the JWT library writes it: strings, numbers, booleans, lists and maps. */
    private static Object claimValue(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).doubleValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> value.asJsonArray().stream().map(DevTokenResource::claimValue).toList();
            case OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                value.asJsonObject().forEach((key, member) -> object.put(key, claimValue(member)));
                yield object;
            }
        };
    }
}
