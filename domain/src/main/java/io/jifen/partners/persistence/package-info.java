/**
 * Partners, carriers and customer links in the database (JPA), behind the repository the partners
 * feature declares.
 */
package io.jifen.partners.persistence;
