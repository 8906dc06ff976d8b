package io.jifen.ui.customers;

import io.jifen.shared.Points;
import com.vaadin.flow.component.UI;
import io.jifen.shared.time.BankCalendar;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** The words and formats the customer views share, in the session's language. */
final class Labels {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BankCalendar.ZONE);

    private Labels() {
    }

    /** An enum value by its type and name: customers.CustomerStatus.ACTIVE, customers.Basis.PRODUCT_HOLDING. */
    static String of(Enum<?> value) {
        return value == null ? "" : text("customers." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    static String text(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }

    static String points(long points) {
        return NumberFormat.getIntegerInstance(UI.getCurrent().getLocale()).format(points);
    }

    static String points(Points points) {
        return points(points.value());
    }

    static String signedPoints(long points) {
        return (points > 0 ? "+" : "") + points(points);
    }

    static String signedPoints(Points points) {
        return signedPoints(points.value());
    }

    static String yuan(BigDecimal amount) {
        var format = NumberFormat.getNumberInstance(UI.getCurrent().getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(amount);
    }

    /**
     * The last day points can be used: a lot expires at the first moment after it (midnight in
     * the bank's zone), so a lot of 2028 expires at 2029-01-01 00:00 and reads 2028-12-31.
     */
    static String lastDay(Instant expiresAt) {
        return expiresAt == null ? "" : expiresAt.minusNanos(1).atZone(BankCalendar.ZONE).toLocalDate().toString();
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
