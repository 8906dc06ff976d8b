package io.jifen.customers;

import java.util.Objects;
import java.util.Set;

/** The master data core banking owns for a customer. */
public record MasterData(String name, String phone, CustomerStatus status, boolean blacklisted,
                         RiskLevel riskLevel, CreditRating creditRating, Set<ProductHolding> holdings) {
    public MasterData {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(riskLevel, "riskLevel");
        Objects.requireNonNull(creditRating, "creditRating");
        holdings = holdings == null ? Set.of() : Set.copyOf(holdings);
    }
}
