package io.jifen.api.shared;

import io.jifen.shared.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Builds problem+json answers; the one place that turns codes into HTTP statuses. */
public final class Problems {
    public static final String PROBLEM_JSON = "application/problem+json";
    public static final MediaType PROBLEM_JSON_TYPE = MediaType.valueOf(PROBLEM_JSON);

    private Problems() {
    }

    public static int statusOf(ErrorCode code) {
        return switch (code) {
            case VALIDATION_FAILED -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case IDEMPOTENCY_CONFLICT -> 422;
            case INSUFFICIENT_POINTS, OUT_OF_STOCK, NOT_ELIGIBLE, INVALID_STATE, ACCRUAL_LIMIT_EXCEEDED -> 409;
        };
    }

    public static String titleOf(int status) {
        return switch (status) {
            case 400 -> "Bad request";
            case 401 -> "Unauthenticated";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 405 -> "Method not allowed";
            case 406 -> "Not acceptable";
            case 409 -> "Conflict";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported media type";
            case 422 -> "Unprocessable content";
            case 429 -> "Too many requests";
            default -> status >= 500 ? "Internal error" : "Request refused";
        };
    }

    /** A code for statuses that do not come from a domain rule. */
    public static String codeOf(int status) {
        return switch (status) {
            case 400 -> "VALIDATION_FAILED";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 422 -> "IDEMPOTENCY_CONFLICT";
            case 429 -> "RATE_LIMITED";
            default -> status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
    }

    public static Problem forStatus(int status, String detail) {
        return Problem.of(status, codeOf(status), titleOf(status), detail);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(PROBLEM_JSON_TYPE)
                .entity(problem.withRequestId(RequestIds.current()))
                .build();
    }
}
