package io.jifen.customers;

public enum RiskLevel { LOW, MEDIUM, HIGH }
