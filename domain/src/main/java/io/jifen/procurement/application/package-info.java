/**
 * Procurement use cases: suppliers and their quotes, purchase orders from draft through a second
 * person's approval to receiving and closing, and the budget each order commits and spends.
 */
package io.jifen.procurement.application;
