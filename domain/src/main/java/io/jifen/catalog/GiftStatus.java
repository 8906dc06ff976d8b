package io.jifen.catalog;

public enum GiftStatus { ACTIVE, RETIRED }
