package io.jifen.api.shared;

import java.util.Set;

/** Roles as they arrive in the JWT `groups` claim (api.md). */
public final class Roles {
    public static final String PARTNER = "partner";
    public static final String CORE_BANKING = "core-banking";
    public static final String ADMIN = "admin";
    public static final String PROCUREMENT = "procurement";
    public static final String MARKETING = "marketing";
    public static final String FULFILMENT = "fulfilment";
    public static final String SERVICE = "service";
    public static final String AUDITOR = "auditor";
    /** A carrier's system reporting shipment status updates. */
    public static final String CARRIER = "carrier";

    public static final Set<String> ALL = Set.of(PARTNER, CORE_BANKING, ADMIN, PROCUREMENT, MARKETING,
            FULFILMENT, SERVICE, AUDITOR, CARRIER);

    private Roles() {
    }
}
