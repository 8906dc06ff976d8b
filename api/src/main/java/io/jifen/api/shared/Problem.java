package io.jifen.api.shared;

import io.jifen.shared.Messages;
import java.util.Locale;

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

    /** The problem as a reader of that language reads it: title, detail and violation messages. */
    public Problem in(Locale locale) {
        if (Messages.supported(locale).equals(Locale.ENGLISH)) {
            return this;
        }
        List<Violation> shown = violations == null ? null : violations.stream()
                .map(v -> new Violation(v.field(), Messages.text(locale, v.message()))).toList();
        List<Reason> why = reasons == null ? null : reasons.stream()
                .map(r -> new Reason(r.code(), Messages.text(locale, r.message()))).toList();
        return new Problem(type, Messages.render(locale, "problem.title." + status), status,
                Messages.text(locale, detail), code, shown, why, requestId);
    }

    private static String typeFor(String code) {
        return "https://jifen.io/problems/" + code.toLowerCase().replace('_', '-');
    }
}
