package io.jifen.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SaltedHashTest {
    @Test
    void a_hash_names_its_scheme_and_cost_and_matches_only_its_secret() {
        String stored = SaltedHash.of("00420042", 1_000);

        assertThat(stored).startsWith("pbkdf2-sha256$1000$").doesNotContain("00420042");
        assertThat(SaltedHash.matches("00420042", stored)).isTrue();
        assertThat(SaltedHash.matches("00420043", stored)).isFalse();
    }

    @Test
    void the_same_secret_hashes_differently_each_time() {
        assertThat(SaltedHash.of("00420042", 1_000)).isNotEqualTo(SaltedHash.of("00420042", 1_000));
    }

    @Test
    void anything_that_is_not_a_hash_of_ours_matches_nothing() {
        assertThat(SaltedHash.matches("00420042", "00420042")).isFalse();
        assertThat(SaltedHash.matches("00420042", "pbkdf2-sha256$x$y$z")).isFalse();
        assertThat(SaltedHash.matches("00420042", "pbkdf2-sha256$0$AAAA$AAAA")).isFalse();
        assertThat(SaltedHash.matches("00420042", null)).isFalse();
        assertThat(SaltedHash.matches((CharSequence) null, SaltedHash.of("x", 1))).isFalse();
    }
}
