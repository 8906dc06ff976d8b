package io.jifen.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.jifen.api.shared.Roles;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Development only: mints tokens signed by this server's dev key. 404 unless JIFEN_DEV_TOKENS=true. */
@Path("/v1/dev/tokens")
@PermitAll
public class DevTokenResource {

    public record TokenRequest(
            @NotBlank @Size(max = 100) String subject,
            @NotEmpty @Size(max = 9) List<@NotNull @Pattern(regexp = "partner|core-banking|admin|procurement|marketing|fulfilment|service|auditor|carrier",
                    message = "must be one of the roles in api.md") String> groups,
            @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9_-]+") String partner,
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
        if (request.groups().contains(Roles.PARTNER) && request.partner() == null) {
            throw new io.jifen.shared.InvalidRequestException("partner", "a partner token must name its partner");
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
        if (request.partner() != null) {
            claims.claim("partner", request.partner());
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
}
