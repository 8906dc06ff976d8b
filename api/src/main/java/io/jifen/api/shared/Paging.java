package io.jifen.api.shared;

import io.jifen.shared.Message;
import io.jifen.shared.InvalidRequestException;

/** ?page=&size= read strictly: a bad value is a 400 naming the parameter, not a guess. */
public record Paging(int page, int size) {
    public static final int MAX_SIZE = 200;
    private static final int DEFAULT_SIZE = 20;

    public static Paging of(String page, String size) {
        int p = parse("page", page, 0);
        int s = parse("size", size, DEFAULT_SIZE);
        if (p < 0) {
            throw new InvalidRequestException("page", "must be 0 or more");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw new InvalidRequestException("size", Message.of("mustBe1To", String.valueOf(MAX_SIZE)));
        }
        if ((long) p * s > Integer.MAX_VALUE) {
            throw new InvalidRequestException("page", "is beyond the end of any list");
        }
        return new Paging(p, s);
    }

    private static int parse(String name, String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(name, "must be a whole number");
        }
    }
}
