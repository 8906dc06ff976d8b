/**
 * Gifts over HTTP: what storefronts may browse and whether a customer may redeem each, and
 * procurement's back office for gifts and their stock.
 */
package io.jifen.api.catalog;
