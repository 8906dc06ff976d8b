package io.jifen.partners.application;

/** A partner or carrier registration changed on this server; cached answers about it are stale. */
public record RegistryChanged(Kind kind, String id) {
    public enum Kind { PARTNER, CARRIER }
}
