package io.jifen.imports;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** The file's job is not in a state that allows what was asked (restart a running one, stop a finished one). */
public class ImportNotRestartableException extends DomainException {
    public ImportNotRestartableException(ImportFile file, String action) {
        super(ErrorCode.INVALID_STATE, "file " + file.id() + " is " + file.status() + ": it cannot be " + action);
    }
}
