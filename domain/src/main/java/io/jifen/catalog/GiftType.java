package io.jifen.catalog;

public enum GiftType { PHYSICAL, E_VOUCHER, EXPERIENCE, FINANCIAL_BENEFIT }
