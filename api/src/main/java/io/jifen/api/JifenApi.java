package io.jifen.api;

import io.jifen.shared.security.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The headless API partners and core banking code against (api.md), under /api/v1. */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT", realmName = "jifen")
@DeclareRoles({Roles.PARTNER, Roles.CORE_BANKING, Roles.ADMIN, Roles.PROCUREMENT, Roles.MARKETING,
        Roles.FULFILMENT, Roles.SERVICE, Roles.AUDITOR, Roles.CARRIER, Roles.RISK})
@OpenAPIDefinition(
        info = @Info(title = "Jifen loyalty points and gift mall API", version = "1",
                description = "Points, catalog and redemption orders for partner storefronts; accruals and "
                        + "customer master data for core banking; back office for staff. Errors are RFC 9457 "
                        + "problem details with a stable `code`.",
                license = @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
        security = @SecurityRequirement(name = "jwt"))
@SecurityScheme(securitySchemeName = "jwt", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
public class JifenApi extends Application {
}
