package io.jifen.api.shared;

import io.jifen.api.shared.Problem.Violation;
import java.util.List;

/** A request body that breaks the API's reading policy ({@link JsonBodyPolicy}); nothing was bound. */
public class RejectedBodyException extends RuntimeException {
    private final transient List<Violation> violations;

    public RejectedBodyException(List<Violation> violations) {
        super("the request body breaks the JSON reading policy", null, false, false);
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
