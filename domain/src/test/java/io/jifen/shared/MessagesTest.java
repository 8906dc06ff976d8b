package io.jifen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.orders.OrderStatus;
import io.jifen.points.InsufficientPointsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile("Message\\.of\\(\\s*\"([^\"]+)\"");

    private static Properties bundle(String name) throws IOException {
        var properties = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name);
             var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void a_refusal_reads_in_english_and_in_chinese_with_grouped_numbers() {
        var refusal = new InsufficientPointsException(Points.of(99_999_999), Points.of(30_430));
        assertThat(refusal.getMessage()).isEqualTo("needs 99,999,999 points, the balance is 30,430");
        assertThat(refusal.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("需要 99,999,999 积分，当前余额为 30,430");
        assertThat(refusal.message(Locale.CHINA)).isEqualTo(refusal.message(Locale.forLanguageTag("zh")));
        assertThat(refusal.message(Locale.FRENCH)).isEqualTo(refusal.getMessage());
    }

    @Test
    void statuses_read_as_words_in_chinese_and_stay_codes_in_english() {
        var text = Message.of("order.invalidStep", "O-1", OrderStatus.PLACED, OrderStatus.COLLECTED);
        assertThat(text.in(Locale.ENGLISH)).isEqualTo("order O-1 cannot go from PLACED to COLLECTED");
        assertThat(text.in(Messages.CHINESE)).isEqualTo("订单 O-1 不能从“已下单”变为“已提货”");
    }

    @Test
    void an_english_sentence_a_refusal_still_carries_is_translated_when_the_catalogue_has_it() {
        var refusal = new InvalidRequestException("unitPrice", "a yuan amount like 199.00");
        assertThat(refusal.message(Messages.CHINESE)).isEqualTo("请输入人民币金额，如 199.00");
        assertThat(refusal.message(Locale.ENGLISH)).isEqualTo("a yuan amount like 199.00");
        assertThat(new InvalidRequestException("x", "a sentence nobody listed").message(Messages.CHINESE))
                .isEqualTo("a sentence nobody listed");
    }

    @Test
    void every_key_the_code_uses_is_in_the_catalogue_in_both_languages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh_CN.properties");
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(40);
        for (String key : used) {
            assertThat(english.getProperty(key)).as("English of " + key).isNotBlank();
            assertThat(chinese.getProperty(key)).as("Chinese of " + key).isNotBlank();
        }
        for (String key : english.stringPropertyNames()) {
            assertThat(chinese.getProperty(key)).as("Chinese of " + key).isNotBlank();
        }
    }

    @Test
    void every_order_status_has_a_chinese_name() {
        for (OrderStatus status : OrderStatus.values()) {
            assertThat(Messages.label(Messages.CHINESE, status)).as(status.name()).isNotEqualTo(status.name());
        }
    }

    @Test
    void a_stored_message_renders_in_each_language_and_english_reads_as_the_text_it_replaced() {
        String stored = Message.of("ledger.accrual", io.jifen.points.Activity.TIME_DEPOSIT, "200000.00", "CNY").stored();
        assertThat(stored).isEqualTo("msg:ledger.accrual?%40Activity.TIME_DEPOSIT&200000.00&CNY");
        assertThat(Messages.stored(Locale.ENGLISH, stored)).isEqualTo("TIME_DEPOSIT 200000.00 CNY");
        assertThat(Messages.stored(Messages.CHINESE, stored)).isEqualTo("定期存款 200000.00 CNY");
        String redemption = Message.of("ledger.redemption", 2, "雨伞 & 伞套 (大)", "UMB-1").stored();
        assertThat(Messages.stored(Locale.ENGLISH, redemption)).isEqualTo("redemption of 2 × 雨伞 & 伞套 (大) (UMB-1)");
        assertThat(Messages.stored(Messages.CHINESE, redemption)).isEqualTo("兑换 雨伞 & 伞套 (大)（UMB-1）× 2");
        assertThat(Messages.stored(Messages.CHINESE, "goodwill after a complaint")).isEqualTo("goodwill after a complaint");
    }
}
