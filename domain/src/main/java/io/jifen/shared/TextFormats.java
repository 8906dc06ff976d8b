package io.jifen.shared;

/**
 * How values look as text, wherever they arrive (an API body or a row of a nightly file): one
 * input policy, so a value refused on one road is refused on the other.
 */
public final class TextFormats {
    /** Up to 15 digits of yuan and at most two decimals; no sign, no exponent. */
    public static final String AMOUNT = "^\\d{1,15}(\\.\\d{1,2})?$";
    public static final String CUSTOMER_ID = "^[A-Za-z0-9_-]{1,64}$";
    /** A core-banking transaction's own id. */
    public static final String SOURCE_TXN_ID = "^[A-Za-z0-9._:-]{1,64}$";
    public static final String PRODUCT_CODE = "^[A-Za-z0-9_-]{1,40}$";

    private TextFormats() {
    }
}
