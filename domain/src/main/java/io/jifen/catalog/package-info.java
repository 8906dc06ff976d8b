/**
 * The gift catalog and its stock: gifts with their price, tier and credit requirements, channels
 * and partners; stock per location (central warehouse, branches) that never goes below zero;
 * every adjustment recorded; low-stock warnings.
 */
package io.jifen.catalog;
