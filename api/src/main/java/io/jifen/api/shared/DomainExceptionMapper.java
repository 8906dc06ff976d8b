package io.jifen.api.shared;

import io.jifen.shared.DomainException;
import io.jifen.shared.InvalidRequestException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import java.util.Locale;

/** A refused business rule: its code decides the status (rule violations are 409, not 403). */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {
    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException e) {
        // the refusal's own sentence in the caller's language; ProblemLanguageFilter does the title
        Locale locale = ApiLanguage.of(headers == null ? null : headers.getHeaderString("Accept-Language"));
        return Problems.response(problemOf(e, locale));
    }

    /** The problem a refusal answers, for a whole response or one item of a batch. */
    public static Problem problemOf(DomainException e) {
        return problemOf(e, Locale.ENGLISH);
    }

    static Problem problemOf(DomainException e, Locale locale) {
        int status = Problems.statusOf(e.code());
        String reason = e.message(locale);
        Problem problem = Problem.of(status, e.code().name(), Problems.titleOf(status), reason)
                .withReasons(e.reasons());
        if (e instanceof InvalidRequestException invalid) {
            problem = problem.withViolations(List.of(new Problem.Violation(invalid.field(), reason)));
        }
        return problem;
    }
}
