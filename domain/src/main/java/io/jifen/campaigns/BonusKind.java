package io.jifen.campaigns;

/** A campaign multiplies what the earning rules gave (double points) or adds a fixed bonus per transaction. */
public enum BonusKind {
    MULTIPLIER, FIXED_BONUS
}
