package io.jifen.ui.campaigns;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import io.jifen.ui.shared.Notifications;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * What the marketing views share: times in the bank's zone, points and money as staff read them,
 * numbers typed into text fields, and refusals shown on the field the domain names.
 */
final class Marketing {
    static final ZoneId BANK_ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(BANK_ZONE);

    private Marketing() {
    }

    static String time(Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    static String points(long points) {
        return NumberFormat.getIntegerInstance(Locale.CHINA).format(points);
    }

    static String points(Long points) {
        return points == null ? "" : points(points.longValue());
    }

    static String yuan(BigDecimal amount) {
        return amount == null ? "" : "¥" + String.format("%,.2f", amount.setScale(2, RoundingMode.HALF_EVEN));
    }

    static String decimal(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** What a date-time picker shows, read in the bank's zone. */
    static LocalDateTime local(Instant at) {
        return at == null ? null : LocalDateTime.ofInstant(at, BANK_ZONE);
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(BANK_ZONE).toInstant();
    }

    /**
     * Choosing another day in the picker keeps the time it showed (the default start is now, say
     * 02:50); a campaign from "1 December" means from its midnight, so a new day starts at 00:00
     * unless staff change the time themselves.
     */
    static void dayStartsAtMidnight(com.vaadin.flow.component.datetimepicker.DateTimePicker picker) {
        picker.addValueChangeListener(change -> {
            LocalDateTime before = change.getOldValue();
            LocalDateTime after = change.getValue();
            if (change.isFromClient() && before != null && after != null
                    && !before.toLocalDate().equals(after.toLocalDate())
                    && before.toLocalTime().equals(after.toLocalTime())) {
                picker.setValue(after.toLocalDate().atStartOfDay());
            }
        });
    }

    /** Now in the bank's zone, to the minute: a sensible default for a start. */
    static LocalDateTime nowToTheMinute() {
        return LocalDateTime.now(BANK_ZONE).truncatedTo(ChronoUnit.MINUTES);
    }

    /** A whole number typed by staff, or null when the field is empty; anything else is refused like the API refuses it. */
    static Long optionalWhole(String field, TextField input) {
        String text = input.getValue().strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "a whole number");
        }
    }

    static long whole(String field, TextField input) {
        Long value = optionalWhole(field, input);
        if (value == null) {
            throw new InvalidRequestException(field, "is required");
        }
        return value;
    }

    static BigDecimal optionalDecimal(String field, TextField input) {
        String text = input.getValue().strip().replace(",", "");
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "a number such as 500.00");
        }
    }

    /** Comma- or space-separated codes, without blanks. */
    static Set<String> codes(TextField input) {
        return Arrays.stream(input.getValue().split("[,，\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * Runs staff actions for a form: a refusal naming one of the form's fields marks that field
     * with the domain's message; every refusal is also told as the other views tell it.
     */
    static final class FieldErrors {
        private final Map<String, HasValidation> fields = new LinkedHashMap<>();
        private Consumer<String> refusalShown = message -> {
        };

        FieldErrors on(String field, HasValidation component) {
            fields.put(field, component);
            return this;
        }

        /** Where the form also shows the last refusal in words (e.g. a line in a dialog). */
        FieldErrors showingRefusals(Consumer<String> shown) {
            this.refusalShown = shown;
            return this;
        }

        boolean attempt(Runnable action) {
            clear();
            try {
                action.run();
                return true;
            } catch (RuntimeException e) {
                RuntimeException cause = Notifications.unwrap(e);
                if (cause instanceof InvalidRequestException invalid && fields.containsKey(invalid.field())) {
                    HasValidation field = fields.get(invalid.field());
                    field.setErrorMessage(invalid.getMessage());
                    field.setInvalid(true);
                }
                if (cause instanceof DomainException domain && domain.reasons().stream()
                        .anyMatch(reason -> reason.code().equals("FOUR_EYES"))) {
                    String message = UI.getCurrent().getTranslation("marketing.campaign.fourEyes");
                    refusalShown.accept(message);
                    Notifications.refused(new FourEyes(message));
                    return false;
                }
                refusalShown.accept(cause instanceof DomainException domain
                        ? UI.getCurrent().getTranslation("error." + domain.code().name()) + ": " + cause.getMessage()
                        : UI.getCurrent().getTranslation("error.unexpected"));
                Notifications.refused(cause);
                return false;
            }
        }

        void clear() {
            fields.values().forEach(field -> {
                field.setInvalid(false);
                field.setErrorMessage(null);
            });
            refusalShown.accept("");
        }
    }

    /** The four-eyes refusal in the staff's language, told like any other refusal. */
    private static final class FourEyes extends DomainException {
        FourEyes(String message) {
            super(ErrorCode.INVALID_STATE, message);
        }
    }
}
