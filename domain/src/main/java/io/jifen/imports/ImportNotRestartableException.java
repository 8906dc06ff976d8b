package io.jifen.imports;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** The file's job is not in a state that allows what was asked (restart a running one, stop a finished one). */
public class ImportNotRestartableException extends DomainException {
    public ImportNotRestartableException(ImportFile file, String action) {
        super(ErrorCode.INVALID_STATE, Message.of("import.invalidStep", file.id(), file.status(), action));
    }
}
