package io.jifen.orders;

import io.jifen.shared.DomainException;
import io.jifen.shared.Message;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;

/**
 * A redemption refused by eligibility. When only points are short it is INSUFFICIENT_POINTS, when
 * only stock is, OUT_OF_STOCK; otherwise NOT_ELIGIBLE. Every reason is listed either way.
 */
public class NotEligibleException extends DomainException {
    private final List<Ineligibility> failed;

    public NotEligibleException(List<Ineligibility> failed) {
        super(codeFor(requireSome(failed)), messageFor(failed));
        this.failed = List.copyOf(failed);
    }

    private static List<Ineligibility> requireSome(List<Ineligibility> failed) {
        if (failed.isEmpty()) {
            throw new IllegalArgumentException("a refusal names at least one reason");
        }
        return failed;
    }

    private static ErrorCode codeFor(List<Ineligibility> failed) {
        if (failed.stream().allMatch(Ineligibility::isAboutPoints)) {
            return ErrorCode.INSUFFICIENT_POINTS;
        }
        if (failed.stream().allMatch(reason -> reason == Ineligibility.OUT_OF_STOCK)) {
            return ErrorCode.OUT_OF_STOCK;
        }
        return ErrorCode.NOT_ELIGIBLE;
    }

    /** The reasons by name in English (as partners match them), in words in Chinese. */
    private static Message messageFor(List<Ineligibility> failed) {
        return Message.of("notEligible", List.copyOf(failed));
    }

    public List<Ineligibility> failed() {
        return failed;
    }

    @Override
    public List<Reason> reasons() {
        return failed.stream().map(Ineligibility::reason).toList();
    }
}
