/**
 * Procurement over HTTP: suppliers and quotes, purchase orders, the budget, and exports to CSV
 * and Excel for finance.
 */
package io.jifen.api.procurement;
