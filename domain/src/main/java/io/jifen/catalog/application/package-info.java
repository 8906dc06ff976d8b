/**
 * Catalog and stock use cases the API and the admin UI both call: adding and changing gifts under
 * one set of constraints, and adjusting stock with a reason.
 */
package io.jifen.catalog.application;
