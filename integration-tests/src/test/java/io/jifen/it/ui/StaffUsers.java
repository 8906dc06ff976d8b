package io.jifen.it.ui;

import io.jifen.it.support.Api;

/** Creates staff users through the admin API (tests run without demo data). */
final class StaffUsers {
    static final String PASSWORD = "browser-test-password-1";

    private StaffUsers() {
    }

    /** A new user holding the role, named after it with a unique suffix. */
    static String withRole(Api api, String role) {
        String username = role + "-" + Api.uniqueId("u").substring(2, 10).toLowerCase();
        var created = api.post("/api/v1/admin/staff-users", api.token("admin"), """
                {"username": "%s", "displayName": "测试 %s", "password": "%s", "roles": ["%s"]}"""
                .formatted(username, role, PASSWORD, role.toUpperCase()));
        if (created.status() != 201) {
            throw new IllegalStateException("could not create staff user: " + created);
        }
        return username;
    }
}
