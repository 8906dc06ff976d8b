package io.jifen.partners;

/** Whether a registered partner or carrier may act now; a suspended one is refused as if unknown. */
public enum RegistrationStatus {
    ACTIVE,
    SUSPENDED
}
