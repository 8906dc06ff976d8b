package io.jifen.api.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads every request body once, holds it to the API's one JSON reading policy
 * ({@link JsonBodyPolicy}) before anything binds it, and keeps the raw bytes (at most 1 MiB, the
 * filter's limit) so a later binding failure can still name the field that held the bad value.
 */
@Provider
public class BodyCapture implements ReaderInterceptor {
    private static final ThreadLocal<byte[]> BODY = new ThreadLocal<>();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        BODY.set(body);
        if (isJson(context.getMediaType())) {
            String charset = context.getMediaType() == null ? null
                    : context.getMediaType().getParameters().get(MediaType.CHARSET_PARAMETER);
            if (charset != null && !charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
                // the policy reads UTF-8; a body in another charset could hide what the binder would see
                throw new RejectedBodyException(List.of(
                        new Problem.Violation("body", "must be sent as UTF-8 (charset " + charset + " is not accepted)")));
            }
            var violations = JsonBodyPolicy.check(body, context.getGenericType());
            if (!violations.isEmpty()) {
                throw new RejectedBodyException(violations);
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    private static boolean isJson(MediaType type) {
        return type == null || type.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                || type.getSubtype().endsWith("+json");
    }

    static byte[] current() {
        return BODY.get();
    }

    static void clear() {
        BODY.remove();
    }
}
