package io.jifen.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_3q2-7wAAAAAjifen-known-vector";
    private static final long TIMESTAMP = 1_767_225_600L;
    private static final String BODY = "{\"id\":\"evt-1\",\"type\":\"points.changed\"}";

    @Test
    void hmac_sha256_matches_the_published_test_vector() {
        assertThat(WebhookSignature.hmacSha256Hex("key", "The quick brown fox jumps over the lazy dog"))
                .isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
    }

    @Test
    void the_signature_is_v1_and_the_hex_hmac_of_timestamp_dot_body_keyed_with_the_secret() {
        // computed independently: printf '%s' '1767225600.<body>' | openssl dgst -sha256 -hmac '<secret>'
        assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, BODY))
                .isEqualTo("v1=79c57d86c97c8dd991c670435e1effeb2bcdefdab743ecf2e5a6e3c730f7048c");
    }

    @Test
    void a_receiver_accepts_the_signature_it_recomputes() {
        String header = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, header)).isTrue();
    }

    @Test
    void a_changed_body_timestamp_or_secret_fails_verification() {
        String header = WebhookSignature.sign(SECRET, TIMESTAMP, BODY);
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY.replace("evt-1", "evt-2"), header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP + 1, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET + "x", TIMESTAMP, BODY, header)).isFalse();
        assertThat(WebhookSignature.verify(SECRET, TIMESTAMP, BODY, null)).isFalse();
    }

    @Test
    void non_ascii_bodies_are_signed_as_their_utf8_bytes() {
        // openssl over the UTF-8 bytes of '1767225600.{"name":"王小明"}'
        assertThat(WebhookSignature.sign(SECRET, TIMESTAMP, "{\"name\":\"王小明\"}"))
                .isEqualTo("v1=ad962d2eae87660f05c414946a64443bd9e320b89e3f33fb20185d351c4b0da4");
    }

    @Test
    void generated_secrets_are_prefixed_long_and_different_each_time() {
        String one = WebhookSecret.generate();
        String two = WebhookSecret.generate();
        assertThat(one).startsWith("whsec_").hasSize("whsec_".length() + 43).isNotEqualTo(two);
    }
}
