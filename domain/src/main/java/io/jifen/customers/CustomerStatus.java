package io.jifen.customers;

public enum CustomerStatus { ACTIVE, DORMANT, CLOSED }
