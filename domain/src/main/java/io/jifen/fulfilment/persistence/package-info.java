/**
 * The carrier events already applied, in the database (JPA), so a carrier's repeated update
 * changes nothing.
 */
package io.jifen.fulfilment.persistence;
