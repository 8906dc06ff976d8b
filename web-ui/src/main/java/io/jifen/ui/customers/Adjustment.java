package io.jifen.ui.customers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What the adjustment form collects before it becomes a call to the points service: a signed
 * number of points (credit or debit) and the reason that goes on the ledger entry.
 */
public class Adjustment {
    @NotNull
    private Integer points;
    @NotBlank
    @Size(max = 500)
    private String reason;

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
