/**
 * Procurement's catalog screens: gifts, their stock per location, and gifts whose stock has run
 * low.
 */
package io.jifen.ui.catalog;
