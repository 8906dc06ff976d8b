package io.jifen.points;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.CustomerId;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Points;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AdjustmentRequestTest {
    private static final Instant AT = Instant.parse("2026-11-30T02:00:00Z");

    private static AdjustmentRequest request() {
        return new AdjustmentRequest("AR-1", new CustomerId("C-1"), Points.of(30_000), "migrated balance", "li.wei", AT);
    }

    @Test
    void a_request_waits_until_a_second_person_approves_it() {
        var request = request();
        assertThat(request.status()).isEqualTo(AdjustmentStatus.PENDING_APPROVAL);
        request.approve("zhang.min", "checked", AT.plusSeconds(60));
        assertThat(request.status()).isEqualTo(AdjustmentStatus.APPROVED);
        assertThat(request.decidedBy()).isEqualTo("zhang.min");
    }

    @Test
    void the_requester_may_neither_approve_nor_reject_however_the_name_is_written() {
        var request = request();
        assertThatThrownBy(() -> request.approve("LI.WEI", null, AT)).isInstanceOf(AdjustmentFourEyesException.class);
        assertThatThrownBy(() -> request.reject(" li.wei", "no", AT)).isInstanceOf(AdjustmentFourEyesException.class);
        assertThat(request.status()).isEqualTo(AdjustmentStatus.PENDING_APPROVAL);
    }

    @Test
    void the_first_decision_stands() {
        var request = request();
        request.reject("zhang.min", "no statement from the old system", AT);
        assertThatThrownBy(() -> request.approve("wang.fang", null, AT)).isInstanceOf(AdjustmentRequest.AlreadyDecided.class);
        assertThat(request.status()).isEqualTo(AdjustmentStatus.REJECTED);
    }

    @Test
    void a_request_obeys_the_same_bounds_as_any_adjustment() {
        assertThatThrownBy(() -> new AdjustmentRequest("AR-2", new CustomerId("C-1"), Points.ZERO, "x", "li.wei", AT))
                .isInstanceOf(InvalidRequestException.class);
    }
}
