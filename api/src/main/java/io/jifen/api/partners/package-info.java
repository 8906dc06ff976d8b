/**
 * The registry over HTTP: administrators register storefronts and carriers, and core banking
 * links consenting customers to a partner.
 */
package io.jifen.api.partners;
