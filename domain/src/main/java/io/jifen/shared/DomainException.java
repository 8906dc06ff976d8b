package io.jifen.shared;

import java.util.List;
import java.util.Locale;

/**
 * A business rule refused the request. Each refused rule has its own subclass so callers and
 * tests can name it; the code is what partners see. The reason is a sentence of the message
 * catalogue ({@link Message}), rendered in the reader's language; {@link #getMessage()} is its
 * English, for logs.
 */
public abstract class DomainException extends RuntimeException {
    private final ErrorCode code;
    private final Message message;

    protected DomainException(ErrorCode code, Message message) {
        super(message.in(Locale.ENGLISH));
        this.code = code;
        this.message = message;
    }

    /** A reason still written as an English sentence; the catalogue's texts translate it where they can. */
    protected DomainException(ErrorCode code, String message) {
        super(message);
        this.code = code;
        this.message = null;
    }

    public ErrorCode code() {
        return code;
    }

    /** The reason in the reader's language (English or Chinese). */
    public String message(Locale locale) {
        return message != null ? message.in(locale) : Messages.text(locale, getMessage());
    }

    /** Extra reasons a storefront can show (e.g. every failed eligibility rule). */
    public List<Reason> reasons() {
        return List.of();
    }
}
