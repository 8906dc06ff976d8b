package io.jifen.customers;

/** Products that lift the service star level to a floor as soon as core banking reports them. */
public enum ProductHolding {
    STANDARD_CREDIT_CARD(StarLevel.FOUR_STARS),
    GOLD_CREDIT_CARD(StarLevel.FIVE_STARS),
    WEALTH_ACCOUNT(StarLevel.FIVE_STARS),
    PLATINUM_CREDIT_CARD(StarLevel.SIX_STARS),
    WEALTH_CARD(StarLevel.SIX_STARS),
    PRIVATE_BANKING(StarLevel.SEVEN_STARS);

    private final StarLevel floor;

    ProductHolding(StarLevel floor) {
        this.floor = floor;
    }

    public StarLevel floor() {
        return floor;
    }
}
