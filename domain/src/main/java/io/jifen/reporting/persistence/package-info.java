/** The reports' set-based queries. */
package io.jifen.reporting.persistence;
