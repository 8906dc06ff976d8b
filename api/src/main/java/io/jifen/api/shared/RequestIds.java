package io.jifen.api.shared;

import java.util.UUID;
import java.util.regex.Pattern;

/** The X-Request-Id of the request on this thread: the caller's when it is sane, else a new one. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,100}");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {
    }

    static String accept(String fromCaller) {
        return fromCaller != null && SANE.matcher(fromCaller).matches() ? fromCaller : UUID.randomUUID().toString();
    }

    static void set(String id) {
        CURRENT.set(id);
    }

    static void clear() {
        CURRENT.remove();
    }

    public static String current() {
        return CURRENT.get();
    }
}
