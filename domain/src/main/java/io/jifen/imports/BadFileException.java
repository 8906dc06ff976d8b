package io.jifen.imports;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** A file that cannot be imported at all (encoding, columns, trailer): refused before anything is applied. */
public class BadFileException extends DomainException {
    public BadFileException(String message) {
        super(ErrorCode.VALIDATION_FAILED, message);
    }
}
