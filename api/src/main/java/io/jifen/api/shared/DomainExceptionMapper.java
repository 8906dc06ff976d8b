package io.jifen.api.shared;

import io.jifen.shared.DomainException;
import io.jifen.shared.InvalidRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused business rule: its code decides the status (rule violations are 409, not 403). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Override
    public Response toResponse(DomainException e) {
        return Problems.response(problemOf(e));
    }

    /** The problem a refusal answers, for a whole response or one item of a batch. */
    public static Problem problemOf(DomainException e) {
        int status = Problems.statusOf(e.code());
        Problem problem = Problem.of(status, e.code().name(), Problems.titleOf(status), e.getMessage())
                .withReasons(e.reasons());
        if (e instanceof InvalidRequestException invalid) {
            problem = problem.withViolations(List.of(new Problem.Violation(invalid.field(), e.getMessage())));
        }
        return problem;
    }
}
