package io.jifen.api.shared;

import jakarta.json.Json;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.sql.SQLException;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Everything else. Client mistakes the runtime detects (bad JSON, unknown path or method, wrong
 * media type, a body too large) become their 4xx problem; only what is truly unexpected is a 500,
 * logged with the request id and never shown to the client beyond that id.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (causedBy(e, PayloadTooLargeException.class)) {
            return Problems.response(Problems.forStatus(413, "The request body is larger than 1 MiB."));
        }
        RejectedBodyException rejected = cause(e, RejectedBodyException.class);
        if (rejected != null) {
            return Problems.response(Problems.forStatus(400, "The request body breaks the API's JSON rules; see violations.")
                    .withViolations(rejected.violations()));
        }
        if (isOutOfRangeData(e)) {
            LOG.log(Level.INFO, "Value refused by the database, requestId=" + RequestIds.current(), e);
            return Problems.response(Problems.forStatus(400,
                    "A value is too long, out of range or not storable as text; nothing was written."));
        }
        if (e instanceof WebApplicationException wae && !(e instanceof ProcessingException)) {
            int status = wae.getResponse().getStatus();
            if (status >= 400 && status < 500 && !isBodyProblem(e)) {
                return Problems.response(Problems.forStatus(status, clientDetail(status)));
            }
        }
        if (isBodyProblem(e)) {
            Problem problem = Problems.forStatus(400,
                    "The request body is not valid JSON for this operation (syntax, field types or enum values).");
            String field = offendingProperty(e);
            if (field != null) {
                problem = problem.withViolations(List.of(new Problem.Violation(field,
                        "has a value of the wrong type, or not one of the allowed values")));
            }
            return Problems.response(problem);
        }
        if (isConcurrencyConflict(e)) {
            LOG.log(Level.INFO, "Concurrent request conflict, requestId=" + RequestIds.current(), e);
            return Problems.response(Problem.of(409, "INVALID_STATE", Problems.titleOf(409),
                    "A concurrent request changed the same data; retry the request."));
        }
        LOG.log(Level.SEVERE, "Unexpected failure, requestId=" + RequestIds.current(), e);
        return Problems.response(Problems.forStatus(500,
                "Something went wrong on our side; quote the request id to support."));
    }

    private static final Pattern NO_ENUM = Pattern.compile("No enum constant [\\w.$]+\\.(\\w+)");

    /**
     * The field that held an unknown enum value: the binder names only the value, so the value is
     * looked up in the body that was read.
     */
    private static String offendingProperty(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            var matcher = t.getMessage() == null ? null : NO_ENUM.matcher(t.getMessage());
            if (matcher != null && matcher.find() && BodyCapture.current() != null) {
                try (var reader = Json.createReader(new ByteArrayInputStream(BodyCapture.current()))) {
                    return pathOf(reader.readValue(), matcher.group(1), "");
                } catch (RuntimeException unreadable) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String pathOf(JsonValue value, String wanted, String path) {
        switch (value.getValueType()) {
            case STRING -> {
                return ((JsonString) value).getString().equals(wanted) ? path : null;
            }
            case OBJECT -> {
                for (var entry : value.asJsonObject().entrySet()) {
                    String found = pathOf(entry.getValue(), wanted, path.isEmpty() ? entry.getKey() : path + "." + entry.getKey());
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            case ARRAY -> {
                var array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    String found = pathOf(array.get(i), wanted, path + "[" + i + "]");
                    if (found != null) {
                        return found;
                    }
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean isBodyProblem(Throwable e) {
        return causedBy(e, JsonbException.class) || causedBy(e, JsonParsingException.class)
                || causedBy(e, DateTimeParseException.class)
                || (e instanceof ProcessingException);
    }

    /**
     * A unique key or lock refused this request because another one won the race (e.g. the same
     * source transaction id for two customers at once): the client may retry, nothing was written.
     */
    private static boolean isConcurrencyConflict(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            // the row's version moved under us (JPA's or EclipseLink's own exception type)
            if (t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                if (state.startsWith("23") || state.equals("40001") || state.equals("40P01")
                        || state.equals("55P03") || state.equals("HYT00")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String clientDetail(int status) {
        return switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This path does not accept that method.";
            case 406 -> "This path answers application/json only.";
            case 415 -> "Send the body as application/json.";
            case 401 -> "A valid bearer token is required.";
            case 403 -> "The caller's role may not do this.";
            default -> "The request could not be processed.";
        };
    }

    /**
     * The database refused a value (SQLSTATE class 22: too long, out of range, a NUL byte). Every
     * request field is checked before it reaches the database; this is the safety net behind
     * those checks, and the transaction has rolled back, so it is the client's 400, not a 500.
     */
    private static boolean isOutOfRangeData(Throwable e) {
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        return cause(e, type) != null;
    }
}
