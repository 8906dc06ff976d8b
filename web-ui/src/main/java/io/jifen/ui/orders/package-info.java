/**
 * The fulfilment board: open orders, overdue first, and the steps staff may take on each.
 */
package io.jifen.ui.orders;
