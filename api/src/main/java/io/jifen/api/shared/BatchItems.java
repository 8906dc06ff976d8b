package io.jifen.api.shared;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * The items of a batch request, each read by the same policy, binding and validation as the body
 * of the single call it stands for, so a bad item is answered with the same 400 and spoils nothing else.
 */
public final class BatchItems {
    private BatchItems() {
    }

    /** An item the single call would have refused with 400. */
    public static final class InvalidItem extends RuntimeException {
        private final transient Problem problem;

        InvalidItem(Problem problem) {
            super(problem.detail(), null, false, false);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    public static <T> T read(JsonObject item, Class<T> type, Validator validator) {
        // the whole body passed the policy's reading (UTF-8, one value, no key twice, text rules):
        // the item is held to the fields and JSON types of the single call's body
        var violations = JsonBodyPolicy.checkValue(item, type);
        if (!violations.isEmpty()) {
            throw invalid(violations);
        }
        T body;
        try {
            body = StrictJson.jsonb().fromJson(item.toString(), type);
        } catch (JsonbException e) {
            throw new InvalidItem(Problems.forStatus(400, "The item could not be read."));
        }
        var failed = validator.validate(body);
        if (!failed.isEmpty()) {
            throw invalid(failed.stream().map(BatchItems::violation).toList());
        }
        return body;
    }

    /** A text field of the item when it is well formed, to name the item in its answer; else null. */
    public static String text(JsonObject item, String key, String pattern) {
        return item.get(key) instanceof JsonString s && s.getString().matches(pattern) ? s.getString() : null;
    }

    private static InvalidItem invalid(List<Problem.Violation> violations) {
        return new InvalidItem(Problems.forStatus(400, "The request has invalid fields.").withViolations(
                violations.stream().sorted(Comparator.comparing(Problem.Violation::field)).toList()));
    }

    private static Problem.Violation violation(ConstraintViolation<?> violation) {
        String field = violation.getPropertyPath().toString();
        return new Problem.Violation(field.isEmpty() ? "body" : field, violation.getMessage());
    }
}
