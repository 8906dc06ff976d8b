package io.jifen.api.shared;

import io.jifen.shared.TextFormats;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How values look on the wire: money as a decimal string in yuan with two places. */
public final class ApiFormats {
    /** Up to 15 digits of yuan and at most two decimals; no sign, no exponent. */
    public static final String AMOUNT = TextFormats.AMOUNT;
    public static final String CUSTOMER_ID = TextFormats.CUSTOMER_ID;

    private ApiFormats() {
    }

    public static String money(BigDecimal amount) {
        return amount == null ? null : amount.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }
}
