package io.jifen.staff;

import io.jifen.shared.security.Roles;

/** Staff roles; their names are the role names the API's tokens carry too. */
public enum StaffRole {
    ADMIN(Roles.ADMIN), PROCUREMENT(Roles.PROCUREMENT), MARKETING(Roles.MARKETING), FULFILMENT(Roles.FULFILMENT),
    SERVICE(Roles.SERVICE), AUDITOR(Roles.AUDITOR), RISK(Roles.RISK);

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
