package io.jifen.imports.batch;

/** Ends the job: the file passed its share of refused rows, and a person decides whether to go on. */
public class TooManyRejectsException extends RuntimeException {
    public TooManyRejectsException(String fileId, long rejected) {
        super("file " + fileId + ": " + rejected + " rows refused, more than its share");
    }
}
