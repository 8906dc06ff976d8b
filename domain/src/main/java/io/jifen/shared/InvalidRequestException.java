package io.jifen.shared;

/** A value the domain cannot accept, found after the API's own validation (e.g. a cross-field rule). */
public class InvalidRequestException extends DomainException {
    private final String field;

    public InvalidRequestException(String field, String message) {
        super(ErrorCode.VALIDATION_FAILED, message);
        this.field = field;
    }

    public InvalidRequestException(String field, Message message) {
        super(ErrorCode.VALIDATION_FAILED, message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
