package io.jifen.procurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The budget's arithmetic, apart from its storage so it can be checked by itself. The reserve is
 * held back from the allocation; ordinary approvals may use only what is left (the spendable
 * part), an admin may draw on the reserve with a reason, and nothing may go beyond the allocation.
 * Every amount is in the budget's currency, rounded half-even to cents.
 */
public record BudgetAmounts(BigDecimal allocated, BigDecimal reservePercent, BigDecimal committed, BigDecimal spent) {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public BudgetAmounts {
        allocated = cents(allocated);
        committed = cents(committed);
        spent = cents(spent);
    }

    public static BigDecimal cents(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal reserve() {
        return cents(allocated.multiply(reservePercent).divide(HUNDRED, 6, RoundingMode.HALF_EVEN));
    }

    /** The part ordinary approvals may use. */
    public BigDecimal spendable() {
        return allocated.subtract(reserve());
    }

    public BigDecimal used() {
        return committed.add(spent);
    }

    /** Left for ordinary approvals; negative once the reserve has been drawn on. */
    public BigDecimal available() {
        return spendable().subtract(used());
    }

    /** The part of the reserve not yet drawn on. */
    public BigDecimal reserveLeft() {
        BigDecimal drawn = used().subtract(spendable()).max(BigDecimal.ZERO);
        return reserve().subtract(drawn).max(BigDecimal.ZERO.setScale(2));
    }

    public boolean fitsAvailable(BigDecimal amount) {
        return used().add(amount).compareTo(spendable()) <= 0;
    }

    public boolean fitsWithReserve(BigDecimal amount) {
        return used().add(amount).compareTo(allocated) <= 0;
    }

    /** Committed plus spent as a percentage of the spendable part, to two places. */
    public BigDecimal usedPercent() {
        if (spendable().signum() == 0) {
            return used().signum() == 0 ? BigDecimal.ZERO.setScale(2) : HUNDRED.setScale(2);
        }
        return used().multiply(HUNDRED).divide(spendable(), 2, RoundingMode.HALF_EVEN);
    }

    public BudgetAmounts commit(BigDecimal amount) {
        return new BudgetAmounts(allocated, reservePercent, committed.add(amount), spent);
    }

    /** Goods arrived: their whole value leaves the commitment, the accepted part is spent. */
    public BudgetAmounts receive(BigDecimal receivedValue, BigDecimal acceptedValue) {
        return new BudgetAmounts(allocated, reservePercent, committed.subtract(receivedValue), spent.add(acceptedValue));
    }

    /** An order closed or cancelled with units still outstanding: their commitment is released. */
    public BudgetAmounts release(BigDecimal amount) {
        return new BudgetAmounts(allocated, reservePercent, committed.subtract(amount), spent);
    }

    /**
     * The thresholds (percent of the spendable part) that committed + spent reaches or passes in
     * going from this state to {@code after}: an alert for each.
     */
    public List<Integer> thresholdsCrossedTo(BudgetAmounts after, List<Integer> thresholds) {
        BigDecimal before = used();
        BigDecimal now = after.used();
        return thresholds.stream()
                .filter(t -> {
                    BigDecimal line = cents(spendable().multiply(BigDecimal.valueOf(t)).divide(HUNDRED, 6,
                            RoundingMode.HALF_EVEN));
                    return before.compareTo(line) < 0 && now.compareTo(line) >= 0;
                })
                .toList();
    }
}
