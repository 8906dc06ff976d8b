/**
 * Customer service's screens: finding a customer, their star levels and why, their points with
 * the lots and ledger behind them, and points adjustments.
 */
package io.jifen.ui.customers;
