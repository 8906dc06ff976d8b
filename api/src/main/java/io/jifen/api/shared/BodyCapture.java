package io.jifen.api.shared;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Keeps the raw JSON body of the request being read (at most 1 MiB, the filter's limit), so a
 * binding failure can still name the field that held the bad value.
 */
@Provider
public class BodyCapture implements ReaderInterceptor {
    private static final ThreadLocal<byte[]> BODY = new ThreadLocal<>();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        byte[] body = context.getInputStream().readAllBytes();
        BODY.set(body);
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }

    static byte[] current() {
        return BODY.get();
    }

    static void clear() {
        BODY.remove();
    }
}
