package io.jifen.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StaffIdentityTest {
    @Test
    void spellings_of_one_staff_id_are_the_same_person() {
        assertThat(StaffIdentity.samePerson("alice", "Alice")).isTrue();
        assertThat(StaffIdentity.samePerson("alice", "alice ")).isTrue();
        assertThat(StaffIdentity.samePerson("alice", " a l i c e")).isTrue();
        assertThat(StaffIdentity.samePerson("alice", "ａｌｉｃｅ")).isTrue();
        assertThat(StaffIdentity.samePerson("alice", "ALICE\u200b")).isTrue();
    }

    @Test
    void different_staff_are_different_people() {
        assertThat(StaffIdentity.samePerson("alice", "alicia")).isFalse();
        assertThat(StaffIdentity.samePerson("bob", "b0b")).isFalse();
    }

    @Test
    void an_unknown_person_is_never_the_same_as_anyone() {
        assertThat(StaffIdentity.samePerson(null, "alice")).isFalse();
        assertThat(StaffIdentity.samePerson(null, null)).isFalse();
    }
}
