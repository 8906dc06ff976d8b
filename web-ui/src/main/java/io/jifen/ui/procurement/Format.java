package io.jifen.ui.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Money and times as procurement staff read them. */
final class Format {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private Format() {
    }

    static String yuan(BigDecimal amount) {
        return amount == null ? "" : "¥" + String.format("%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }
}
