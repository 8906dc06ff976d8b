package io.jifen.customers;

import static io.jifen.customers.PersonalDataPolicy.Visibility.HIDDEN;
import static io.jifen.customers.PersonalDataPolicy.Visibility.MASKED;
import static io.jifen.customers.PersonalDataPolicy.Visibility.WHOLE;

import io.jifen.shared.security.Roles;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who sees which of a customer's personal data and secrets, and how: the one table the API views
 * and the admin UI both read (README, "Personal data by role"). Each role sees a field whole,
 * masked (enough to recognise, not enough to misuse), or not at all. An actor with several roles
 * sees a field as the most revealing of them.
 *
 * <p>Why the rows are as they are: customer service answers the customer and needs the name and
 * phone whole (every such view is audited); core banking is where the data comes from. Fulfilment
 * ships parcels, so it sees the courier recipient, phone and address line whole, but not the
 * customer's own name and phone. The other staff roles, administrators included, and the auditor
 * work on figures and records, not on people: masked. A storefront sees the customer masked and
 * the address it sent itself whole. The customer's secrets (voucher and pickup codes) are the
 * ordering partner's alone: whole for the partner role, and the views show them only on that
 * partner's own orders (a pickup code only in the answer that issues it: it is stored hashed).
 * No ID number is kept, so none is shown.
 */
public final class PersonalDataPolicy {
    public enum Visibility { WHOLE, MASKED, HIDDEN }

    public enum Field {
        CUSTOMER_NAME("customer name"),
        CUSTOMER_PHONE("customer phone"),
        COURIER_RECIPIENT("courier recipient"),
        COURIER_PHONE("courier phone"),
        COURIER_ADDRESS("courier address line"),
        VOUCHER_CODE("e-voucher code"),
        PICKUP_CODE("pickup code and its QR image");

        private final String label;

        Field(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Secrets are never shown masked: a part of a code is a head start at guessing it. */
        public boolean isSecret() {
            return this == VOUCHER_CODE || this == PICKUP_CODE;
        }
    }

    /** The roles in the order the README's table lists them (api.md's role names). */
    public static final List<String> ROLES = List.of(Roles.PARTNER, Roles.CORE_BANKING, Roles.SERVICE,
            Roles.FULFILMENT, Roles.ADMIN, Roles.AUDITOR, Roles.PROCUREMENT, Roles.MARKETING, Roles.CARRIER);

    /** Roles whose views are staff's, and so audited when they see personal data whole. */
    public static final List<String> STAFF_ROLES = List.of(Roles.SERVICE, Roles.FULFILMENT, Roles.ADMIN,
            Roles.AUDITOR, Roles.PROCUREMENT, Roles.MARKETING);

    private static final Map<Field, Map<String, Visibility>> TABLE = new EnumMap<>(Field.class);

    static {
        //                                  partner core-banking service fulfilment admin auditor procurement marketing carrier
        row(Field.CUSTOMER_NAME, MASKED, WHOLE, WHOLE, MASKED, MASKED, MASKED, MASKED, MASKED, HIDDEN);
        row(Field.CUSTOMER_PHONE, MASKED, WHOLE, WHOLE, MASKED, MASKED, MASKED, MASKED, MASKED, HIDDEN);
        row(Field.COURIER_RECIPIENT, WHOLE, HIDDEN, MASKED, WHOLE, MASKED, MASKED, HIDDEN, HIDDEN, HIDDEN);
        row(Field.COURIER_PHONE, WHOLE, HIDDEN, MASKED, WHOLE, MASKED, MASKED, HIDDEN, HIDDEN, HIDDEN);
        row(Field.COURIER_ADDRESS, WHOLE, HIDDEN, MASKED, WHOLE, MASKED, MASKED, HIDDEN, HIDDEN, HIDDEN);
        row(Field.VOUCHER_CODE, WHOLE, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN);
        row(Field.PICKUP_CODE, WHOLE, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN);
    }

    /** A phone-shaped query: seven or more digits, with nothing but spaces, dashes or a leading +. */
    private static final Pattern PHONE_LIKE = Pattern.compile("^\\+?[0-9][0-9 -]{5,}[0-9]$");
    /** What a customer id may look like (api.md's ids): anything else typed into a search is a name. */
    private static final Pattern ID_LIKE = Pattern.compile("^[A-Za-z0-9_-]{1,64}$");
    private static final String STARS = "****";

    private PersonalDataPolicy() {
    }

    private static void row(Field field, Visibility... byRole) {
        if (byRole.length != ROLES.size()) {
            throw new IllegalStateException(field + " names " + byRole.length + " roles, not " + ROLES.size());
        }
        Map<String, Visibility> row = new LinkedHashMap<>();
        for (int i = 0; i < byRole.length; i++) {
            if (field.isSecret() && byRole[i] == MASKED) {
                throw new IllegalStateException(field + " is a secret: whole or hidden, never masked");
            }
            row.put(ROLES.get(i), byRole[i]);
        }
        TABLE.put(field, Map.copyOf(row));
    }

    /** How one role sees a field; a role not in the table sees nothing. */
    public static Visibility visibility(String role, Field field) {
        return TABLE.get(field).getOrDefault(role, HIDDEN);
    }

    /** How an actor with these roles sees a field: the most revealing of its roles. */
    public static Visibility visibility(Collection<String> roles, Field field) {
        Visibility best = HIDDEN;
        for (String role : roles) {
            Visibility seen = visibility(role, field);
            if (seen.ordinal() < best.ordinal()) {
                best = seen;
            }
        }
        return best;
    }

    public static boolean isStaff(Collection<String> roles) {
        return roles.stream().anyMatch(STAFF_ROLES::contains);
    }

    /** The value as the visibility allows: whole, masked, or null when hidden. */
    public static String show(Visibility visibility, Field field, String value) {
        return switch (visibility) {
            case WHOLE -> value;
            case HIDDEN -> null;
            case MASKED -> field.isSecret() ? null : mask(field, value);
        };
    }

    /**
     * Masks keep a fixed number of stars, so they do not tell the length either: a name keeps its
     * first character (王芳 → 王*), a phone its first three and last four digits (138****5678), an
     * address line its first two characters (建国****).
     */
    public static String mask(Field field, String value) {
        if (value == null || value.isBlank()) {
            return value == null ? null : "";
        }
        String text = value.strip();
        return switch (field) {
            case CUSTOMER_NAME, COURIER_RECIPIENT -> text.substring(0, text.offsetByCodePoints(0, 1)) + "*";
            case CUSTOMER_PHONE, COURIER_PHONE -> text.length() >= 8
                    ? text.substring(0, 3) + STARS + text.substring(text.length() - 4)
                    : text.length() > 2 ? STARS + text.substring(text.length() - 2) : STARS;
            case COURIER_ADDRESS -> text.substring(0, text.offsetByCodePoints(0,
                    Math.min(2, text.codePointCount(0, text.length())))) + STARS;
            case VOUCHER_CODE, PICKUP_CODE -> null;
        };
    }

    /**
     * Whether these roles may look customers up by what they typed. Those who see name and phone
     * whole search by id, name or phone. The others search by customer id alone, and a query that is
     * plainly a phone number or a name is refused rather than quietly answered: looking a person up
     * by their phone is itself a use of their personal data.
     */
    public static SearchAllowance search(Collection<String> roles, String text) {
        boolean whole = visibility(roles, Field.CUSTOMER_NAME) == WHOLE
                && visibility(roles, Field.CUSTOMER_PHONE) == WHOLE;
        if (whole) {
            return SearchAllowance.ID_NAME_OR_PHONE;
        }
        if (text == null || text.isBlank()) {
            return SearchAllowance.ID;
        }
        String typed = text.strip();
        if (PHONE_LIKE.matcher(typed).matches() || !ID_LIKE.matcher(typed).matches()) {
            return SearchAllowance.REFUSED;
        }
        return SearchAllowance.ID;
    }

    public enum SearchAllowance { ID_NAME_OR_PHONE, ID, REFUSED }

    /** The table as the README shows it: a row per field, a column per role. */
    public static String markdownTable() {
        StringBuilder table = new StringBuilder("| field | " + String.join(" | ", ROLES) + " |\n");
        table.append("|---").append("|---".repeat(ROLES.size())).append("|\n");
        for (Field field : Field.values()) {
            table.append("| ").append(field.label());
            for (String role : ROLES) {
                table.append(" | ").append(visibility(role, field).name().toLowerCase(Locale.ROOT));
            }
            table.append(" |\n");
        }
        return table.toString();
    }
}
