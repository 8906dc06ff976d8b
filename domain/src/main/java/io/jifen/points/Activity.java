package io.jifen.points;

/** Banking activities core banking reports for accrual (api.md). */
public enum Activity {
    DEPOSIT, TIME_DEPOSIT, LOAN, MORTGAGE, WEALTH_PRODUCT, FUND, INSURANCE, CARD_SPEND, SETTLEMENT, PROJECT_FINANCING
}
