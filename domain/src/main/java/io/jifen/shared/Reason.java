package io.jifen.shared;

/** One reason a request was refused: a stable code for programs, a message for people. */
public record Reason(String code, String message) {
}
