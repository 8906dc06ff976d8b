package io.jifen.api.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.api.shared.Problem.Violation;
import io.jifen.shared.MultiLine;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonBodyPolicyTest {
    enum Channel { E_VOUCHER, COURIER }

    record Address(String line1, String city) {
    }

    record Order(String sku, Integer quantity, long points, Boolean gift, Channel channel, Address address,
                 List<String> tags, OffsetDateTime occurredAt, Instant endsAt, LocalDate openedOn,
                 @MultiLine String description, Map<String, Long> limits) {
    }

    private static List<Violation> check(String json) {
        return JsonBodyPolicy.check(json.getBytes(StandardCharsets.UTF_8), Order.class);
    }

    private static List<String> fields(String json) {
        return check(json).stream().map(Violation::field).toList();
    }

    @Test
    void a_well_formed_body_passes() {
        assertThat(check("""
                {"sku":"X1","quantity":2,"points":5,"gift":true,"channel":"COURIER",
                 "address":{"line1":"1 Bund","city":"上海"},"tags":["a","b"],
                 "occurredAt":"2026-11-29T10:00:00+08:00","endsAt":"2027-01-01T00:00:00Z","openedOn":"1987-05-01",
                 "description":"line one\\nline two","limits":{"day":5}}""")).isEmpty();
    }

    @Test
    void content_after_the_json_value_is_refused() {
        assertThat(fields("{\"sku\":\"X1\"}xyz")).containsExactly("body");
        assertThat(fields("{\"sku\":\"X1\"} {}")).containsExactly("body");
    }

    @Test
    void a_key_given_twice_is_refused_and_named() {
        assertThat(fields("{\"sku\":\"X1\",\"sku\":\"Y2\"}")).containsExactly("sku");
    }

    @Test
    void an_unknown_field_is_refused_and_named_even_when_nested() {
        assertThat(fields("{\"quantiy\":5}")).containsExactly("quantiy");
        assertThat(fields("{\"address\":{\"line1\":\"x\",\"zip\":\"1\"}}")).containsExactly("address.zip");
    }

    @Test
    void a_value_of_the_wrong_json_type_is_refused() {
        assertThat(fields("{\"sku\":123}")).containsExactly("sku");
        assertThat(fields("{\"sku\":[\"X1\",\"Y2\"]}")).containsExactly("sku");
        assertThat(fields("{\"quantity\":\"5\"}")).containsExactly("quantity");
        assertThat(fields("{\"quantity\":2.5}")).containsExactly("quantity");
        assertThat(fields("{\"gift\":\"yes\"}")).containsExactly("gift");
        assertThat(fields("{\"tags\":\"a\"}")).containsExactly("tags");
        assertThat(fields("{\"tags\":[1]}")).containsExactly("tags[0]");
        assertThat(fields("{\"address\":\"1 Bund\"}")).containsExactly("address");
        assertThat(fields("{\"points\":null}")).containsExactly("points");
    }

    @Test
    void numbers_beyond_the_field_range_are_refused() {
        assertThat(fields("{\"points\":9223372036854775808}")).containsExactly("points");
        assertThat(fields("{\"quantity\":2147483648}")).containsExactly("quantity");
        assertThat(fields("{\"points\":1e400}")).containsExactly("points");
    }

    @Test
    void an_unknown_enum_value_names_the_allowed_ones() {
        assertThat(check("{\"channel\":\"DRONE\"}")).singleElement()
                .satisfies(v -> assertThat(v.message()).contains("E_VOUCHER, COURIER"));
    }

    @Test
    void nul_and_other_control_characters_are_refused_in_text() {
        assertThat(fields("{\"sku\":\"X\\u0000\"}")).containsExactly("sku");
        assertThat(fields("{\"sku\":\"X\\u001b[31m\"}")).containsExactly("sku");
        assertThat(fields("{\"sku\":\"X\\u0085\"}")).containsExactly("sku");
        assertThat(fields("{\"address\":{\"city\":\"a\\nb\"}}")).containsExactly("address.city");
        assertThat(fields("{\"tags\":[\"ok\",\"\\u0000\"]}")).containsExactly("tags[1]");
        assertThat(fields("{\"limits\":{\"d\\u0000\":1}}")).containsExactly("limits.d\u0000");
    }

    @Test
    void line_breaks_are_allowed_only_in_multi_line_fields_and_nul_never() {
        assertThat(check("{\"description\":\"a\\r\\nb\\tc\"}")).isEmpty();
        assertThat(fields("{\"description\":\"a\\u0000b\"}")).containsExactly("description");
    }

    @Test
    void an_unpaired_surrogate_is_refused() {
        assertThat(fields("{\"sku\":\"\\ud800x\"}")).containsExactly("sku");
        assertThat(check("{\"sku\":\"\\ud83d\\ude00\"}")).isEmpty();
    }

    @Test
    void invalid_utf8_bytes_are_refused() {
        byte[] body = {'{', '"', 's', 'k', 'u', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        assertThat(JsonBodyPolicy.check(body, Order.class)).extracting(Violation::field).containsExactly("body");
    }

    @Test
    void instants_outside_the_years_2000_to_2200_are_refused() {
        assertThat(fields("{\"endsAt\":\"+999999999-12-31T23:59:59Z\"}")).containsExactly("endsAt");
        assertThat(fields("{\"occurredAt\":\"2201-01-01T00:00:00Z\"}")).containsExactly("occurredAt");
        assertThat(fields("{\"occurredAt\":\"1999-12-31T23:59:59Z\"}")).containsExactly("occurredAt");
        assertThat(fields("{\"occurredAt\":\"tomorrow\"}")).containsExactly("occurredAt");
        assertThat(check("{\"occurredAt\":\"2200-12-31T23:59:59Z\"}")).isEmpty();
    }

    @Test
    void calendar_days_may_reach_back_to_1900() {
        assertThat(check("{\"openedOn\":\"1901-01-01\"}")).isEmpty();
        assertThat(fields("{\"openedOn\":\"1899-12-31\"}")).containsExactly("openedOn");
    }

    @Test
    void over_long_text_is_refused() {
        assertThat(fields("{\"sku\":\"" + "x".repeat(JsonBodyPolicy.MAX_SINGLE_LINE + 1) + "\"}")).containsExactly("sku");
    }

    @Test
    void deep_nesting_and_broken_json_are_refused_without_failing() {
        assertThat(fields("[".repeat(100_000))).containsExactly("body");
        assertThat(fields("{\"sku\":")).containsExactly("body");
        assertThat(fields("")).containsExactly("body");
    }
}
