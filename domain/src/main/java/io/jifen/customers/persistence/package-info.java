/**
 * Customers, their product holdings and star levels in the database (JPA), behind the repository
 * the customers feature declares.
 */
package io.jifen.customers.persistence;
