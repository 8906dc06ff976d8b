package io.jifen.shared;

import java.util.List;

/**
 * Someone tried to decide on what they themselves put forward (a campaign they created, a purchase
 * order they submitted): a second person decides. Each feature names its own refusal; all are this
 * one rule, a 409 with the reason FOUR_EYES.
 */
public abstract class FourEyesRefusal extends DomainException {
    protected FourEyesRefusal(Message message) {
        super(ErrorCode.INVALID_STATE, message);
    }

    @Override
    public List<Reason> reasons() {
        return List.of(new Reason("FOUR_EYES", getMessage()));
    }
}
