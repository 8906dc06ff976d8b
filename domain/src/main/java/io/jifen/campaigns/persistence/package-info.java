/**
 * Campaigns, earning rules, triggers and their awards in the database (JPA), behind the
 * repository the campaigns feature declares.
 */
package io.jifen.campaigns.persistence;
