/**
 * Procurement's screens: suppliers and quote comparisons, purchase orders from draft to
 * receiving, and the budget with its alerts.
 */
package io.jifen.ui.procurement;
