/**
 * The points ledger over HTTP: core banking reports transactions to earn on, partners read
 * balances and history, the back office adjusts and runs expiry.
 */
package io.jifen.api.points;
