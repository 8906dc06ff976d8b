package io.jifen.shared.security;

import java.util.Set;

/**
 * The one catalogue of roles, as they arrive in the JWT {@code groups} claim (api.md) and as
 * staff sign in with them. Resources ({@code @RolesAllowed}), application services
 * ({@code @RequiresRole}) and admin views ({@code @RolesAllowed}) all name roles from here, so a
 * misspelt role cannot silently lock everyone out; ArchitectureTest checks that they do.
 */
public final class Roles {
    public static final String PARTNER = "partner";
    public static final String CORE_BANKING = "core-banking";
    public static final String ADMIN = "admin";
    public static final String PROCUREMENT = "procurement";
    public static final String MARKETING = "marketing";
    public static final String FULFILMENT = "fulfilment";
    public static final String SERVICE = "service";
    public static final String AUDITOR = "auditor";
    /** Risk and compliance: the fraud alerts, holds, and the second person on adjustments over the limits. */
    public static final String RISK = "risk";
    /** A carrier's system reporting shipment status updates. */
    public static final String CARRIER = "carrier";

    public static final Set<String> ALL = Set.of(PARTNER, CORE_BANKING, ADMIN, PROCUREMENT, MARKETING,
            FULFILMENT, SERVICE, AUDITOR, RISK, CARRIER);

    private Roles() {
    }
}
