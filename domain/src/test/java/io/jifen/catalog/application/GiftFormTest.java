package io.jifen.catalog.application;

import io.jifen.shared.GiftId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.GiftType;
import io.jifen.customers.CreditRating;
import io.jifen.customers.StarLevel;
import io.jifen.shared.InvalidRequestException;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GiftFormTest {
    private static GiftForm aForm() {
        var form = new GiftForm();
        form.setSku("TEA-01");
        form.setName("西湖龙井");
        form.setNameEn("Longjing tea");
        form.setCategory(GiftCategory.REGIONAL_SPECIALITIES);
        form.setType(GiftType.PHYSICAL);
        form.setPointsPrice(12_000L);
        form.setChannels(Set.of(Channel.COURIER, Channel.BRANCH_PICKUP));
        form.setUnitCost("199.5");
        return form;
    }

    @Test
    void a_form_without_level_or_threshold_gives_an_unrated_gift_without_threshold() {
        var details = aForm().toDetails();

        assertThat(details.minStarLevel()).isEqualTo(StarLevel.UNRATED);
        assertThat(details.lowStockThreshold()).isZero();
        assertThat(details.partners()).isEmpty();
        assertThat(details.unitCost()).isEqualByComparingTo("199.50");
    }

    @Test
    void star_level_2_is_refused_on_the_min_star_level_field() {
        var form = aForm();
        form.setMinStarLevel(2);

        assertThatThrownBy(form::toDetails)
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("minStarLevel"));
    }

    @Test
    void a_form_made_from_a_gift_keeps_what_a_short_form_does_not_show() {
        var form = aForm();
        form.setDescription("明前特级");
        form.setDescriptionEn("First flush");
        form.setMinStarLevel(5);
        form.setMinCreditRating(CreditRating.A);
        form.setPartners(Set.of("mall"));
        form.setLowStockThreshold(20);
        form.setImageUrl("https://img.example/tea.png");
        form.setUnitCost("199.50");
        var gift = new Gift(new GiftId("G-1"), form.toDetails(), Instant.parse("2026-01-01T00:00:00Z"));

        assertThat(GiftForm.of(gift).toDetails()).isEqualTo(form.toDetails());
    }

    @Test
    void the_dearest_price_and_highest_threshold_hold_even_when_nobody_validated_the_form() {
        var dear = aForm();
        dear.setPointsPrice(GiftDetails.MAX_POINTS_PRICE + 1);
        assertThatThrownBy(dear::toDetails).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("pointsPrice"));
        var watchful = aForm();
        watchful.setLowStockThreshold(GiftDetails.MAX_LOW_STOCK_THRESHOLD + 1);
        assertThatThrownBy(watchful::toDetails).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo("lowStockThreshold"));
    }
}
