/**
 * Suppliers, quotes, purchase orders, receipts and budgets in the database (JPA), behind the
 * repository procurement declares.
 */
package io.jifen.procurement.persistence;
