package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.List;

/**
 * The procurement budget of one period. Committed and spent change only through the methods
 * below, called while the row is locked, so two approvals racing for the last of it cannot both
 * pass. The arithmetic lives in {@link BudgetAmounts}.
 */
@Entity
@Table(name = "procurement_budget")
public class Budget {
    public static final BigDecimal MIN_RESERVE_PERCENT = BigDecimal.valueOf(15);
    public static final BigDecimal MAX_RESERVE_PERCENT = BigDecimal.valueOf(20);

    @Id
    @SequenceGenerator(name = "procurement_budget_seq", sequenceName = "procurement_budget_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "procurement_budget_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "period", nullable = false, length = 8)
    private String period;
    @Column(name = "currency", nullable = false, length = 3)
    private String currency;
    @Column(name = "allocated", nullable = false, precision = 19, scale = 2)
    private BigDecimal allocated;
    @Column(name = "reserve_percent", nullable = false, precision = 5, scale = 2)
    private BigDecimal reservePercent;
    @Column(name = "committed", nullable = false, precision = 19, scale = 2)
    private BigDecimal committed;
    @Column(name = "spent", nullable = false, precision = 19, scale = 2)
    private BigDecimal spent;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Budget() {
    }

    public Budget(BudgetPeriod period, Money allocated, BigDecimal reservePercent, Instant createdAt) {
        checkReserve(reservePercent);
        if (allocated.isNegative()) {
            throw new InvalidRequestException("allocated", "a budget is zero or more");
        }
        this.period = period.code();
        this.currency = allocated.currency().getCurrencyCode();
        this.allocated = allocated.amount();
        this.reservePercent = reservePercent.setScale(2);
        this.committed = BigDecimal.ZERO.setScale(2);
        this.spent = BigDecimal.ZERO.setScale(2);
        this.createdAt = createdAt;
    }

    private static void checkReserve(BigDecimal percent) {
        if (percent == null || percent.compareTo(MIN_RESERVE_PERCENT) < 0 || percent.compareTo(MAX_RESERVE_PERCENT) > 0) {
            throw new InvalidRequestException("reservePercent", "the contingency reserve is 15 to 20 percent");
        }
    }

    /** A new allocation or reserve; never below what is already committed and spent. */
    public void reallocate(Money newAllocated, BigDecimal newReservePercent) {
        checkReserve(newReservePercent);
        sameCurrency(newAllocated);
        if (newAllocated.amount().compareTo(amounts().used()) < 0) {
            throw new InvalidRequestException("allocated", Message.of("budget.belowUsed",
                    amounts().used().toPlainString()));
        }
        this.allocated = newAllocated.amount();
        this.reservePercent = newReservePercent.setScale(2);
    }

    /**
     * Commits an approved order's value. Within the spendable part anyone with the role may;
     * beyond it only when drawing on the reserve is allowed (an admin with a reason), and never
     * beyond the allocation. Answers the thresholds crossed.
     */
    public List<Integer> commit(Money amount, boolean mayDrawOnReserve, List<Integer> alertThresholds) {
        sameCurrency(amount);
        BudgetAmounts before = amounts();
        BigDecimal value = amount.amount();
        if (!before.fitsAvailable(value) && !(mayDrawOnReserve && before.fitsWithReserve(value))) {
            throw new BudgetExceededException(period, amount.toString(), before.available().toPlainString(),
                    before.fitsWithReserve(value));
        }
        return apply(before, before.commit(value), alertThresholds);
    }

    /** Whether the order's value fits without touching the reserve. */
    public boolean fitsAvailable(Money amount) {
        return amounts().fitsAvailable(amount.amount());
    }

    public List<Integer> receive(BigDecimal receivedValue, BigDecimal acceptedValue, List<Integer> alertThresholds) {
        BudgetAmounts before = amounts();
        return apply(before, before.receive(receivedValue, acceptedValue), alertThresholds);
    }

    public void release(BigDecimal amount) {
        BudgetAmounts after = amounts().release(amount);
        committed = after.committed();
    }

    private List<Integer> apply(BudgetAmounts before, BudgetAmounts after, List<Integer> thresholds) {
        committed = after.committed();
        spent = after.spent();
        return before.thresholdsCrossedTo(after, thresholds);
    }

    private void sameCurrency(Money amount) {
        if (!amount.currency().getCurrencyCode().equals(currency)) {
            throw new InvalidRequestException("currency", Message.of("budget.currency", period, currency));
        }
    }

    public BudgetAmounts amounts() {
        return new BudgetAmounts(allocated, reservePercent, committed, spent);
    }

    public Long id() { return id; }
    public BudgetPeriod period() { return new BudgetPeriod(period); }
    public Currency currency() { return Currency.getInstance(currency); }
    public BigDecimal reservePercent() { return reservePercent; }
    public Instant createdAt() { return createdAt; }
}
