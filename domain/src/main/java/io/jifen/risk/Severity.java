package io.jifen.risk;

public enum Severity {
    LOW, MEDIUM, HIGH
}
