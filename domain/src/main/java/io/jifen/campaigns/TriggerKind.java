package io.jifen.campaigns;

/** What a trigger listens for. */
public enum TriggerKind {
    /** Assets (short plus medium/long-term balances core banking reports) reaching a threshold. */
    ASSETS_THRESHOLD,
    /** A transaction of an activity (and product, e.g. CROSS_BORDER_REMITTANCE) at or above an amount. */
    TRANSACTION,
    /** The anniversary of the customer's account opening. */
    ANNIVERSARY,
    /** The service star level rising (to at least a level, when one is set). */
    STAR_UPGRADE
}
