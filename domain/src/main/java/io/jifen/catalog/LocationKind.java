package io.jifen.catalog;

public enum LocationKind { WAREHOUSE, BRANCH }
