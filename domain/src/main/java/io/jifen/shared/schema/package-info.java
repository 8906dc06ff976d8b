/**
 * The database schema this build expects, migrated before anything else touches the database, so
 * no request ever meets a half-migrated schema.
 */
package io.jifen.shared.schema;
