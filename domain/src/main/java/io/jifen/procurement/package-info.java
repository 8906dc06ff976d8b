/**
 * Procurement keeps the gift shelves full within a budget: suppliers with their contacts, quotes
 * (unit price per quantity tier, valid from/to) and a grade explained from quality, delivery and
 * price; purchase orders from draft to received or cancelled, approved by a second person; goods
 * receipts with a quality check, whose accepted units enter stock; and the budget per month or
 * quarter with its contingency reserve and alerts.
 */
package io.jifen.procurement;
