package io.jifen.staff;

/** Staff roles; their names are the role names the API's tokens carry too. */
public enum StaffRole {
    ADMIN("admin"), PROCUREMENT("procurement"), MARKETING("marketing"), FULFILMENT("fulfilment"),
    SERVICE("service"), AUDITOR("auditor");

    private final String roleName;

    StaffRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }
}
