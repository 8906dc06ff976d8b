/**
 * Gifts and their stock in the database (JPA), behind the repository the catalog declares; a gift
 * is locked while its stock changes, so two redemptions cannot both take the last one.
 */
package io.jifen.catalog.persistence;
