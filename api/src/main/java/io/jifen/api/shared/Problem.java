package io.jifen.api.shared;

import io.jifen.shared.Reason;
import java.util.List;

/** RFC 9457 problem details with the stable machine code of api.md. */
public record Problem(String type, String title, int status, String detail, String code,
                      List<Violation> violations, List<Reason> reasons, String requestId) {

    public record Violation(String field, String message) {
    }

    public static Problem of(int status, String code, String title, String detail) {
        return new Problem(typeFor(code), title, status, detail, code, null, null, null);
    }

    public Problem withViolations(List<Violation> list) {
        return new Problem(type, title, status, detail, code, list, reasons, requestId);
    }

    public Problem withReasons(List<Reason> list) {
        return new Problem(type, title, status, detail, code, violations, list.isEmpty() ? null : list, requestId);
    }

    public Problem withRequestId(String id) {
        return new Problem(type, title, status, detail, code, violations, reasons, id);
    }

    private static String typeFor(String code) {
        return "https://jifen.io/problems/" + code.toLowerCase().replace('_', '-');
    }
}
