package io.jifen.points;

/** Why a balance changed (api.md). */
public enum EntryType { ACCRUAL, REDEMPTION, REFUND, EXPIRY, ADJUSTMENT, REVERSAL }
