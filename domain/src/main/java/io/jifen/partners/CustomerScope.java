package io.jifen.partners;

/**
 * Which customers a partner may see. The bank's own app and kiosks serve every customer; a
 * third-party mall serves only the customers core banking linked to it with their consent.
 */
public enum CustomerScope {
    ALL_CUSTOMERS,
    LINKED
}
