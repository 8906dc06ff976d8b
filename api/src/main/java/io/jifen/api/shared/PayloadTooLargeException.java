package io.jifen.api.shared;

import java.io.IOException;

/** A body grew past the limit while being read (chunked bodies carry no Content-Length). */
public class PayloadTooLargeException extends IOException {
    public PayloadTooLargeException(long limit) {
        super("request body is larger than " + limit + " bytes");
    }
}
