package io.jifen.shared;

import java.util.List;

/**
 * A business rule refused the request. Each refused rule has its own subclass so callers and
 * tests can name it; the code is what partners see.
 */
public abstract class DomainException extends RuntimeException {
    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    /** Extra reasons a storefront can show (e.g. every failed eligibility rule). */
    public List<Reason> reasons() {
        return List.of();
    }
}
