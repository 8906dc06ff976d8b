package io.jifen.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class MasterDataTest {

    @Test
    void missing_holdings_mean_no_holdings() {
        var data = new MasterData("Li Lei", null, CustomerStatus.ACTIVE, false, RiskLevel.MEDIUM, CreditRating.AA, null);

        assertThat(data.holdings()).isEmpty();
    }

    @Test
    void the_holdings_are_copied_not_shared_with_the_caller() {
        var holdings = EnumSet.of(ProductHolding.GOLD_CREDIT_CARD);
        var data = new MasterData("Li Lei", null, CustomerStatus.ACTIVE, false, RiskLevel.MEDIUM, CreditRating.AA, holdings);

        holdings.add(ProductHolding.PRIVATE_BANKING);

        assertThat(data.holdings()).containsExactly(ProductHolding.GOLD_CREDIT_CARD);
    }

    @Test
    void a_phone_is_optional() {
        var data = new MasterData("Li Lei", null, CustomerStatus.ACTIVE, false, RiskLevel.MEDIUM, CreditRating.AA, null);

        assertThat(data.phone()).isNull();
    }

    @Test
    void a_name_is_required() {
        assertThatThrownBy(() -> new MasterData(null, null, CustomerStatus.ACTIVE, false, RiskLevel.MEDIUM, CreditRating.AA, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("name");
    }

    @Test
    void a_status_is_required() {
        assertThatThrownBy(() -> new MasterData("Li Lei", null, null, false, RiskLevel.MEDIUM, CreditRating.AA, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("status");
    }

    @Test
    void a_risk_level_is_required() {
        assertThatThrownBy(() -> new MasterData("Li Lei", null, CustomerStatus.ACTIVE, false, null, CreditRating.AA, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("riskLevel");
    }

    @Test
    void a_credit_rating_is_required() {
        assertThatThrownBy(() -> new MasterData("Li Lei", null, CustomerStatus.ACTIVE, false, RiskLevel.MEDIUM, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("creditRating");
    }
}
