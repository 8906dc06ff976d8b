package io.jifen.imports;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownImportFileException extends DomainException {
    public UnknownImportFileException(String fileId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.importFile", fileId));
    }
}
