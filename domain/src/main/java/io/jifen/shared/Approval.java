package io.jifen.shared;

/** Where a change awaiting a second person stands (an earning rule's version, a trigger). */
public enum Approval {
    PENDING_APPROVAL, APPROVED, REJECTED
}
