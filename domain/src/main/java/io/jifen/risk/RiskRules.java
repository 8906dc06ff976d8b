package io.jifen.risk;

import java.util.List;

/** When each rule fires, from figures its watch gathered; pure, so every rule is unit-tested without a database. */
public final class RiskRules {
    private RiskRules() {
    }

    /** {@code redemptionsInWindow} counts the one just placed. */
    public static boolean redemptionBurst(long redemptionsInWindow, AlertRuleSetting setting) {
        return redemptionsInWindow >= setting.threshold();
    }

    /** How often consecutive courier orders (oldest first) named a different address than the one before. */
    public static long addressChanges(List<String> addressKeysOldestFirst) {
        long changes = 0;
        for (int i = 1; i < addressKeysOldestFirst.size(); i++) {
            if (!addressKeysOldestFirst.get(i).equals(addressKeysOldestFirst.get(i - 1))) {
                changes++;
            }
        }
        return changes;
    }

    public static boolean addressChanges(List<String> addressKeysOldestFirst, AlertRuleSetting setting) {
        return addressChanges(addressKeysOldestFirst) >= setting.threshold();
    }

    /** {@code otherCustomers} shared the address with this one: together they are one more. */
    public static boolean sharedAddress(long otherCustomers, AlertRuleSetting setting) {
        return otherCustomers + 1 >= setting.threshold();
    }

    /**
     * An accrual of {@code points} (or a day's {@code dayTotal}, this accrual included) against the
     * average of the customer's {@code earlierCount} earlier accruals worth {@code earlierTotal}.
     */
    public static boolean earningSpike(long earlierCount, long earlierTotal, long points, long dayTotal,
                                       AlertRuleSetting setting) {
        if (earlierCount < AlertRule.SPIKE_HISTORY || earlierTotal <= 0) {
            return false;
        }
        long largest = Math.max(points, dayTotal);
        if (largest < AlertRule.SPIKE_FLOOR_POINTS) {
            return false;
        }
        // largest >= threshold * (earlierTotal / earlierCount), kept in whole numbers
        return (double) largest * earlierCount >= (double) setting.threshold() * earlierTotal;
    }

    /** {@code distinctAddresses} the staff user signed in from within the window, this sign-in's included. */
    public static boolean staffSignIns(long distinctAddresses, AlertRuleSetting setting) {
        return distinctAddresses >= setting.threshold();
    }
}
