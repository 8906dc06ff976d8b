package io.jifen.shared;

/** The stable machine codes a refused request carries (api.md); the api module maps them to HTTP. */
public enum ErrorCode {
    VALIDATION_FAILED,
    NOT_FOUND,
    FORBIDDEN,
    IDEMPOTENCY_CONFLICT,
    INSUFFICIENT_POINTS,
    OUT_OF_STOCK,
    NOT_ELIGIBLE,
    INVALID_STATE,
    /** More points, or a larger amount, than one accrual may credit without a person looking at it. */
    ACCRUAL_LIMIT_EXCEEDED
}
