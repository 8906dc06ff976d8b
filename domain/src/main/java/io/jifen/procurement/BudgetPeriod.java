package io.jifen.procurement;

import io.jifen.shared.InvalidRequestException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;

/** A budget period: a month ("2026-11") or a quarter ("2026-Q4"). */
public record BudgetPeriod(String code) {
    private static final Pattern MONTH = Pattern.compile("^(\\d{4})-(0[1-9]|1[0-2])$");
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    public BudgetPeriod {
        if (code == null || !(MONTH.matcher(code).matches() || QUARTER.matcher(code).matches())) {
            throw new InvalidRequestException("period", "a period is a month (2026-11) or a quarter (2026-Q4)");
        }
    }

    public static BudgetPeriod monthOf(LocalDate date) {
        return new BudgetPeriod(YearMonth.from(date).toString());
    }

    public boolean isQuarter() {
        return code.contains("Q");
    }
}
